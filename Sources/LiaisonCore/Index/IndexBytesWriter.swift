/// Lays out the values of a derived file (`.index/`) in order: integers little-endian, texts
/// as a 32-bit length and their UTF-8, a present-or-absent byte before optional values.
/// `IndexBytesReader` reads them back in the same order.
struct IndexBytesWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// The bytes with their seal after (`IndexSeal`): what `IndexBytesReader(sealed:)` takes.
  func sealed() -> [UInt8] {
    var out = self
    out.long(Int64(bitPattern: bytes.withUnsafeBytes { IndexSeal.of($0) }))
    return out.bytes
  }

  mutating func raw<Bytes: Sequence>(_ values: Bytes) where Bytes.Element == UInt8 {
    bytes += values
  }

  mutating func raw(_ buffer: UnsafeRawBufferPointer) { bytes += buffer }

  mutating func integer<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  mutating func word(_ value: UInt32) { integer(value) }
  mutating func long(_ value: Int64) { integer(value) }
  mutating func count(_ value: Int) { integer(UInt32(value)) }

  mutating func text(_ text: String) {
    count(text.utf8.count)
    bytes += text.utf8
  }

  mutating func optional<T>(_ value: T?, _ write: (inout IndexBytesWriter, T) -> Void) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    write(&self, value)
  }

  mutating func list<T>(_ values: [T], _ write: (inout IndexBytesWriter, T) -> Void) {
    count(values.count)
    for value in values { write(&self, value) }
  }

  mutating func optionalText(_ text: String?) { optional(text) { $0.text($1) } }
  mutating func texts(_ texts: [String]) { list(texts) { $0.text($1) } }

  /// A day in four bytes: year, month, day.
  mutating func day(_ day: Day) {
    integer(UInt16(day.year))
    bytes.append(UInt8(day.month))
    bytes.append(UInt8(day.day))
  }

  mutating func optionalDay(_ day: Day?) { optional(day) { $0.day($1) } }

  mutating func choice<T: UserChoice>(_ choice: T) { text(choice.rawValue) }
  mutating func optionalChoice<T: UserChoice>(_ choice: T?) { optional(choice) { $0.choice($1) } }
}
