import Foundation

/// `export all` written piece by piece, in the bytes `JSONOutput.encode` gives for the
/// whole bundle: each record is encoded on its own and written out, so a county (a 30 MB
/// roster, three million visits) never sits in memory printed.
struct ExportBundleStream {
  let write: (Data) throws -> Void
  private var keys = 0
  private var pending = Data()

  init(write: @escaping (Data) throws -> Void) { self.write = write }

  /// An empty array as `JSONEncoder` prints it one level down (its own peculiar way).
  private static let emptyArray: String = {
    let text = (try? JSONOutput.encode(["a": [Int]()])) ?? "{\n  \"a\" : [\n\n  ]\n}\n"
    let start = text.range(of: "\"a\" : ")!.upperBound
    let end = text.range(of: "\n}", options: .backwards)!.lowerBound
    return String(text[start..<end])
  }()

  /// `"key" : ` after the comma or brace it needs.
  private mutating func key(_ name: String) throws {
    try emit((keys == 0 ? "{\n" : ",\n") + "  \"\(name)\" : ")
    keys += 1
  }

  private mutating func emit(_ text: String) throws { try emit(Data(text.utf8)) }

  private mutating func emit(_ bytes: Data) throws {
    pending += bytes
    if pending.count >= 1 << 22 { try flush() }
  }

  mutating func flush() throws {
    guard !pending.isEmpty else { return }
    try write(pending)
    pending.removeAll(keepingCapacity: true)
  }

  /// A value written whole (the format, the township), its lines indented one level.
  mutating func value<T: Encodable>(_ name: String, _ value: T?) throws {
    guard let value else { return }
    try key(name)
    let text = String(try JSONOutput.encode(value).dropLast())
    // The first line follows the key; the rest move in a level.
    try emit(String(PrettyJSONArray.indented(text, by: "  ").dropFirst(2)))
  }

  /// An array of records, each encoded and written in turn; nil writes nothing (an
  /// optional list left out).
  mutating func array<T: Encodable>(_ name: String, _ records: [T]?) throws {
    guard let records else { return }
    try array(name) { element in for record in records { try element(record) } }
  }

  /// An array whose elements `produce` hands over one by one (the visits, month by month).
  mutating func array<T: Encodable>(
    _ name: String, _ produce: ((T) throws -> Void) throws -> Void
  ) throws {
    try key(name)
    var array = PrettyJSONArray(indent: "  ")
    try produce { record in try emit(try array.element(record)) }
    try emit(array.close() ?? Data(Self.emptyArray.utf8))
  }

  /// The closing brace, and everything still held.
  mutating func finish() throws {
    try emit(keys == 0 ? "{\n\n}\n" : "\n}\n")
    try flush()
  }
}
