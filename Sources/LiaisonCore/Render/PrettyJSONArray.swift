import Foundation

/// A JSON array written element by element, in exactly the bytes `JSONOutput.encode` gives
/// for the whole array (sorted keys, pretty printed, slashes unescaped): a county's three
/// million visits printed as one array no longer need 6 GB to hold them first.
struct PrettyJSONArray {
  /// The indent of the line the array opens on: "" at the top, two spaces for a key of the
  /// top-level object.
  let indent: String
  private(set) var count = 0
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }()

  init(indent: String = "") { self.indent = indent }

  /// The bytes that add `value`: the opening bracket before the first, a comma before the
  /// rest, and the element's own lines indented one level deeper than the array.
  mutating func element<T: Encodable>(_ value: T) throws -> Data {
    let text = String(decoding: try encoder.encode(value), as: UTF8.self)
    let inner = indent + "  "
    var bytes = count == 0 ? "[\n" : ",\n"
    bytes += Self.indented(text, by: inner)
    count += 1
    return Data(bytes.utf8)
  }

  /// Every line of `text` moved in by `indent`, but the empty ones: `JSONEncoder` leaves
  /// the blank line of an empty array (`[\n\n]`) blank at any depth.
  static func indented(_ text: String, by indent: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
  }

  /// The closing bracket; nil when no element was written, since `JSONEncoder` writes an
  /// empty array its own way (the caller encodes the empty array whole).
  func close() -> Data? {
    count == 0 ? nil : Data(("\n" + indent + "]").utf8)
  }
}
