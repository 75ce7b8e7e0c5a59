/// Reading every month's visits for the coverage report.
extension StoreSession {
  /// The visits of `months` tallied for the coverage report, the logs read two at a time
  /// (two cores) keeping only member, household and day: at county scale a year is 600 MB of
  /// logs. A log that does not read stops it as `visits(in:)` would, warnings and error in
  /// month order. Months this session has kept are counted from memory.
  func coverageTally(
    months: [YearMonth], asOf: Day, from: Day? = nil, inForce: RosterInForce
  ) throws
    -> CoverageTally
  {
    let empty = CoverageTally(asOf: asOf, from: from, inForce: inForce)
    var tally = empty
    for month in months {
      for visit in keptVisits(in: month) ?? [] {
        tally.add(member: visit.member, household: visit.household, date: visit.date)
      }
    }
    let pending = months.filter { keptVisits(in: $0) == nil }
    let parts = try readOnTwoCores(pending) { month, folder, warn in
      var part = empty
      try VisitLog.read(month, in: folder, warn: warn) { line, object in
        guard let parts = ScoredVisitLine.plain(line, using: &object) else { return false }
        part.add(member: parts.member, household: parts.household, date: parts.date)
        return true
      } decoded: { visit in
        part.add(member: visit.member, household: visit.household, date: visit.date)
      }
      return part
    }
    for part in parts { tally.add(part) }
    return tally
  }
}
