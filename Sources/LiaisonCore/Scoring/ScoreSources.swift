/// What a score board is worked out from once read from the data folder: the records, the
/// visits grouped by member, the rules, the period and the village. Reading needs the
/// session; working the board out needs only these, so it can be done on another thread.
struct ScoreSources: Sendable {
  let records: ScoreRecords
  let visits: ScoreSourceVisits
  let rulebook: ScoringRulebook
  let period: Period
  let today: Day
  let village: String?
  /// Whether the scores keep their lines (`ScoreDetail.keepsLines`).
  var keepsLines = true
}
