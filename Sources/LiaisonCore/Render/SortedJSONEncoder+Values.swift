/// What an array's elements and a single value are written with: the same values in the
/// same words, each put where its container puts it (`put`).
protocol SortedJSONValueWriter {
  var output: SortedJSONOutput { get }
  /// Writes one value, as the container places it.
  func put(_ write: () throws -> Void) rethrows
}

extension SortedJSONValueWriter {
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { put { output.bytes += "null".utf8 } }
  mutating func encode(_ value: Bool) throws {
    put { output.bytes += (value ? "true" : "false").utf8 }
  }
  mutating func encode(_ value: String) throws {
    put { JSONText.string(value, into: &output.bytes) }
  }
  mutating func encode(_ value: Double) throws { put { output.number(value) } }
  mutating func encode(_ value: Float) throws { put { output.number(value) } }
  mutating func encode(_ value: Int) throws { integer(value) }
  mutating func encode(_ value: Int8) throws { integer(value) }
  mutating func encode(_ value: Int16) throws { integer(value) }
  mutating func encode(_ value: Int32) throws { integer(value) }
  mutating func encode(_ value: Int64) throws { integer(value) }
  mutating func encode(_ value: UInt) throws { integer(value) }
  mutating func encode(_ value: UInt8) throws { integer(value) }
  mutating func encode(_ value: UInt16) throws { integer(value) }
  mutating func encode(_ value: UInt32) throws { integer(value) }
  mutating func encode(_ value: UInt64) throws { integer(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try put { try output.write(value) } }

  private func integer(_ value: some FixedWidthInteger) {
    put { output.bytes += value.description.utf8 }
  }
}

/// The elements of an array as `SortedJSONEncoder` writes them.
struct SortedJSONUnkeyedContainer: UnkeyedEncodingContainer, SortedJSONValueWriter {
  let array: SortedJSONArray
  var output: SortedJSONOutput { array.output }
  var count: Int { array.count }

  init(array: SortedJSONArray) { self.array = array }

  func put(_ write: () throws -> Void) rethrows { try array.add(write) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    output.declined = true
    return KeyedEncodingContainer(
      SortedJSONKeyedContainer<NestedKey>(object: SortedJSONObject(opening: SortedJSONOutput())))
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    output.declined = true
    return SortedJSONUnkeyedContainer(array: SortedJSONArray(output: SortedJSONOutput()))
  }
  mutating func superEncoder() -> any Encoder {
    output.declined = true
    return SortedJSONValueEncoder(output: SortedJSONOutput())
  }
}

/// A value that is one string, number, boolean or null (or one other value), as
/// `SortedJSONEncoder` writes it; a second value written to it is declined.
struct SortedJSONSingleContainer: SingleValueEncodingContainer, SortedJSONValueWriter {
  let encoder: SortedJSONValueEncoder
  var output: SortedJSONOutput { encoder.output }

  /// Runs `write` once; a second write is declined, as the encoder refuses it.
  func put(_ write: () throws -> Void) rethrows {
    if case .single(written: false) = encoder.state {
      encoder.state = .single(written: true)
      try write()
    } else {
      output.declined = true
    }
  }
}
