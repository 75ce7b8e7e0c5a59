/// The entries of a ZIP archive read from its central directory — the container of an .xlsx
/// workbook — with bounds that keep a hostile file from exhausting memory.
///
/// Only what workbooks use: stored and deflated entries, no ZIP64, no encryption (a
/// password-protected .xlsx is not a ZIP at all, see ``FileSignature``).
struct ZipArchive {
  /// One file in the archive, as the central directory describes it.
  struct Entry {
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeaderOffset: Int
  }

  /// The most bytes one entry may inflate to: a county's 90,000 households fill a sheet part
  /// of about 40 MB.
  static let entryLimit = 256 << 20
  /// Entries above this size may not claim more than `ratioLimit` times their compressed size.
  static let ratioCheckFloor = 1 << 20
  /// Sheet XML compresses 10 to 100 times; a thousand times is only reached on purpose.
  static let ratioLimit = 1_000
  /// Workbooks hold tens of parts; this many means something else.
  static let entryCountLimit = 10_000

  let bytes: [UInt8]
  private(set) var entries: [String: Entry] = [:]

  /// Reads the central directory of `bytes`.
  /// - Throws: ``WorkbookProblem`` when there is no readable directory.
  init(_ bytes: [UInt8]) throws(WorkbookProblem) {
    self.bytes = bytes
    let end = try Self.endOfCentralDirectory(bytes)
    let count = Int(read16(end + 10))
    let directorySize = Int(read32(end + 12))
    let directoryOffset = Int(read32(end + 16))
    guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF else {
      throw .damaged("ZIP64")
    }
    guard count <= Self.entryCountLimit else { throw .damaged("\(count) entries") }
    guard directoryOffset + directorySize <= end else { throw .damaged("central directory") }
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= end, read32(offset) == 0x0201_4B50 else {
        throw .damaged("central directory")
      }
      let nameLength = Int(read16(offset + 28))
      let extraLength = Int(read16(offset + 30))
      let commentLength = Int(read16(offset + 32))
      guard offset + 46 + nameLength <= end else { throw .damaged("central directory") }
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
      let entry = Entry(
        name: name, method: read16(offset + 10), flags: read16(offset + 8),
        crc: read32(offset + 16), compressedSize: Int(read32(offset + 20)),
        size: Int(read32(offset + 24)), localHeaderOffset: Int(read32(offset + 42)))
      // Part names are case-insensitive in a workbook package.
      entries[name.lowercased()] = entry
      offset += 46 + nameLength + extraLength + commentLength
    }
  }

  /// Whether the archive holds `name` (any case).
  func contains(_ name: String) -> Bool { entries[name.lowercased()] != nil }

  /// The uncompressed bytes of `name`, or nil when there is no such entry.
  /// - Throws: ``WorkbookProblem`` for an entry too large, too compressed, encrypted,
  ///   malformed, or whose CRC does not match.
  func data(_ name: String) throws(WorkbookProblem) -> [UInt8]? {
    guard let entry = entries[name.lowercased()] else { return nil }
    guard entry.flags & 1 == 0 else { throw .encrypted }
    guard entry.size <= Self.entryLimit else {
      throw .partTooLarge(part: entry.name, limit: Self.entryLimit)
    }
    if entry.size > Self.ratioCheckFloor,
      entry.size / max(entry.compressedSize, 1) > Self.ratioLimit
    {
      throw .compressionBomb(part: entry.name)
    }
    let local = entry.localHeaderOffset
    guard local + 30 <= bytes.count, read32(local) == 0x0403_4B50 else {
      throw .damaged(entry.name)
    }
    let start = local + 30 + Int(read16(local + 26)) + Int(read16(local + 28))
    guard start + entry.compressedSize <= bytes.count else { throw .damaged(entry.name) }
    let stored = bytes[start..<(start + entry.compressedSize)]
    let content: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.size else { throw .damaged(entry.name) }
      content = Array(stored)
    case 8:
      do {
        content = try Deflate.inflate(stored, limit: entry.size)
      } catch {
        throw .damaged(entry.name + (error == .tooLarge ? " is larger than it says" : ""))
      }
      guard content.count == entry.size else { throw .damaged(entry.name) }
    default:
      throw .damaged("\(entry.name): compression method \(entry.method)")
    }
    guard Deflate.crc32(content) == entry.crc else { throw .damaged("\(entry.name): CRC") }
    return content
  }

  /// The offset of the end-of-central-directory record, searched backwards over the
  /// longest comment a ZIP may carry.
  private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(WorkbookProblem) -> Int {
    guard bytes.count >= 22 else { throw .damaged("too short") }
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var offset = bytes.count - 22
    while offset >= lowest {
      if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 5,
        bytes[offset + 3] == 6
      {
        return offset
      }
      offset -= 1
    }
    throw .damaged("no central directory")
  }

  private func read16(_ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private func read32(_ offset: Int) -> UInt32 {
    UInt32(read16(offset)) | UInt32(read16(offset + 2)) << 16
  }
}
