/// Scores from the data folder: read the records and rules, compute, never store.
extension StoreSession {
  /// Every member's score for `period` (or the rules' own period holding `today`).
  /// - Parameters:
  ///   - village: a village reference; only its members, ranked among themselves.
  ///   - rules: township rules to use instead of `rules/scoring.json` (`score what-if`).
  /// - Throws: `StoreError.unreadable` when a rules or record file does not read.
  public func scoreBoard(
    period: Period?, today: Day, village: String? = nil, rules: ScoringRules? = nil
  ) throws -> ScoreBoard {
    let rulebook = try scoringRulebook(township: rules)
    let villageID = try village.map { try roster().village($0).id }
    let period =
      period ?? villageID.map { rulebook.rules(for: $0) }.map { $0.period }.map {
        $0.period(containing: today)
      } ?? rulebook.township.period.period(containing: today)
    return ScoreBoard(
      records: try scoreRecords(), rulebook: rulebook, period: period, today: today,
      village: villageID)
  }
}
