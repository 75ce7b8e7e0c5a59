import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A month's stored index: `.index/visits-2026-11.bin`, a saved `MonthVisits` of the log's
/// whole lines and the `LogSource` it was read from.
///
/// Derived and disposable: deleting it changes no output, only the time the next reader
/// takes. It is never synced (a torn one fails its checksum and is read afresh), never in a
/// backup or export, and kept out of git by its folder's own `.gitignore`. Everything in it
/// is checked before use — its size, its seal (`IndexSeal`), every count and every place a
/// visit names — so a damaged one is rebuilt, never trusted.
///
/// ```
/// magic "LIAISONVIDX\u{2}", layout (entry stride, byte order)      16 bytes
/// log: device, inode, size, mtime s, mtime ns, covered offset, covered lines, checksum
/// counts: members, households, visits, odd ids
/// members, households: each a 32-bit length and UTF-8 bytes
/// visits: count × IndexedVisit (40 bytes)
/// odd ids: position, length, bytes
/// seal of everything before it (`IndexSeal`, 8 bytes)
/// ```
enum VisitIndexFile {
  static let magic = Array("LIAISONVIDX\u{2}".utf8)
  /// The layout word: the entry's size and this machine's byte order; a file from another
  /// layout is not read.
  static let layout = UInt32(MemoryLayout<IndexedVisit>.stride) << 8 | UInt32(1).littleEndian
  /// The most an index file may hold: far above a county month's 14 MB, far below memory.
  static let limit = 1 << 30

  static func file(_ month: YearMonth) -> String { "visits-\(month).bin" }
  static func name(_ month: YearMonth) -> String { IndexFolder.name + "/" + file(month) }

  /// The stored index of `month`'s log, if there is one that still holds for `source`.
  /// - Parameter staged: what this session has staged: a month read twice in one command
  ///   (a report and the score it ranks by) is read from the index the first read staged.
  static func load(
    _ month: YearMonth, in folder: DataFolder, for source: LogSource, staged: StagedIndexes? = nil
  ) -> MonthVisits? {
    guard let data = IndexFolder.contents(file(month), in: folder, staged: staged, limit: limit),
      let (stored, checksum, visits) = decode(data),
      source.continues(
        stored, covered: visits.covered.offset, checksum: checksum,
        path: folder.file(DataFolder.visitLog(month)))
    else { return nil }
    return visits
  }

  /// Stages `visits` (whole lines only) for `month`, to be put in place when the command
  /// succeeds (`IndexFolder.stage`).
  static func save(
    _ visits: MonthVisits, of month: YearMonth, in folder: DataFolder, source: LogSource,
    to staged: StagedIndexes
  ) {
    let log = folder.file(DataFolder.visitLog(month))
    guard let checksum = LogSource.checksum(log, covered: visits.covered.offset) else { return }
    IndexFolder.stage(
      encode(visits, source: source, checksum: checksum), as: file(month),
      from: DataFolder.visitLog(month), source, in: folder, to: staged)
  }

  /// Deletes `month`'s stored index: called before a log is replaced, so that no index of
  /// the old log can outlive it (inodes are reused).
  static func forget(_ relative: String, in folder: DataFolder) {
    guard relative.hasPrefix(DataFolder.visitsFolderName + "/"), relative.hasSuffix(".jsonl"),
      let month = YearMonth(
        parsing: String(relative.dropFirst(DataFolder.visitsFolderName.count + 1).prefix(7)))
    else { return }
    IndexFolder.remove(file(month), in: folder)
  }

  // MARK: - The bytes

  static func encode(_ visits: MonthVisits, source: LogSource, checksum: UInt32) -> [UInt8] {
    var out = IndexBytesWriter(
      capacity: 128 + visits.count * MemoryLayout<IndexedVisit>.stride + visits.members.count
        * 12 + visits.households.count * 12)
    out.raw(magic)
    out.word(layout)
    source.write(to: &out)
    out.long(Int64(visits.covered.offset))
    out.long(Int64(visits.covered.lineNumber))
    out.word(checksum)
    for count in [visits.members.count, visits.households.count, visits.count, visits.oddIDs.count]
    {
      out.count(count)
    }
    for id in visits.members + visits.households { out.text(id) }
    visits.visits.withUnsafeBytes { out.raw($0) }
    for (position, id) in visits.oddIDs.sorted(by: { $0.key < $1.key }) {
      out.count(position)
      out.text(id)
    }
    return out.sealed()
  }

  /// The stored month, its source and checksum; nil for anything that is not a whole index
  /// of this layout whose every place is in range.
  static func decode(_ data: Data) -> (LogSource, UInt32, MonthVisits)? {
    data.withUnsafeBytes { bytes -> (LogSource, UInt32, MonthVisits)? in
      try? decode(bytes)
    }
  }

  private static func decode(
    _ bytes: UnsafeRawBufferPointer
  ) throws(IndexBytesReader.Damaged)
    -> (LogSource, UInt32, MonthVisits)
  {
    var reader = try IndexBytesReader(sealed: bytes)
    guard Array(try reader.take(magic.count)) == magic, try reader.word() == layout else {
      throw .init()
    }
    let source = try LogSource(from: &reader)
    let offset = try reader.long()
    let lineNumber = try reader.long()
    let checksum = try reader.word()
    let memberCount = try reader.count()
    let householdCount = try reader.count()
    let visitCount = try reader.count()
    let oddCount = try reader.count()
    guard offset >= 0, offset <= source.size, lineNumber >= 1, lineNumber <= offset + 1,
      memberCount <= reader.remaining / 4, householdCount <= reader.remaining / 4
    else { throw .init() }
    let members = try (0..<memberCount).map { _ throws(IndexBytesReader.Damaged) in
      try reader.text()
    }
    let households = try (0..<householdCount).map { _ throws(IndexBytesReader.Damaged) in
      try reader.text()
    }
    let stride = MemoryLayout<IndexedVisit>.stride
    guard visitCount <= reader.remaining / stride else { throw .init() }
    let raw = try reader.take(visitCount * stride)
    let visits = [IndexedVisit](unsafeUninitializedCapacity: visitCount) { buffer, count in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
      count = visitCount
    }
    var oddIDs: [Int: String] = [:]
    for _ in 0..<oddCount {
      let position = try reader.count()
      guard position < visitCount else { throw .init() }
      oddIDs[position] = try reader.text()
    }
    guard reader.remaining == 0 else { throw .init() }
    var previous: Int64 = -1
    for (position, visit) in visits.enumerated() {
      guard visit.member >= 0, Int(visit.member) < memberCount, visit.household >= 0,
        Int(visit.household) < householdCount, visit.offset > previous, visit.offset < offset,
        visit.hasOpinions == 0 || visit.hasOpinions == 1,
        visit.idNumber >= 0 || oddIDs[position] != nil
      else { throw .init() }
      previous = visit.offset
    }
    let month = MonthVisits(
      members: members, households: households,
      visits: visits, oddIDs: oddIDs,
      covered: LogPosition(offset: Int(offset), lineNumber: Int(lineNumber)))
    return (source, checksum, month)
  }
}
