import Dispatch
import Foundation

/// Writes a generated data folder straight in the on-disk format, for benchmarks and tests:
/// far faster than typing millions of records through the commands, and the same bytes for
/// the same seed (every date and `recordedAt` comes from the generated calendar, never the
/// clock). The folder passes `liaison check`.
public enum SampleFolder {
  /// What was written.
  public struct Summary: Sendable {
    public var villages = 0
    public var grids = 0
    public var members = 0
    public var households = 0
    public var links = 0
    public var visits = 0
    public var needs = 0
  }

  /// Generates a folder of `scale` at `path`, which must not hold a data folder yet.
  /// - Parameter seed: the same seed gives byte-identical files.
  /// - Throws: `StoreError` when a file cannot be written.
  @discardableResult
  public static func generate(
    _ scale: SampleScale, seed: UInt64 = 20_261_123, at path: String
  )
    throws -> Summary
  {
    let folder = DataFolder(path: path)
    let files = SampleFileWriter(folder: folder)
    try files.makeFolder(folder.path)
    try files.makeFolder(folder.visitsFolder)
    let manifest = Manifest(
      township: "常山县（生成）", code: "330822", created: "\(scale.year - 1)-12-31T09:00:00+08:00")
    try files.write(DataFolder.manifestName, try manifest.encoded())

    let roster = SampleRoster(scale: scale, seed: seed).roster
    try files.write(RosterFiles.villages, try RecordCodec.rosterFile(roster.villages))
    try files.write(RosterFiles.grids, try RecordCodec.rosterFile(roster.grids))
    try files.write(RosterFiles.members, try RecordCodec.rosterFile(roster.members))
    try files.write(RosterFiles.households, try RecordCodec.rosterFile(roster.households))
    try files.write(RosterFiles.links, try RecordCodec.rosterFile(roster.links))

    let visits = SampleVisits(roster: roster, scale: scale, seed: seed)
    let months = (1...12).map { YearMonth(year: scale.year, month: $0)! }
    let written = try writeMonths(months, visits, files)
    var needs = written.flatMap(\.needs)
    for index in needs.indices { needs[index].id = SampleRoster.id("N", index + 1, digits: 5) }
    try files.write(DataFolder.needsName, try RecordCodec.rosterFile(needs))

    // Activities (活动: 主题党日, volunteer service …) are not in the model yet. When they
    // land, draw them here from the roster and the calendar the way visits are — one
    // `SampleRandom(seed:, part, …)` per month so months stay independent — and write
    // their file with `files.write`.
    return Summary(
      villages: roster.villages.count, grids: roster.grids.count, members: roster.members.count,
      households: roster.households.count, links: roster.links.count,
      visits: written.reduce(0) { $0 + $1.visits }, needs: needs.count)
  }

  /// One month's log and sequence file, and the needs its visits raised.
  private struct MonthWritten: Sendable {
    var visits = 0
    var needs: [Need] = []
    var failure: String?
  }

  /// Writes the months two at a time (the machines this runs on have two cores); each month
  /// draws from its own random source, so the result does not depend on the order.
  private static func writeMonths(
    _ months: [YearMonth], _ visits: SampleVisits, _ files: SampleFileWriter
  ) throws -> [MonthWritten] {
    let results = ConcurrentResults<MonthWritten>(count: months.count)
    DispatchQueue.concurrentPerform(iterations: months.count) { index in
      do {
        results.set(index, try writeMonth(months[index], visits, files))
      } catch {
        results.set(index, MonthWritten(failure: "\(error)"))
      }
    }
    let written = results.all()
    if let failure = written.compactMap(\.failure).first {
      throw StoreError.unreadable(
        path: files.folder.visitsFolder, line: nil, detail: Localized(failure))
    }
    return written
  }

  private static func writeMonth(
    _ month: YearMonth, _ visits: SampleVisits, _ files: SampleFileWriter
  ) throws -> MonthWritten {
    let drawn = visits.draw(month)
    guard !drawn.isEmpty else { return MonthWritten() }
    let encoder = RecordCodec.encoder()
    let raising = SampleNeeds(lastDay: visits.scale.lastDay)
    var result = MonthWritten(visits: drawn.count)
    var log = Data()
    log.reserveCapacity(drawn.count * 220)
    var numbers: [String: Int] = [:]
    var sequence = 0
    for (index, entry) in drawn.enumerated() {
      sequence = index > 0 && drawn[index - 1].day == entry.day ? sequence + 1 : 1
      let visit = visits.visit(entry, sequence: sequence)
      log.append(try encoder.encode(visit))
      log.append(UInt8(ascii: "\n"))
      numbers[visit.date.description] = sequence + 1
      var random = SampleRandom(seed: entry.contents, 4)
      if random.below(visits.scale.visitsPerNeed) == 0 {
        let village = visits.visitors[entry.visitor].village
        result.needs.append(raising.raise(on: visit, village: village, &random))
      }
    }
    try files.write(DataFolder.visitLog(month), log)
    try files.write(DataFolder.visitSequence(month), try VisitLog.encode(numbers))
    return result
  }
}
