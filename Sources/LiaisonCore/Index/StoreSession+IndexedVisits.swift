/// The one reader of the visit logs for everything that counts visits.
extension StoreSession {
  /// The visit index of this folder: stored as it is read by reading sessions only, when
  /// they succeed.
  var visitIndex: VisitIndex { VisitIndex(folder: folder, staged: writable ? nil : stagedIndexes) }

  /// The visits of `months` as the visit index reads them, each month given to `take` as
  /// soon as it is read — two months at a time, on the machine's two cores (`TwoCores`) — so that only
  /// what `take` keeps of a month outlives it. The parts come back in the order of
  /// `months`; warnings are given, and the first error thrown, in that order too.
  /// - Parameter read: months this session has read already, given to `take` as they are
  ///   (the monthly report and the score it ranks by read the same month).
  func indexedVisits<Part: Sendable>(
    _ months: [YearMonth], read: [YearMonth: MonthVisits] = [:],
    _ take: @escaping @Sendable (MonthVisits) -> Part
  ) throws -> [Part] {
    let index = visitIndex
    return try TwoCores.map(months.count) { slot, warn in
      take(try read[months[slot]] ?? index.month(months[slot], warn: warn))
    } give: { _, warning in
      warn(warning)
    }
  }
}
