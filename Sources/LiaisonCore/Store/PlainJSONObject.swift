#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One record as `RecordCodec` writes it, read without `JSONDecoder` — which manages about
/// 44 MB/s here, while a county's roster is 30 MB and a year of its visits 500 MB.
///
/// It reads only that plain shape: an object with no whitespace, strings without escapes or
/// control characters, whole numbers, lists of strings, objects of strings, no `null`, each
/// key once. Anything else — an escape, invalid UTF-8, a fraction, a number too long, a key
/// given twice — makes `scan` return nil, and the caller hands the bytes to `JSONDecoder`,
/// so whatever this does not recognise is decoded, or refused with its message, exactly as
/// before. `PlainRecord` builds records from it; `PlainRecordTests` holds the two paths to
/// agreeing.
///
/// Keys and texts point into the bytes scanned: an object lives no longer than they do.
struct PlainJSONObject {
  enum Value {
    /// Valid UTF-8 without escapes, made into a `String` only when a record takes it.
    case text(UnsafeRawBufferPointer)
    case number(Int)
    case texts([String])
    case object(PlainJSONObject)
    /// A list of objects (a need's history).
    case objects([PlainJSONObject])
  }

  private(set) var fields: [(key: UnsafeRawBufferPointer, value: Value)] = []
  /// How many fields a record has taken: a field nobody took is a key the record does not
  /// know, which JSONDecoder would ignore and this leaves to it.
  private(set) var taken = 0

  /// Becomes the object that is all of `bytes`; false when they are not in the plain shape.
  mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
    fields.removeAll(keepingCapacity: true)
    taken = 0
    sorted = true
    var scanner = PlainJSONScanner(bytes)
    return scanner.object(into: &self) && scanner.atEnd
  }

  /// Adds a field; false when the key is already there.
  mutating func add(_ key: UnsafeRawBufferPointer, _ value: Value) -> Bool {
    // `RecordCodec` sorts keys: a key after all before it cannot repeat one, which spares
    // comparing it with each (a visit line has a dozen keys).
    if let last = fields.last?.key, !ascending(last, key) {
      guard !fields.contains(where: { Self.same($0.key, key) }) else { return false }
      sorted = false
    }
    fields.append((key, value))
    return true
  }

  /// Whether the keys so far came in ascending byte order.
  private var sorted = true

  private static func same(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
    lhs.count == rhs.count
      && (lhs.count == 0
        || (lhs[0] == rhs[0] && memcmp(lhs.baseAddress!, rhs.baseAddress!, lhs.count) == 0))
  }

  /// `lhs` < `rhs` in byte order, when every key before `rhs` was in order too.
  private func ascending(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
    guard sorted else { return false }
    let common = min(lhs.count, rhs.count)
    let order = common == 0 ? 0 : memcmp(lhs.baseAddress!, rhs.baseAddress!, common)
    return order < 0 || (order == 0 && lhs.count < rhs.count)
  }

  var allTaken: Bool { taken == fields.count }

  /// The value of `key`, marked as taken.
  mutating func take(_ key: StaticString) -> Value? {
    let wanted = UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    guard let index = fields.firstIndex(where: { Self.same($0.key, wanted) }) else { return nil }
    taken += 1
    return fields[index].value
  }
}

/// A key that is missing or of the wrong kind: the record leaves the line to JSONDecoder.
struct NotPlain: Error {}

extension PlainJSONObject {
  mutating func text(_ key: StaticString) throws -> String {
    String(decoding: try raw(key), as: UTF8.self)
  }

  mutating func optionalText(_ key: StaticString) throws -> String? {
    try optionalRaw(key).map { String(decoding: $0, as: UTF8.self) }
  }

  /// A text's bytes, for a reader that needs no `String` of it (scores skip a visit's notes).
  mutating func raw(_ key: StaticString) throws -> UnsafeRawBufferPointer {
    guard case .text(let raw)? = take(key) else { throw NotPlain() }
    return raw
  }

  mutating func optionalRaw(_ key: StaticString) throws -> UnsafeRawBufferPointer? {
    guard let value = take(key) else { return nil }
    guard case .text(let raw) = value else { throw NotPlain() }
    return raw
  }

  mutating func optionalNumber(_ key: StaticString) throws -> Int? {
    guard let value = take(key) else { return nil }
    guard case .number(let number) = value else { throw NotPlain() }
    return number
  }

  /// A list of strings; absent is empty, as the records' decoders have it.
  mutating func texts(_ key: StaticString) throws -> [String] {
    try optionalTexts(key) ?? []
  }

  mutating func optionalTexts(_ key: StaticString) throws -> [String]? {
    guard let value = take(key) else { return nil }
    guard case .texts(let texts) = value else { throw NotPlain() }
    return texts
  }

  mutating func day(_ key: StaticString) throws -> Day {
    guard let day = Day(strictUTF8: try raw(key)) else { throw NotPlain() }
    return day
  }

  mutating func optionalDay(_ key: StaticString) throws -> Day? {
    guard let raw = try optionalRaw(key) else { return nil }
    guard let day = Day(strictUTF8: raw) else { throw NotPlain() }
    return day
  }

  mutating func choice<T: UserChoice>(_ key: StaticString) throws -> T {
    guard let choice = T(rawValue: try text(key)) else { throw NotPlain() }
    return choice
  }

  mutating func optionalChoice<T: UserChoice>(_ key: StaticString) throws -> T? {
    guard let text = try optionalText(key) else { return nil }
    guard let choice = T(rawValue: text) else { throw NotPlain() }
    return choice
  }

  mutating func choices<T: UserChoice>(_ key: StaticString) throws -> [T]? {
    try optionalTexts(key).map { try $0.map { try T(rawValue: $0) ?? { throw NotPlain() }() } }
  }

  /// A list of objects, each of whose fields `build` takes, all of them.
  mutating func objects<T>(
    _ key: StaticString, _ build: (inout PlainJSONObject) throws -> T
  )
    throws -> [T]
  {
    switch take(key) {
    case .texts(let texts)? where texts.isEmpty: return []
    case .objects(let objects)?:
      return try objects.map { object in
        var object = object
        let built = try build(&object)
        guard object.allTaken else { throw NotPlain() }
        return built
      }
    default: throw NotPlain()
    }
  }

  /// A nested object whose fields `build` takes, all of them.
  mutating func optionalObject<T>(
    _ key: StaticString, _ build: (inout PlainJSONObject) throws -> T
  )
    throws -> T?
  {
    guard let value = take(key) else { return nil }
    guard case .object(var object) = value else { throw NotPlain() }
    let built = try build(&object)
    guard object.allTaken else { throw NotPlain() }
    return built
  }

  /// A record's history (`[{"grid":"G02","to":"2026-11-10"}]`) whose entries hold only
  /// `keys` beside `to`; absent is empty, as the records' decoders have it.
  mutating func history(_ key: StaticString, facts keys: [StaticString]) throws -> [PastFacts] {
    let entries: [PlainJSONObject]
    switch take(key) {
    case nil: return []
    case .objects(let objects)?: entries = objects
    default: throw NotPlain()
    }
    return try entries.map { entry in
      var entry = entry
      var facts: [String: FactValue] = [:]
      for factKey in keys {
        switch entry.take(factKey) {
        case nil: continue
        case .text(let raw)?:
          facts[factKey.description] = .text(String(decoding: raw, as: UTF8.self))
        case .texts(let texts)?: facts[factKey.description] = .texts(texts)
        default: throw NotPlain()
        }
      }
      let past = PastFacts(to: try entry.day("to"), facts: facts)
      guard entry.allTaken, !facts.isEmpty else { throw NotPlain() }
      return past
    }
  }
}
