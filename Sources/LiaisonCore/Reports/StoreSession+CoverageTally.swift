/// Reading every month's visits for the coverage report.
extension StoreSession {
  /// The visits of `months` tallied for the coverage report from the visit index, two
  /// months at a time, each month tallied as it is read: at county scale a year is three
  /// million visits.
  func coverageTally(
    months: [YearMonth], asOf: Day, from: Day? = nil, inForce: RosterInForce
  ) throws -> CoverageTally {
    var tally = CoverageTally(asOf: asOf, from: from, inForce: inForce)
    let empty = tally
    for part in try indexedVisits(
      months,
      { month in
        var part = empty
        part.add(month)
        return part
      })
    {
      tally.add(part)
    }
    return tally
  }
}
