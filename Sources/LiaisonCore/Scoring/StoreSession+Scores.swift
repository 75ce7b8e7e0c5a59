/// Scores from the data folder: read the records and rules, compute, never store.
extension StoreSession {
  /// Every member's score for `period` (or the rules' own period holding `today`).
  /// - Parameters:
  ///   - village: a village reference; only its members, ranked among themselves.
  ///   - rules: township rules to use instead of `rules/scoring.json` (`score what-if`).
  ///   - detail: whose `visits` lines list their visits' ids.
  /// - Throws: `StoreError.unreadable` when a rules or record file does not read.
  public func scoreBoard(
    period: Period?, today: Day, village: String? = nil, rules: ScoringRules? = nil,
    detail: ScoreDetail = .everyRecord
  ) throws -> ScoreBoard {
    ScoreBoard(
      try scoreSources(
        period: period, today: today, village: village, rules: rules, detail: detail))
  }

  /// What `scoreBoard` reads, for working the board out elsewhere (the monthly report
  /// counts its figures beside it).
  /// - Parameter read: months of visits read already, not decoded again.
  func scoreSources(
    period: Period?, today: Day, village: String? = nil, rules: ScoringRules? = nil,
    detail: ScoreDetail = .everyRecord, read: [YearMonth: MonthVisits] = [:]
  ) throws -> ScoreSources {
    let rulebook = try scoringRulebook(township: rules)
    let villageID = try village.map { try self.roster().village($0).id }
    let period =
      period ?? villageID.map { rulebook.rules(for: $0) }.map { $0.period }.map {
        $0.period(containing: today)
      } ?? rulebook.township.period.period(containing: today)
    // Only the visits a score of this period can look at are read: those of the period and
    // of a visit-requirement unit that began before it (a week, a month, or the year). A
    // month's score at county scale then reads a few months of logs, not the whole history.
    let rules = [rulebook.township] + Array(rulebook.villages.values)
    let earliest =
      rules.contains { $0.visitRequirement.per == .year }
      ? Day(year: period.first.year, month: 1, day: 1)! : period.first.adding(days: -31)
    // A year at county scale is 3 million visits: only each one's day and household are
    // kept (`ScoredVisit`), read two months at a time.
    let months = try visitMonths().filter { $0 >= earliest.yearMonth }
    // Members as they were at the period's end: their village and status then, whatever
    // has changed since.
    let last = min(period.last, today)
    let roster = try self.roster().asOf(last)
    // Any month the caller has not read is read here, two at a time, only its 12 bytes a
    // visit kept; the months it read are grouped with them where the board is worked out.
    // A caller that read months itself (the monthly report, which counts on the other
    // core) has a month or two more held whole and grouped there too — October, for
    // November's ranking — while a year's rule still has its months scored as they are
    // read. A month after the score's last day (December's log) is kept only if a visit in
    // it is dated on or before that day (a line in the wrong month's log).
    let unreadMonths = months.filter { read[$0] == nil }
    let unreadInPeriod = unreadMonths.count { $0 <= last.yearMonth }
    let index =
      unreadInPeriod == 0 || (!read.isEmpty && unreadInPeriod <= 2)
      ? nil : ScoredVisitIndex(roster: roster, last: last, detail: detail)
    let lastOrdinal = Int32(last.ordinal)
    var unread = try indexedVisits(unreadMonths) { month -> ScoreSourceMonth in
      if let index { return .scored(index.scored(month)) }
      return month.visits.contains { $0.day <= lastOrdinal } ? .read(month) : .scored(ScoredMonth())
    }.makeIterator()
    let visits = ScoreSourceVisits.months(
      months.compactMap { month in read[month].map(ScoreSourceMonth.read) ?? unread.next() },
      index: index, roster: roster, last: last, detail: detail)
    let records = ScoreRecords(
      roster: roster, needs: try needs(), activities: try activities(),
      commitments: try commitments(), appraisals: try appraisals(), adjustments: try adjustments())
    return ScoreSources(
      records: records, visits: visits, rulebook: rulebook, period: period, today: today,
      village: villageID, keepsLines: detail.keepsLines)
  }

  /// The year's red and black lists, stars (with the clerk's decisions) and proposed
  /// central households, as things stand on `today` (or the year's end).
  public func scoreLists(year: Int, today: Day) throws -> ScoreLists {
    guard (2000...2100).contains(year), let period = Period(parsing: String(year)) else {
      throw RosterError.invalidValue(
        field: "year", value: String(year),
        expected: Localized(en: "a year such as 2026", zh: "年份，如 2026"))
    }
    let board = try scoreBoard(period: period, today: today, detail: .pointsOnly)
    return ScoreLists(
      year: year, board: board, records: try scoreRecords(readingVisits: false), today: today,
      awards: try starAwards())
  }
}
