import Foundation

/// Recording, finding, changing and removing visits.
extension StoreSession {
  /// Records a visit: checks it against the roster and appends it to its month's log.
  ///
  /// `draft.id`, `recordedAt` and `recordedBy` are filled in here.
  /// - Returns: the visit as stored, and warnings that did not stop it (the member is not
  ///   linked to the household that day).
  /// - Parameter again: the clerk says it really is a second visit that day; without it a
  ///   visit by the same member to the same household on the same day is refused.
  public func recordVisit(
    _ draft: Visit, clock: Clock, clerk: String, again: Bool = false
  ) throws -> (
    Visit, warnings: [Localized]
  ) {
    let (checked, warnings) = try checkedVisit(draft, clock: clock, again: again)
    let visit = try addVisit(on: checked.date) { id in
      checked.numbered(id, recordedAt: clock.timestamp, by: clerk)
    }
    return (visit, warnings)
  }

  /// A draft with its member and household resolved to ids and checked against the roster
  /// and, unless `again`, against the visits of its day.
  func checkedVisit(
    _ draft: Visit, clock: Clock, again: Bool
  ) throws -> (Visit, warnings: [Localized]) {
    var draft = draft
    let roster = try visitRoster(member: draft.member, household: draft.household)
    draft.member = try roster.member(draft.member).id
    draft.household = try roster.household(draft.household, visitedBy: draft.member).id
    let warnings = try roster.validateVisit(draft, today: clock.today)
    if !again, let earlier = try SameDayVisits(folder: folder).repeated(by: draft).first {
      throw RosterError.repeated(draft, of: earlier, on: roster)
    }
    return (draft, warnings)
  }

  /// The roster a visit is checked against: the whole roster once loaded, else only its
  /// member, household and the member's links when the files can say so surely (at county
  /// scale that is milliseconds against a quarter of a second).
  private func visitRoster(member: String, household: String) throws -> Roster {
    if let loaded = loadedRoster { return loaded }
    return try VisitRosterLookup(folder: folder).roster(member: member, household: household)
      ?? roster()
  }

  /// The visits that pass `filter`, oldest month first, in recorded order within a month.
  public func visits(_ filter: VisitFilter) throws -> [Visit] {
    let months = try filter.months ?? visitMonths()
    guard filter.narrows else { return try months.flatMap { try visits(in: $0) } }
    let households =
      filter.village == nil && filter.grid == nil
      ? RecordsByID<Household>([]) : try roster().householdsByID
    return try visits(
      in: months, member: { filter.passes(member: $0) },
      household: { filter.passes(household: $0, householdsByID: households) })
  }

  /// The visits that pass `filter` as one JSON array, in date-and-id order, written a
  /// month at a time as they are read — never holding more than a month (a county's year
  /// of visits held whole as JSON took 5.9 GB). The bytes are `JSONOutput.encode`'s.
  public func visitsJSON(_ filter: VisitFilter, write: (Data) throws -> Void) throws {
    let households =
      filter.village == nil && filter.grid == nil
      ? RecordsByID<Household>([]) : try roster().householdsByID
    var array = PrettyJSONArray()
    for month in try filter.months ?? visitMonths() {
      let visits =
        filter.narrows
        ? try self.visits(
          in: [month], member: { filter.passes(member: $0) },
          household: { filter.passes(household: $0, householdsByID: households) })
        : try visits(in: month)
      var bytes = Data()
      for visit in visits.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
        bytes += try array.element(visit)
        if bytes.count >= 1 << 22 {
          try write(bytes)
          bytes.removeAll(keepingCapacity: true)
        }
      }
      try write(bytes)
    }
    guard let close = array.close() else {
      return try write(Data(try JSONOutput.encode([Visit]()).utf8))
    }
    try write(close + Data("\n".utf8))
  }

  /// Finds a visit by id, looking first in the month its id names.
  public func visit(_ id: String) throws -> (Visit, month: YearMonth) {
    let wanted = id.trimmingCharacters(in: .whitespaces).uppercased()
    var months = try visitMonths()
    if let (day, _) = Visit.parseID(wanted), let index = months.firstIndex(of: day.yearMonth) {
      months.insert(months.remove(at: index), at: 0)
    }
    for month in months {
      let matches = try visits(in: month).filter { $0.id == wanted }
      guard matches.count <= 1 else {
        throw RosterError.rule(
          Localized(
            en: "Visit \(wanted) appears \(matches.count) times in visits/\(month).jsonl; the log "
              + "was edited by hand. Give one of them a new id there, then try again.",
            zh: "走访 \(wanted) 在 visits/\(month).jsonl 中出现了 \(matches.count) 次（该文件曾被手工修改）。"
              + "请先在文件中为其中一条改用新编号，再重试。"))
      }
      if let visit = matches.first { return (visit, month) }
    }
    throw RosterError.notFound(.visit, id)
  }

  /// Changes a visit; a new date in another month moves it to that month's log, both logs
  /// landing together.
  public func editVisit(
    _ id: String, clock: Clock, _ change: (inout Visit) throws -> Void
  )
    throws -> (Visit, warnings: [Localized])
  {
    let (original, month) = try visit(id)
    var edited = original
    try change(&edited)
    edited.id = original.id
    edited.recordedAt = original.recordedAt
    edited.recordedBy = original.recordedBy
    edited.member = try roster().member(edited.member).id
    edited.household = try roster().household(edited.household).id
    let warnings = try roster().validateVisit(edited, today: clock.today, original: original)
    var logs: [YearMonth: [Visit]] = [month: try visits(in: month)]
    let newMonth = edited.date.yearMonth
    if newMonth == month {
      logs[month] = logs[month]!.map { $0.id == edited.id ? edited : $0 }
    } else {
      logs[month]!.removeAll { $0.id == edited.id }
      logs[newMonth] = try visits(in: newMonth) + [edited]
    }
    try replaceVisits(logs)
    return (edited, warnings)
  }

  /// Removes a visit entered by mistake.
  /// - Throws: `RosterError.inUse` while needs raised on it point at it.
  public func removeVisit(_ id: String) throws -> Visit {
    let (visit, month) = try visit(id)
    let raised = try needs().filter { $0.visit == visit.id }
    guard raised.isEmpty else {
      throw RosterError.inUse(
        .visit, visit.id,
        dependents: [
          Localized(
            en: "need(s) \(raised.map(\.id).joined(separator: ", ")) raised on it",
            zh: "在此次走访中登记的诉求 \(raised.map(\.id).joined(separator: "、"))")
        ], forceHelps: false)
    }
    try replaceVisits([month: try visits(in: month).filter { $0.id != visit.id }])
    return visit
  }

  /// How many visits name a member or a household, for `remove` to refuse.
  public func visitCount(
    member: String? = nil, household: String? = nil, where keep: (Visit) -> Bool = { _ in true }
  ) throws -> Int {
    var count = 0
    for month in try visitMonths() {
      count += try visits(in: month).count {
        (member == nil || $0.member == member) && (household == nil || $0.household == household)
          && keep($0)
      }
    }
    return count
  }
}

extension Visit {
  /// The visit with the id the log gave it and who typed it in, when.
  func numbered(_ id: String, recordedAt: String, by clerk: String) -> Visit {
    var visit = self
    visit.id = id
    visit.recordedAt = recordedAt
    visit.recordedBy = clerk
    return visit
  }
}
