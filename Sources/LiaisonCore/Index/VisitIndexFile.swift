import CZlib
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
/// is checked before use — its size, a CRC-32 of all of it, every count and every place a
/// visit names — so a damaged one is rebuilt, never trusted.
///
/// ```
/// magic "LIAISONVIDX\u{1}", layout (entry stride, byte order)      16 bytes
/// log: device, inode, size, mtime s, mtime ns, covered offset, covered lines, checksum
/// counts: members, households, visits, odd ids
/// members, households: each a 32-bit length and UTF-8 bytes
/// visits: count × IndexedVisit (40 bytes)
/// odd ids: position, length, bytes
/// CRC-32 of everything before it
/// ```
enum VisitIndexFile {
  static let folderName = ".index"
  static let magic = Array("LIAISONVIDX\u{1}".utf8)
  /// The layout word: the entry's size and this machine's byte order; a file from another
  /// layout is not read.
  static let layout = UInt32(MemoryLayout<IndexedVisit>.stride) << 8 | UInt32(1).littleEndian
  /// The most an index file may hold: far above a county month's 14 MB, far below memory.
  static let limit = 1 << 30

  static func name(_ month: YearMonth) -> String { "\(folderName)/visits-\(month).bin" }

  /// The stored index of `month`'s log, if there is one that still holds for `source`.
  /// - Parameter staged: what this session has staged: a month read twice in one command
  ///   (a report and the score it ranks by) is read from the index the first read staged.
  static func load(
    _ month: YearMonth, in folder: DataFolder, for source: LogSource, staged: StagedIndexes? = nil
  ) -> MonthVisits? {
    let target = folder.file(name(month))
    let path = staged?.stagedPath(for: target) ?? target
    guard FileKind.at(folder.file(folderName)) == .directory,
      let data = try? FileReader.contents(path, limit: limit),
      let (stored, checksum, visits) = decode(data),
      source.continues(
        stored, covered: visits.covered.offset, checksum: checksum,
        path: folder.file(DataFolder.visitLog(month)))
    else { return nil }
    return visits
  }

  /// Writes `visits` (whole lines only) for `month` under a temporary name and hands it to
  /// `staged`, to be renamed into place when the command succeeds; quietly does nothing
  /// when it cannot: a folder on a read-only stick, a `.index` that is not a folder of its
  /// own. Another reader storing the same month at once is harmless: each writes its own
  /// temporary file and the last rename wins, both whole.
  static func save(
    _ visits: MonthVisits, of month: YearMonth, in folder: DataFolder, source: LogSource,
    to staged: StagedIndexes
  ) {
    let log = folder.file(DataFolder.visitLog(month))
    guard let checksum = LogSource.checksum(log, covered: visits.covered.offset),
      let directory = indexFolder(folder, staged: staged)
    else { return }
    let data = encode(visits, source: source, checksum: checksum)
    let target = directory + "/visits-\(month).bin"
    let path =
      directory + "/visits-\(month).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    let written = (try? POSIXFileSystem().write(descriptor, data, path: path)) != nil
    close(descriptor)
    if written { staged.add(staged: path, target: target) } else { unlink(path) }
  }

  /// Deletes `month`'s stored index: called before a log is replaced, so that no index of
  /// the old log can outlive it (inodes are reused).
  static func forget(_ relative: String, in folder: DataFolder) {
    guard relative.hasPrefix(DataFolder.visitsFolderName + "/"), relative.hasSuffix(".jsonl"),
      let month = YearMonth(
        parsing: String(relative.dropFirst(DataFolder.visitsFolderName.count + 1).prefix(7)))
    else { return }
    guard FileKind.at(folder.file(folderName)) == .directory else { return }
    unlink(folder.file(name(month)))
  }

  /// `.index`, made when missing; nil when it is anything but a folder of this one (a
  /// symbolic link from a USB stick leads nowhere).
  private static func indexFolder(_ folder: DataFolder, staged: StagedIndexes) -> String? {
    let path = folder.file(folderName)
    switch FileKind.at(path) {
    case .directory: staged.stage(in: path, made: false)
    case .missing:
      guard mkdir(path, 0o700) == 0 else { return FileKind.at(path) == .directory ? path : nil }
      staged.stage(in: path, made: true)
    default: return nil
    }
    return path
  }

  /// Writes `.index/.gitignore` when missing: it keeps the index out of git in folders
  /// whose own `.gitignore` predates it.
  static func writeIgnore(in path: String) {
    let ignore = path + "/.gitignore"
    guard FileKind.at(ignore) == .missing else { return }
    let descriptor = open(ignore, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    let text = Array("# Derived by liaison for speed; never a record. Delete it freely.\n*\n".utf8)
    _ = write(descriptor, text, text.count)
    close(descriptor)
  }

  // MARK: - The bytes

  static func encode(_ visits: MonthVisits, source: LogSource, checksum: UInt32) -> Data {
    var out = [UInt8]()
    out.reserveCapacity(
      128 + visits.count * MemoryLayout<IndexedVisit>.stride + visits.members.count * 12 + visits
        .households.count * 12)
    out += magic
    append(layout, to: &out)
    for value in [
      Int64(bitPattern: source.device), Int64(bitPattern: source.inode), source.size,
      source.modified, source.modifiedNanoseconds, Int64(visits.covered.offset),
      Int64(visits.covered.lineNumber),
    ] {
      append(value, to: &out)
    }
    append(checksum, to: &out)
    for count in [visits.members.count, visits.households.count, visits.count, visits.oddIDs.count]
    {
      append(UInt32(count), to: &out)
    }
    for id in visits.members + visits.households { append(text: id, to: &out) }
    visits.visits.withUnsafeBytes { out += $0 }
    for (position, id) in visits.oddIDs.sorted(by: { $0.key < $1.key }) {
      append(UInt32(position), to: &out)
      append(text: id, to: &out)
    }
    let crc = out.withUnsafeBufferPointer { liaison_crc32(0, $0.baseAddress, $0.count) }
    append(crc, to: &out)
    return Data(out)
  }

  /// The stored month, its source and checksum; nil for anything that is not a whole index
  /// of this layout whose every place is in range.
  static func decode(_ data: Data) -> (LogSource, UInt32, MonthVisits)? {
    data.withUnsafeBytes { bytes -> (LogSource, UInt32, MonthVisits)? in
      guard bytes.count >= magic.count + 4 + 4 else { return nil }
      let body = UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count - 4)])
      var reader = Reader(bytes: body)
      var trailer = Reader(bytes: UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - 4)...]))
      guard let crc = trailer.word(),
        crc == liaison_crc32(0, body.baseAddress?.assumingMemoryBound(to: UInt8.self), body.count),
        reader.take(magic.count).map(Array.init) == magic, reader.word() == layout,
        let device = reader.long(), let inode = reader.long(), let size = reader.long(),
        let modified = reader.long(), let nanoseconds = reader.long(),
        let offset = reader.long(), let lineNumber = reader.long(), let checksum = reader.word(),
        let memberCount = reader.count(), let householdCount = reader.count(),
        let visitCount = reader.count(), let oddCount = reader.count(),
        offset >= 0, offset <= size, lineNumber >= 1, lineNumber <= offset + 1
      else { return nil }
      guard let members = reader.texts(memberCount), let households = reader.texts(householdCount)
      else { return nil }
      let stride = MemoryLayout<IndexedVisit>.stride
      guard visitCount <= reader.remaining / stride, let raw = reader.take(visitCount * stride)
      else {
        return nil
      }
      let visits = [IndexedVisit](unsafeUninitializedCapacity: visitCount) { buffer, count in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
        count = visitCount
      }
      var oddIDs: [Int: String] = [:]
      for _ in 0..<oddCount {
        guard let position = reader.count(), position < visitCount, let id = reader.text() else {
          return nil
        }
        oddIDs[position] = id
      }
      guard reader.remaining == 0 else { return nil }
      var previous: Int64 = -1
      for (position, visit) in visits.enumerated() {
        guard visit.member >= 0, Int(visit.member) < memberCount, visit.household >= 0,
          Int(visit.household) < householdCount, visit.offset > previous, visit.offset < offset,
          visit.hasOpinions == 0 || visit.hasOpinions == 1,
          visit.idNumber >= 0 || oddIDs[position] != nil
        else { return nil }
        previous = visit.offset
      }
      let source = LogSource(
        device: UInt64(bitPattern: device), inode: UInt64(bitPattern: inode), size: size,
        modified: modified, modifiedNanoseconds: nanoseconds)
      let month = MonthVisits(
        members: members, households: households,
        visits: visits, oddIDs: oddIDs,
        covered: LogPosition(offset: Int(offset), lineNumber: Int(lineNumber)))
      return (source, checksum, month)
    }
  }

  private static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { out += $0 }
  }

  private static func append(text: String, to out: inout [UInt8]) {
    let utf8 = Array(text.utf8)
    append(UInt32(utf8.count), to: &out)
    out += utf8
  }

  /// Reads the stored values in order, each nil past the end.
  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var at = 0

    var remaining: Int { bytes.count - at }

    mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
      guard count >= 0, count <= remaining else { return nil }
      defer { at += count }
      return UnsafeRawBufferPointer(rebasing: bytes[at..<(at + count)])
    }

    mutating func word() -> UInt32? {
      take(4).map { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }

    mutating func long() -> Int64? {
      take(8).map { Int64(littleEndian: $0.loadUnaligned(as: Int64.self)) }
    }

    mutating func count() -> Int? { word().map(Int.init) }

    mutating func texts(_ count: Int) -> [String]? {
      guard count <= remaining / 4 else { return nil }
      var texts: [String] = []
      texts.reserveCapacity(count)
      for _ in 0..<count {
        guard let text = text() else { return nil }
        texts.append(text)
      }
      return texts
    }

    mutating func text() -> String? {
      guard let length = count(), let utf8 = take(length) else { return nil }
      return String(validating: utf8, as: UTF8.self)
    }
  }
}
