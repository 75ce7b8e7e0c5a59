/// Writes a record the way `RecordCodec.encoder()` does — keys sorted, no whitespace,
/// slashes unescaped, everything else raw UTF-8 — without `JSONEncoder`, which writes a
/// county's 15 MB of households in 0.7 s and a year of its visits in two minutes.
///
/// It refuses any string that would need escaping (a quote, a backslash, a control
/// character, U+2028/U+2029, DEL): the caller then asks `JSONEncoder`, so such records come
/// out exactly as before. `PlainRecordTests` holds the two to the same bytes.
struct PlainJSONWriter {
  private(set) var bytes: [UInt8] = []
  private var first = true
  /// False once a string needed escaping: the bytes are then not to be used.
  private(set) var plain = true

  init() { bytes.reserveCapacity(256) }

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    first = true
    plain = true
  }

  /// `{`; the fields follow in sorted key order, then `close()`.
  mutating func open() {
    bytes.append(UInt8(ascii: "{"))
    first = true
  }

  mutating func close() { bytes.append(UInt8(ascii: "}")) }

  mutating func field(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    name(key)
    string(value)
  }

  mutating func field(_ key: StaticString, _ value: Int?) {
    guard let value else { return }
    name(key)
    bytes.append(contentsOf: String(value).utf8)
  }

  mutating func field(_ key: StaticString, _ values: [String]?) {
    guard let values else { return }
    name(key)
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// A nested object whose fields `write` adds, in sorted key order.
  mutating func field(_ key: StaticString, object write: (inout PlainJSONWriter) -> Void) {
    name(key)
    open()
    write(&self)
    close()
    first = false
  }

  /// A record's history, each entry's keys in sorted order as `JSONEncoder` writes them;
  /// nothing when it is empty, as the records' encoders leave it out.
  mutating func field(_ key: StaticString, history: [PastFacts]) {
    guard !history.isEmpty else { return }
    name(key)
    bytes.append(UInt8(ascii: "["))
    for (index, entry) in history.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      open()
      let keys = (Array(entry.facts.keys) + ["to"]).sorted()
      for factKey in keys {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        string(factKey)
        bytes.append(UInt8(ascii: ":"))
        switch factKey == "to" ? .text(entry.to.description) : entry.facts[factKey]! {
        case .text(let text): string(text)
        case .texts(let texts):
          bytes.append(UInt8(ascii: "["))
          for (position, text) in texts.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            string(text)
          }
          bytes.append(UInt8(ascii: "]"))
        }
      }
      close()
    }
    bytes.append(UInt8(ascii: "]"))
    first = false
  }

  private mutating func name(_ key: StaticString) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    first = false
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
  }

  private mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in value.utf8 {
      // 0xE2 0x80 0xA8/0xA9 is U+2028/U+2029, which some encoders escape.
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
        || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9))
      {
        plain = false
      }
      previous = (previous.1, byte)
    }
    bytes.append(contentsOf: value.utf8)
    bytes.append(UInt8(ascii: "\""))
  }
}
