import Foundation

/// Writes any `Encodable` value as compact JSON in exactly the bytes `JSONEncoder` gives
/// with `.sortedKeys` and `.withoutEscapingSlashes`: keys in UTF-8 order, a `Double` as
/// its description without a trailing `.0`, a `Decimal` as its description, strings
/// escaped as the encoder escapes them. `PrettyJSON.layout` then lays it out as
/// `.prettyPrinted` does.
///
/// It writes straight into one buffer, where the encoder builds a tree of boxed values and
/// a dictionary for every object first: a county's monthly report as JSON was a tenth of
/// the report. Anything it does not write exactly as the encoder would — a key written
/// twice, a nested or super container, a date, data, a URL, a number that is not finite,
/// a value that encodes nothing — it declines (`Declined`), and the caller asks
/// `JSONEncoder`. `SortedJSONEncoderTests` hold the two to the same bytes.
enum SortedJSONEncoder {
  /// Thrown for a value written otherwise than `JSONEncoder` would write it.
  struct Declined: Error {}

  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let output = SortedJSONOutput()
    try output.write(value)
    guard !output.declined else { throw Declined() }
    return output.bytes
  }
}

/// The bytes being written, shared by every value's encoder.
final class SortedJSONOutput {
  // Only ever used by one thread, one access at a time: checking every append for
  // overlapping access was a tenth of the writing.
  @exclusivity(unchecked) var bytes: [UInt8] = []
  /// Set by anything `SortedJSONEncoder` declines; the bytes are then not to be used.
  @exclusivity(unchecked) var declined = false
  /// The members of the objects open, one level for each depth (objects close in the
  /// reverse order they open), kept from one object to the next.
  @exclusivity(unchecked) var levels: [SortedJSONLevel] = []
  @exclusivity(unchecked) var depth = 0

  init() { bytes.reserveCapacity(1 << 16) }

  /// Writes `value` whole: its container opened by its own `encode(to:)` and closed here.
  /// The types the encoder writes its own way are told by their metadata, not by casting
  /// each value: `T` is always a concrete type (no `any Encodable` is `Encodable`).
  func write<T: Encodable>(_ value: T) throws {
    if T.self == String.self {
      JSONText.string(unsafeBitCast(value, to: String.self), into: &bytes)
    } else if T.self == Decimal.self {
      bytes += unsafeBitCast(value, to: Decimal.self).description.utf8
    } else if T.self == Date.self || T.self == Data.self || T.self == URL.self {
      declined = true
    } else {
      let encoder = SortedJSONValueEncoder(output: self)
      try value.encode(to: encoder)
      encoder.finish()
    }
  }

  /// A `Double` or `Float` as its description without a trailing `.0`; one that is not
  /// finite is declined (the encoder throws for it).
  func number(_ value: some BinaryFloatingPoint & CustomStringConvertible) {
    guard value.isFinite else {
      declined = true
      return
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes += text.utf8
  }
}

/// The encoder one value's `encode(to:)` is given: it remembers which container the value
/// asked for, so that the object's keys can be put in order when the value is done.
final class SortedJSONValueEncoder: Encoder {
  let output: SortedJSONOutput
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  enum State {
    case nothing
    case object(SortedJSONObject)
    case array(SortedJSONArray)
    case single(written: Bool)
  }
  var state = State.nothing

  init(output: SortedJSONOutput) { self.output = output }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let object: SortedJSONObject
    switch state {
    case .nothing:
      object = SortedJSONObject(opening: output)
      state = .object(object)
    case .object(let open):
      object = open
    case .array, .single:
      output.declined = true
      object = SortedJSONObject(opening: SortedJSONOutput())
    }
    return KeyedEncodingContainer(SortedJSONKeyedContainer<Key>(object: object))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    switch state {
    case .nothing:
      let array = SortedJSONArray(output: output)
      state = .array(array)
      return SortedJSONUnkeyedContainer(array: array)
    case .array(let open):
      return SortedJSONUnkeyedContainer(array: open)
    case .object, .single:
      output.declined = true
      return SortedJSONUnkeyedContainer(array: SortedJSONArray(output: SortedJSONOutput()))
    }
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    switch state {
    case .nothing:
      state = .single(written: false)
    case .single:
      break
    case .object, .array:
      output.declined = true
    }
    return SortedJSONSingleContainer(encoder: self)
  }

  /// Closes what the value opened; a value that encoded nothing is declined (the encoder
  /// writes it as an empty object).
  func finish() {
    switch state {
    case .nothing, .single(written: false): output.declined = true
    case .single(written: true): break
    case .object(let object): object.close()
    case .array(let array): array.close()
    }
  }
}
