/// Reads back what `IndexBytesWriter` laid out, in the same order. Every read is checked
/// against the bytes left, and every day and choice to be one liaison could have written: a
/// derived file that fails any of it is `Damaged`, and is read afresh from the records
/// rather than believed.
struct IndexBytesReader {
  struct Damaged: Error {}

  let bytes: UnsafeRawBufferPointer
  private(set) var at = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The bytes before a sealed file's seal (`IndexBytesWriter.sealed`), when it holds.
  init(sealed file: UnsafeRawBufferPointer) throws(Damaged) {
    guard file.count >= 8 else { throw Damaged() }
    let body = UnsafeRawBufferPointer(rebasing: file[0..<(file.count - 8)])
    let stored = UInt64(
      littleEndian: file.loadUnaligned(fromByteOffset: body.count, as: UInt64.self))
    guard stored == IndexSeal.of(body) else { throw Damaged() }
    self.bytes = body
  }

  var remaining: Int { bytes.count - at }

  mutating func take(_ count: Int) throws(Damaged) -> UnsafeRawBufferPointer {
    guard count >= 0, count <= remaining else { throw Damaged() }
    defer { at += count }
    return UnsafeRawBufferPointer(rebasing: bytes[at..<(at + count)])
  }

  mutating func byte() throws(Damaged) -> UInt8 {
    guard at < bytes.count else { throw Damaged() }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func word() throws(Damaged) -> UInt32 {
    UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
  }

  mutating func long() throws(Damaged) -> Int64 {
    Int64(littleEndian: try take(8).loadUnaligned(as: Int64.self))
  }

  mutating func count() throws(Damaged) -> Int { Int(try word()) }

  /// A text. (Decoded, not validated: `String(validating:)` asks the runtime for generic
  /// metadata on every call, a third of reading a county roster. A sealed file holds only
  /// what liaison wrote from valid strings; one forged to pass its seal could hold any text
  /// anyway, and invalid bytes in it become U+FFFD, never a crash.)
  mutating func text() throws(Damaged) -> String {
    String(decoding: try take(try count()), as: UTF8.self)
  }

  /// The value `read` reads when the present byte says there is one; nil when it says none.
  mutating func optional<T>(
    _ read: (inout IndexBytesReader) throws(Damaged) -> T
  ) throws(Damaged)
    -> T?
  {
    switch try byte() {
    case 0: return nil
    case 1: return try read(&self)
    default: throw Damaged()
    }
  }

  /// A list of `read`'s values; its count is held to the bytes left, each value taking at
  /// least `least` bytes, so that a damaged count cannot ask for more memory than the file.
  mutating func list<T>(
    least: Int = 1, _ read: (inout IndexBytesReader) throws(Damaged) -> T
  )
    throws(Damaged) -> [T]
  {
    let count = try count()
    guard count <= remaining / max(least, 1) else { throw Damaged() }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }

  mutating func optionalText() throws(Damaged) -> String? {
    try optional { reader throws(Damaged) in try reader.text() }
  }

  mutating func texts() throws(Damaged) -> [String] {
    try list(least: 4) { reader throws(Damaged) in try reader.text() }
  }

  mutating func day() throws(Damaged) -> Day {
    let year = Int(UInt16(littleEndian: try take(2).loadUnaligned(as: UInt16.self)))
    let month = Int(try byte())
    guard let day = Day(year: year, month: month, day: Int(try byte())) else { throw Damaged() }
    return day
  }

  mutating func optionalDay() throws(Damaged) -> Day? {
    try optional { reader throws(Damaged) in try reader.day() }
  }

  mutating func choice<T: UserChoice>() throws(Damaged) -> T {
    guard let choice = T(rawValue: try text()) else { throw Damaged() }
    return choice
  }

  mutating func optionalChoice<T: UserChoice>() throws(Damaged) -> T? {
    try optional { reader throws(Damaged) -> T in try reader.choice() }
  }
}
