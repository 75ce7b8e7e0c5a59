/// A month counted for its report but not ranked yet: the ranking takes the month's score,
/// worked out beside the counting on the other core, and each member's visits of the tally.
struct MonthCount: Sendable {
  private var report: MonthlyReport
  private let tally: MonthTally
  private let members: [Member]
  private let roster: Roster
  private let rankingSize: Int

  /// Counts from records already read; `visits` may hold days outside the month (the
  /// look-back), which only the "not visited lately" list uses.
  init(
    month: YearMonth, asOf: Day, roster: Roster, visits months: [MonthVisits], needs: [Need],
    activities: [Activity], rules: ScoringRulebook, manifest: Manifest,
    options: MonthlyReportOptions
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: options.village)
    var tally = MonthTally(slots: inForce.slots, month: month, asOf: asOf)
    for read in months { tally.add(read) }
    report = MonthlyReport(
      month: month, asOf: asOf, inForce: inForce, tally: tally,
      links: LinkTally(inForce), needs: needs,
      activities: activities, rules: rules, manifest: manifest, options: options)
    self.tally = tally
    members = inForce.members
    self.roster = inForce.roster
    rankingSize = options.rankingSize
  }

  /// The report, ranked by `scores` when there are any, else by visits.
  func ranked(by scores: ScoreBoard?) -> MonthlyReport {
    var report = report
    report.ranking =
      scores.map {
        MonthlyReport.ranking($0, visits: tally, roster: roster, size: rankingSize)
      } ?? MonthlyReport.ranking(members, visits: tally, roster: roster, size: rankingSize)
    return report
  }
}
