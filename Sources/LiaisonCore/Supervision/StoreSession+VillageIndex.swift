/// The villages' index from the data folder: read the records and rules, compute, never
/// store.
extension StoreSession {
  /// Every village's index for `period` (or the rules' period holding `today`).
  /// - Parameter rules: rules to use instead of `rules/supervision.json` (`index what-if`).
  /// - Throws: `StoreError.unreadable` when a rules or record file does not read.
  public func villageIndexBoard(
    period: Period?, today: Day, rules override: SupervisionRules? = nil
  ) throws -> VillageIndexBoard {
    let rules = try override ?? supervisionRules()
    let period = period ?? rules.period.period(containing: today)
    let records = try supervisionRecords(period: period, today: today)
    return VillageIndexBoard(
      township: manifest.township.name, records: records, rules: rules, period: period,
      today: today)
  }

  /// What the index of `period` counts: only that period's visit logs are read.
  public func supervisionRecords(period: Period, today: Day) throws -> SupervisionRecords {
    let end = min(period.last, today)
    let months = Set(try visitMonths())
    let visits = try indexedVisits(
      period.months.filter { months.contains($0) && $0 <= end.yearMonth }
    ) { $0 }
    let board = try scoreBoard(period: period, today: today, detail: .pointsOnly)
    let roster = try self.roster()
    let method = try scoringRulebook().township.groups
    let averages = GroupScore.groups(.village, of: board, roster: roster.asOf(end), method: method)
    var records = SupervisionRecords(
      roster: roster, needs: try needs(), inspections: try inspections(),
      workReports: try workReports(), adjustments: try indexAdjustments(),
      memberAverages: Dictionary(
        averages.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first }))
    records.visits = visits
    return records
  }
}
