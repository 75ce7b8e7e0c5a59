/// Whole visits picked out by the visit index: a household's file reads the lines of its own
/// fifty visits, not a year of logs.
extension StoreSession {
  /// The visits of `months` whose member and household pass `member` and `household`, whole
  /// and in the order recorded, month by month: the index chooses the lines, and only those
  /// are read and decoded, as every reader decodes a line. A log that does not read stops it
  /// as reading the log whole would.
  func visits(
    in months: [YearMonth], member: @escaping @Sendable (String) -> Bool = { _ in true },
    household: @escaping @Sendable (String) -> Bool = { _ in true }
  ) throws -> [Visit] {
    let offsets = try indexedVisits(months) { month in
      let members = month.members.map(member)
      let households = month.households.map(household)
      return month.visits.filter { members[Int($0.member)] && households[Int($0.household)] }
        .map { Int($0.offset) }
    }
    var visits: [Visit] = []
    for (month, offsets) in zip(months, offsets) where !offsets.isEmpty {
      visits += try VisitLog.visits(at: offsets, in: month, folder: folder)
    }
    return visits
  }
}
