import CByteSearch

/// Finds a few records in a roster file's bytes without decoding the rest: by id with a
/// binary search (the file is sorted by id), or by a field's value with a byte search.
///
/// It reads only the layout `RecordCodec.rosterFile` writes — `[`, one plain record per
/// line, `]` — and every answer is either sure or nil. Nil means "cannot tell from here"
/// (a line that is not plain, a file laid out by hand, a value that would be escaped), and
/// the caller then loads the whole roster, which answers or refuses as it always has.
/// Damage in lines it never reads goes unnoticed here; `liaison check` and every command
/// that loads the whole roster still find it.
struct RosterFileLookup<Record: PlainRecord & Identifiable> where Record.ID == String {
  private let file: MappedFile
  /// Where the first record's line starts and where the closing `]` is.
  private let body: Range<Int>

  /// The file at `path`, or nil when it is missing, empty or not in the written layout.
  init?(_ path: String) throws {
    guard let file = try MappedFile(path) else { return nil }
    let bytes = file.bytes
    guard bytes.count >= 5, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "\n"),
      bytes[bytes.count - 3] == UInt8(ascii: "\n"), bytes[bytes.count - 2] == UInt8(ascii: "]"),
      bytes[bytes.count - 1] == UInt8(ascii: "\n")
    else { return nil }
    self.file = file
    body = 2..<(bytes.count - 2)
  }

  /// The record whose id is `id` (letters in either case): `[]` when there is none, nil
  /// when a line on the way is not plain.
  func records(id: String) -> [Record]? {
    let wanted = id.uppercasedASCII
    var low = body.lowerBound
    var high = body.upperBound
    while low < high {
      let middle = low + (high - low) / 2
      let start = lineStart(containing: middle, notBefore: low)
      guard let (record, end) = record(at: start) else { return nil }
      let found = record.id.uppercasedASCII
      if found == wanted { return [record] }
      if RecordCodec.idPrecedes(found, wanted) {
        low = end + 1
      } else {
        high = start
      }
    }
    return []
  }

  /// The records whose line holds `"key":"value"` for any of the pairs: a superset of those
  /// whose field equals the value (the caller compares), or nil when a value would be written
  /// escaped or a line found is not plain.
  func records(withAny pairs: [(key: String, value: String)]) -> [Record]? {
    var starts = Set<Int>()
    var ordered: [Int] = []
    for (key, value) in pairs {
      guard value.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != 0x5C }) else {
        return nil
      }
      for offset in occurrences(of: Array("\"\(key)\":\"\(value)\"".utf8)) {
        let start = lineStart(containing: offset, notBefore: body.lowerBound)
        if starts.insert(start).inserted { ordered.append(start) }
      }
    }
    var records: [Record] = []
    for start in ordered.sorted() {
      guard let (record, _) = record(at: start) else { return nil }
      records.append(record)
    }
    return records
  }

  /// The plain record on the line starting at `start`, and where the line ends.
  private func record(at start: Int) -> (Record, end: Int)? {
    let bytes = file.bytes
    guard let newline = PlainLines.newline(in: bytes, from: start), newline <= body.upperBound
    else { return nil }
    let end = newline > start && bytes[newline - 1] == UInt8(ascii: ",") ? newline - 1 : newline
    guard end > start,
      let record = Record.plain(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
    else { return nil }
    return (record, newline)
  }

  /// The start of the line holding `offset`, looking back no further than `floor` (a line
  /// start).
  private func lineStart(containing offset: Int, notBefore floor: Int) -> Int {
    guard offset > floor, let base = file.bytes.baseAddress else { return floor }
    guard
      let found = liaison_find_last_byte(base + floor, Int32(UInt8(ascii: "\n")), offset - floor)
    else {
      return floor
    }
    return base.distance(to: UnsafeRawPointer(found)) + 1
  }

  /// Every offset in the body where `needle` starts.
  private func occurrences(of needle: [UInt8]) -> [Int] {
    guard let base = file.bytes.baseAddress else { return [] }
    var found: [Int] = []
    var at = body.lowerBound
    while at < body.upperBound {
      let hit = needle.withUnsafeBytes { needleBytes in
        liaison_find_bytes(base + at, body.upperBound - at, needleBytes.baseAddress, needle.count)
      }
      guard let hit else { break }
      let offset = base.distance(to: UnsafeRawPointer(hit))
      found.append(offset)
      at = offset + needle.count
    }
    return found
  }
}
