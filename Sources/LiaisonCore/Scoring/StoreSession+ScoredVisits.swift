import Dispatch

/// Reading visits for a score: each visit's day and household, grouped by member.
extension StoreSession {
  /// What reading one month's log gave: its visits or its error, and its warnings either way.
  private enum ScoredRead: Sendable {
    case read(ScoredMonth, warnings: [Localized])
    case failed(any Error, warnings: [Localized])
  }

  /// The visits of `months` as a score counts them. Months this session has kept are taken
  /// from memory; the others are read two at a time (two cores), keeping 12 bytes of each
  /// visit. A log that does not read stops it as `visits(in:)` would, its warnings and its
  /// error coming in month order.
  func scoredVisits(months: [YearMonth], index: ScoredVisitIndex) throws -> ScoredVisits {
    var read = months.map { month in
      keptVisits(in: month).map { visits in
        var scored = ScoredMonth()
        for visit in visits { index.add(visit, to: &scored) }
        return scored
      }
    }
    let pending = months.indices.filter { read[$0] == nil }
    let results = ConcurrentResults<ScoredRead>(count: pending.count)
    let folder = self.folder
    if !pending.isEmpty {
      DispatchQueue.concurrentPerform(iterations: min(2, pending.count)) { lane in
        for slot in stride(from: lane, to: pending.count, by: 2) {
          results.set(slot, Self.readScored(months[pending[slot]], in: folder, index: index))
        }
      }
    }
    for (slot, result) in results.all().enumerated() {
      switch result {
      case .read(let month, let warnings):
        didRead(months[pending[slot]], warnings: warnings)
        read[pending[slot]] = month
      case .failed(let error, let warnings):
        didRead(months[pending[slot]], warnings: warnings)
        throw error
      }
    }
    return ScoredVisits(months: read.map { $0! }, index: index)
  }

  private static func readScored(
    _ month: YearMonth, in folder: DataFolder, index: ScoredVisitIndex
  ) -> ScoredRead {
    var scored = ScoredMonth()
    var warnings: [Localized] = []
    do {
      try VisitLog.read(month, in: folder, warn: { warnings.append($0) }) { size in
        scored.slots.reserveCapacity(size / 160)
        scored.visits.reserveCapacity(size / 160)
      } plain: { line, object in
        guard let parts = ScoredVisitLine.plain(line, using: &object) else { return false }
        index.add(
          member: parts.member, household: parts.household, date: parts.date,
          id: { String(decoding: parts.id, as: UTF8.self) }, to: &scored)
        return true
      } decoded: {
        index.add($0, to: &scored)
      }
      return .read(scored, warnings: warnings)
    } catch {
      return .failed(error, warnings: warnings)
    }
  }
}
