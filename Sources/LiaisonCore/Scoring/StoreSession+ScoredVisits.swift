/// Reading visits for a score: each visit's day and household, grouped by member.
extension StoreSession {
  /// The visits of `months` as a score counts them, from the visit index (two months at a
  /// time), keeping 12 bytes of each visit.
  /// - Parameter read: months the caller has read already (the monthly report's), taken
  ///   as they are rather than decoded again.
  func scoredVisits(
    months: [YearMonth], index: ScoredVisitIndex, read: [YearMonth: MonthVisits] = [:]
  ) throws -> ScoredVisits {
    let scored = try indexedVisits(months, read: read, index.scored)
    return ScoredVisits(months: scored, index: index)
  }
}
