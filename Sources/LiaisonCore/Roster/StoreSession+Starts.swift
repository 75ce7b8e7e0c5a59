/// Roster edits that move a record's start later must look at the records dated before it:
/// what is accepted stays counted, so a `since` that would leave a visit, a link or a need
/// outside the roster is refused, naming the earliest.
extension StoreSession {
  /// Applies `body` to a member as `Roster.editMember` does, and saves.
  /// - Throws: `RosterError.rule` when a later `since` would leave records out.
  public func editMember(
    _ reference: String, as change: RecordChange, today: Day,
    _ body: (inout Member, Roster) throws -> Void
  ) throws -> Edited<Member> {
    try savedEdit(original: { try $0.member(reference) }) { roster, snapshot in
      try roster.editMember(reference, as: change, today: today) { try body(&$0, snapshot) }
    } nothingBefore: { since, id, roster in
      try requireNothingBefore(since, member: id, household: nil, roster: roster)
    }
  }

  /// Applies `body` to a household as `Roster.editHousehold` does, and saves.
  public func editHousehold(
    _ reference: String, as change: RecordChange, today: Day,
    _ body: (inout Household, Roster) throws -> Void
  ) throws -> Edited<Household> {
    try savedEdit(original: { try $0.household(reference) }) { roster, snapshot in
      try roster.editHousehold(reference, as: change, today: today) { try body(&$0, snapshot) }
    } nothingBefore: { since, id, roster in
      try requireNothingBefore(since, member: nil, household: id, roster: roster)
    }
  }

  /// Runs `edit` on the roster (with the roster as it was, for references), refuses a
  /// start moved later past records dated before it, and saves.
  private func savedEdit<Record: DatedRecord & Sendable>(
    original: (Roster) throws -> Record,
    _ edit: (inout Roster, Roster) throws -> Edited<Record>,
    nothingBefore: (Day, String, Roster) throws -> Void
  ) throws -> Edited<Record> {
    var roster = try roster()
    let snapshot = roster
    let before = try original(roster)
    let edited = try edit(&roster, snapshot)
    if let since = edited.record.since, since > (before.since ?? since.adding(days: -1)) {
      try nothingBefore(since, before.id, roster)
    }
    try save(roster)
    return edited
  }

  /// Refuses a start `since` that would leave a visit, link or need of the member or
  /// household before it, naming the earliest.
  /// - Parameters:
  ///   - needs: the needs to look at (an import's working copy), else those on file.
  ///   - option: what the clerk gave the start as, for the message (`--since`, an import's
  ///     入册日期 column).
  func requireNothingBefore(
    _ since: Day, member: String?, household: String?, roster: Roster, needs: [Need]? = nil,
    option: Localized = Localized(en: "--since", zh: "--since")
  ) throws {
    func mine(_ memberID: String?, _ householdID: String?) -> Bool {
      (member != nil && memberID == member) || (household != nil && householdID == household)
    }
    var earliest: [(Day, Localized)] = []
    for month in try visitMonths() where month <= since.yearMonth {
      if let visit = try visits(in: month).first(where: {
        $0.date < since && mine($0.member, $0.household)
      }) {
        earliest.append((visit.date, Localized(en: "visit \(visit.id)", zh: "走访 \(visit.id)")))
        break
      }
    }
    if let link = roster.links.filter({ $0.from < since && mine($0.member, $0.household) })
      .min(by: { $0.from < $1.from })
    {
      earliest.append((link.from, Localized(en: "link \(link.id)", zh: "联户关系 \(link.id)")))
    }
    if let need = try (needs ?? self.needs()).filter({
      $0.raised < since && mine($0.raisedBy, $0.household)
    })
    .min(by: { $0.raised < $1.raised }) {
      earliest.append((need.raised, Localized(en: "need \(need.id)", zh: "诉求 \(need.id)")))
    }
    guard let (day, what) = earliest.min(by: { $0.0 < $1.0 }) else { return }
    throw RosterError.rule(
      Localized(
        en: "\(option.en) \(since) would leave \(what.en) of \(day) out of that month's reports; "
          + "give a start on or before \(day).",
        zh: "\(option.zh) \(since) 会使 \(day) 的\(what.zh)不再计入当月报表；入册日期须不晚于 \(day)。"))
  }
}
