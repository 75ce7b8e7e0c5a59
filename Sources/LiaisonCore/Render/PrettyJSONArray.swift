import Foundation

/// A JSON array written element by element, in exactly the bytes `JSONOutput.encode` gives
/// for the whole array (sorted keys, pretty printed, slashes unescaped): a county's three
/// million visits printed as one array no longer need 6 GB to hold them first.
struct PrettyJSONArray {
  /// The indent of the line the array opens on: "" at the top, two spaces for a key of the
  /// top-level object.
  let indent: String
  private(set) var count = 0
  /// Records that write themselves plainly (visits, the roster's) are written compact and
  /// laid out by `PrettyJSON`, the same bytes.
  private var writer = PlainJSONWriter()
  private let compact = RecordCodec.encoder()

  init(indent: String = "") { self.indent = indent }

  /// The bytes that add `value`: the opening bracket before the first, a comma before the
  /// rest, and the element's own lines indented one level deeper than the array.
  mutating func element<T: Encodable>(_ value: T) throws -> Data {
    let encoded =
      if let plain = value as? any PlainEncodable {
        PrettyJSON.layout(try plain.plainLine(&writer, encoder: compact))
      } else {
        try JSONOutput.pretty(value)
      }
    var bytes = [UInt8](count == 0 ? "[\n".utf8 : ",\n".utf8)
    Self.appendIndented(encoded, by: Array((indent + "  ").utf8), into: &bytes)
    count += 1
    return Data(bytes)
  }

  /// Every line of `text` moved in by `indent`, but the empty ones: `JSONEncoder` leaves
  /// the blank line of an empty array (`[\n\n]`) blank at any depth.
  static func indented(_ text: String, by indent: String) -> String {
    var bytes: [UInt8] = []
    appendIndented(Array(text.utf8), by: Array(indent.utf8), into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The same, byte by byte: splitting a county's visits into lines of `Character`s was
  /// most of the time `visit list --format json` took.
  private static func appendIndented(
    _ text: some Collection<UInt8>, by indent: [UInt8], into bytes: inout [UInt8]
  ) {
    bytes.reserveCapacity(bytes.count + text.count + text.count / 8)
    var atLineStart = true
    for byte in text {
      if byte == UInt8(ascii: "\n") {
        atLineStart = true
      } else if atLineStart {
        bytes += indent
        atLineStart = false
      }
      bytes.append(byte)
    }
  }

  /// The closing bracket; nil when no element was written, since `JSONEncoder` writes an
  /// empty array its own way (the caller encodes the empty array whole).
  func close() -> Data? {
    count == 0 ? nil : Data(("\n" + indent + "]").utf8)
  }
}
