/// Reading visits for a score: each visit's day and household, grouped by member.
extension StoreSession {
  /// The visits of `months` as a score counts them, from the visit index (two months at a
  /// time), keeping 12 bytes of each visit.
  func scoredVisits(months: [YearMonth], index: ScoredVisitIndex) throws -> ScoredVisits {
    let read = try indexedVisits(months) { month in
      var scored = ScoredMonth()
      index.add(month, to: &scored)
      return scored
    }
    return ScoredVisits(months: read, index: index)
  }
}
