import Dispatch

/// Reading every month's visits for the coverage report.
extension StoreSession {
  /// What one lane's reading gave: its tally, and for each of its months the warnings and,
  /// for the month that did not read, the error.
  private struct CoverageLane: Sendable {
    var tally: CoverageTally
    var months: [(month: YearMonth, warnings: [Localized], error: (any Error)?)] = []
  }

  /// The visits of `months` tallied for the coverage report, the logs read two at a time
  /// (two cores) keeping only member, household and day: at county scale a year is 600 MB of
  /// logs. A log that does not read stops it as `visits(in:)` would, warnings and error in
  /// month order. Months this session has kept are counted from memory.
  func coverageTally(
    months: [YearMonth], asOf: Day, inForce: RosterInForce
  ) throws
    -> CoverageTally
  {
    let empty = CoverageTally(asOf: asOf, inForce: inForce)
    var tally = empty
    for month in months {
      for visit in keptVisits(in: month) ?? [] {
        tally.add(member: visit.member, household: visit.household, date: visit.date)
      }
    }
    let pending = months.filter { keptVisits(in: $0) == nil }
    let lanes = ConcurrentResults<CoverageLane>(count: min(2, pending.count))
    let folder = self.folder
    DispatchQueue.concurrentPerform(iterations: min(2, pending.count)) { lane in
      var read = CoverageLane(tally: empty)
      for month in stride(from: lane, to: pending.count, by: 2).map({ pending[$0] }) {
        var warnings: [Localized] = []
        do {
          try Self.tally(month, in: folder, into: &read.tally) { warnings.append($0) }
          read.months.append((month, warnings, nil))
        } catch {
          read.months.append((month, warnings, error))
          break
        }
      }
      lanes.set(lane, read)
    }
    let read = lanes.all()
    let outcomes = read.flatMap(\.months).sorted { $0.month < $1.month }
    for outcome in outcomes {
      didRead(outcome.month, warnings: outcome.warnings)
      if let error = outcome.error { throw error }
    }
    for lane in read { tally.add(lane.tally) }
    return tally
  }

  private static func tally(
    _ month: YearMonth, in folder: DataFolder, into tally: inout CoverageTally,
    warn: (Localized) -> Void
  ) throws {
    try VisitLog.read(month, in: folder, warn: warn) { line, object in
      guard let parts = ScoredVisitLine.plain(line, using: &object) else { return false }
      tally.add(member: parts.member, household: parts.household, date: parts.date)
      return true
    } decoded: { visit in
      tally.add(member: visit.member, household: visit.household, date: visit.date)
    }
  }
}
