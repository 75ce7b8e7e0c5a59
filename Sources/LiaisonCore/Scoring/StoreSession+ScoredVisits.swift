/// Reading visits for a score: each visit's day and household, grouped by member.
extension StoreSession {
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
    let parts = try readOnTwoCores(pending.map { months[$0] }) { month, folder, warn in
      try Self.readScored(month, in: folder, index: index, warn: warn)
    }
    for (slot, part) in zip(pending, parts) { read[slot] = part }
    return ScoredVisits(months: read.map { $0! }, index: index)
  }

  private static func readScored(
    _ month: YearMonth, in folder: DataFolder, index: ScoredVisitIndex,
    warn: (Localized) -> Void
  ) throws -> ScoredMonth {
    var scored = ScoredMonth()
    try VisitLog.read(month, in: folder, warn: warn) { size in
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
    return scored
  }
}
