/// Proposing reserve cadres and recording the township's decisions.
extension StoreSession {
  /// The year's proposals as things stand on `today` (or the year's end).
  public func reserveProposal(year: Int, today: Day) throws -> ReserveProposal {
    guard let period = Period(parsing: String(year)), (2000...2100).contains(year) else {
      throw RosterError.invalidValue(
        field: "year", value: String(year),
        expected: Localized(en: "a year such as 2026", zh: "年份，如 2026"))
    }
    let board = try scoreBoard(period: period, today: today, detail: .pointsOnly)
    return ReserveProposal(
      township: manifest.township.name, year: year, board: board,
      roster: try roster().asOf(min(period.last, today)), appraisals: try appraisals(),
      decisions: try reserveDecisions(), rule: try supervisionRules().reserve, today: today)
  }

  /// Records the decision on a member for a year; deciding again replaces it, keeping the id.
  /// - Throws: `SupervisionError` for a year not yet begun or a member not on the roster then.
  public func decideReserve(
    member reference: String, year: Int, decision: ReserveOutcome, note: String?, clock: Clock,
    clerk: String
  ) throws -> ReserveDecision {
    let member = try roster().member(reference)
    guard let first = Day(year: year, month: 1, day: 1), first <= clock.today else {
      throw SupervisionError.rule(
        Localized(
          en: "\(year) has not begun (today is \(clock.today)).",
          zh: "\(year) 年尚未开始（今天是 \(clock.today)）。"))
    }
    try roster().requireOnRoster(
      member, on: min(Day(year: year, month: 12, day: 31)!, clock.today),
      for: Localized(en: "a reserve-cadre decision", zh: "后备干部决定"))
    var all = try reserveDecisions()
    let existing = all.firstIndex { $0.member == member.id && $0.year == year }
    let record = ReserveDecision(
      id: existing.map { all[$0].id } ?? SupervisionID.next("R", after: all.map(\.id)),
      member: member.id, year: year, decision: decision, note: note?.trimmedSpaces.nilIfEmpty,
      recordedAt: clock.timestamp, recordedBy: clerk)
    if let existing { all[existing] = record } else { all.append(record) }
    try saveRecords(all, to: DataFolder.reservesName)
    return record
  }
}
