/// Rows of visits: the forms members hand in, typed into a spreadsheet.
extension RosterImport {
  /// A worksheet row nobody filled in: the member and household printed on it, but no
  /// date and nothing else.
  static func isUnfilledVisitForm(_ cells: ImportCells) -> Bool {
    let filled = RosterImportFields.visits.map(\.name).filter {
      !["member", "household", "id", "memberName", "head"].contains($0)
    }
    return filled.allSatisfy { cells.text($0) == nil }
  }

  mutating func importVisit(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String) {
    guard let date = try cells.day("date") else {
      throw RosterError.rule(Localized(en: "the date is missing", zh: "缺少走访日期"))
    }
    var draft = Visit(
      id: "", member: try index.member(cells.text("member") ?? "", in: roster).id,
      household: try index.household(cells.text("household") ?? "", in: roster).id, date: date,
      mode: try cells.choice(VisitMode.self, "mode") ?? .inPerson, recordedAt: timestamp,
      recordedBy: clerk)
    var look = Observations()
    look.kitchen = cells.text("kitchenLook")
    look.bedroom = cells.text("bedroomLook")
    look.toilet = cells.text("toiletLook")
    look.yard = cells.text("yardLook")
    look.fields = cells.text("fieldsLook")
    draft.look = look.isEmpty ? nil : look
    var ask = Questions()
    ask.family = cells.text("familyAsk")
    ask.economy = cells.text("economyAsk")
    ask.opinions = cells.text("opinionsAsk")
    ask.needs = cells.text("needsAsk")
    draft.ask = ask.isEmpty ? nil : ask
    draft.opinions = try cells.integer("opinions")
    draft.note = cells.text("note")
    return try importVisit(draft, givenID: cells.text("id"), lenient: false)
  }

  /// Adds or updates a visit in the working logs. A visit matches by id, else by its date,
  /// member, household and mode; the fields the row leaves empty keep what is stored
  /// (`lenient`: a JSON record replaces the stored one whole).
  mutating func importVisit(
    _ draft: Visit, givenID: String?, lenient: Bool
  ) throws -> (
    ImportPlan.Action, String, String
  ) {
    let month = draft.date.yearMonth
    try loadMonth(month)
    // A visit keeps its id when its date moves to another month, so an id from the file is
    // looked for in every month before it is taken as new.
    if givenID != nil { try loadAllMonths() }
    let summary =
      "\(draft.date) \(roster.memberName(draft.member)) → \(roster.householdHead(draft.household))"
    let found =
      givenID.flatMap { visitsByID[$0] } ?? (givenID == nil ? visitsByKey[Self.key(draft)] : nil)
    guard let found else {
      plan.warnings += try roster.validateVisit(draft, today: today)
      if !lenient, !acceptRepeats, let earlier = repeatedVisit(draft) {
        throw RosterError.repeated(draft, of: earlier, on: roster)
      }
      var visit = draft
      visit.id = try nextVisitID(givenID, on: draft.date)
      place(visit, in: month, at: nil)
      return (.create, visit.id, summary)
    }
    let stored = visitMonths[found.month]![found.index]
    var merged = lenient ? draft : stored
    if !lenient {
      merged.member = draft.member
      merged.household = draft.household
      merged.date = draft.date
      merged.mode = draft.mode
      merged.look = draft.look ?? stored.look
      merged.ask = draft.ask ?? stored.ask
      merged.opinions = draft.opinions ?? stored.opinions
      merged.note = draft.note ?? stored.note
      merged.recordedAt = stored.recordedAt
      merged.recordedBy = stored.recordedBy
    }
    merged.id = stored.id
    guard merged != stored else { return (.unchanged, stored.id, summary) }
    _ = try roster.validateVisit(merged, today: today, original: stored)
    visitsByKey[Self.key(stored)] = nil
    if merged.date.yearMonth == found.month {
      place(merged, in: found.month, at: found.index)
    } else {
      visitMonths[found.month]!.remove(at: found.index)
      indexMonth(found.month)
      try loadMonth(merged.date.yearMonth)
      place(merged, in: merged.date.yearMonth, at: nil)
    }
    return (.update, stored.id, summary)
  }

  /// A visit on file (or from a row above) by the same member to the same household that
  /// day, in any mode (a row without an id and of the same mode matched it already).
  private func repeatedVisit(_ draft: Visit) -> Visit? {
    for mode in VisitMode.allCases {
      var other = draft
      other.mode = mode
      if let found = visitsByKey[Self.key(other)] { return visitMonths[found.month]![found.index] }
    }
    return nil
  }

  /// The natural key a visit row is matched on.
  static func key(_ visit: Visit) -> String {
    "\(visit.date)|\(visit.member)|\(visit.household)|\(visit.mode.rawValue)"
  }

  /// Puts a visit into a month's working log (replacing the one at `index`), indexed.
  private mutating func place(_ visit: Visit, in month: YearMonth, at index: Int?) {
    let position = index ?? visitMonths[month]!.count
    if index == nil {
      visitMonths[month]!.append(visit)
    } else {
      visitMonths[month]![position] = visit
    }
    visitsByID[visit.id] = (month, position)
    visitsByKey[Self.key(visit)] = (month, position)
  }

  /// Indexes every visit of a month (again, after a removal moved the ones behind it).
  private mutating func indexMonth(_ month: YearMonth) {
    for (position, visit) in visitMonths[month]!.enumerated() {
      visitsByID[visit.id] = (month, position)
      visitsByKey[Self.key(visit)] = (month, position)
    }
  }

  /// Reads every month's log into the working copy, once.
  mutating func loadAllMonths() throws {
    guard !allMonthsLoaded else { return }
    for month in try session.visitMonths() { try loadMonth(month) }
    allMonthsLoaded = true
  }

  /// Reads a month's log into the working copy once.
  mutating func loadMonth(_ month: YearMonth) throws {
    guard visitMonths[month] == nil else { return }
    visitMonths[month] = try session.visits(in: month)
    visitNumbers[month] = try session.visitLog.nextNumbers(month)
    loadedVisitMonths[month] = visitMonths[month]
    loadedVisitNumbers[month] = visitNumbers[month]
    indexMonth(month)
  }

  /// The id a new visit takes: the one the file gives (an export re-imported), or the next
  /// number of its day. The day's sequence moves past it either way.
  private mutating func nextVisitID(_ given: String?, on day: Day) throws -> String {
    let month = day.yearMonth
    if let given {
      guard let (idDay, number) = Visit.parseID(given) else {
        throw RosterError.invalidValue(
          field: "id", value: given,
          expected: Localized(en: "a visit id such as V20261123-0007", zh: "走访编号，如 V20261123-0007"))
      }
      try loadMonth(idDay.yearMonth)
      let key = idDay.description
      visitNumbers[idDay.yearMonth]![key] = max(
        visitNumbers[idDay.yearMonth]![key] ?? 1, number + 1)
      return given
    }
    // Past any number a stale sequence file would hand out again.
    var number = visitNumbers[month]![day.description] ?? 1
    while visitsByID[Visit.id(on: day, sequence: number)] != nil { number += 1 }
    visitNumbers[month]![day.description] = number + 1
    return Visit.id(on: day, sequence: number)
  }
}
