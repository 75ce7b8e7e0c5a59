/// Reading visits for the weekly report: who, where, when and how many opinions.
extension StoreSession {
  /// The visits dated in `months` as a report counts them, month by month in the
  /// order recorded, from the visit index: the notes, answers and stamps are never made
  /// into strings (whole visits made a county month's report hold some 400 MB).
  func countedVisits(in months: [YearMonth]) throws -> [CountedVisit] {
    try indexedVisits(months) { month in
      month.visits.map { visit in
        CountedVisit(
          member: month.member(visit), household: month.household(visit), date: month.day(visit),
          opinions: month.opinions(visit))
      }
    }.flatMap { $0 }
  }
}
