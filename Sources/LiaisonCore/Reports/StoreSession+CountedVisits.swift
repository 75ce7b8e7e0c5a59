/// Reading visits for the monthly report: who, where, when and how many opinions.
extension StoreSession {
  /// The visits dated in `month` as the monthly report counts them, in the order recorded:
  /// read as `visits(in:)` reads them (the same lines refused, the same warnings), but
  /// without making the notes, answers and stamps into strings.
  func countedVisits(in month: YearMonth) throws -> [CountedVisit] {
    if let kept = keptVisits(in: month) { return kept.map(CountedVisit.init) }
    var visits: [CountedVisit] = []
    var warnings: [Localized] = []
    try VisitLog.read(month, in: folder, warn: { warnings.append($0) }) { size in
      visits.reserveCapacity(size / 160)
    } plain: { line, object in
      guard let parts = ScoredVisitLine.plain(line, using: &object) else { return false }
      visits.append(
        CountedVisit(
          member: parts.member, household: parts.household, date: parts.date,
          opinions: parts.opinions))
      return true
    } decoded: {
      visits.append(CountedVisit($0))
    }
    didRead(month, warnings: warnings)
    return visits
  }
}
