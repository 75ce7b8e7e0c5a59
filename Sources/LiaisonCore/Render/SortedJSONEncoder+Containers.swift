/// An array being written: `[`, its elements with commas between, `]`.
final class SortedJSONArray {
  let output: SortedJSONOutput
  private(set) var count = 0

  init(output: SortedJSONOutput) {
    self.output = output
    output.bytes.append(UInt8(ascii: "["))
  }

  func add(_ write: () throws -> Void) rethrows {
    if count > 0 { output.bytes.append(UInt8(ascii: ",")) }
    count += 1
    try write()
  }

  func close() { output.bytes.append(UInt8(ascii: "]")) }
}

struct SortedJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  var object: SortedJSONObject
  private var output: SortedJSONOutput { object.output }
  var codingPath: [any CodingKey] { [] }

  init(object: SortedJSONObject) { self.object = object }

  mutating func encodeNil(forKey key: Key) throws {
    object.add(key.stringValue) { output.bytes += "null".utf8 }
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    object.add(key.stringValue) { output.bytes += (value ? "true" : "false").utf8 }
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    object.add(key.stringValue) { JSONText.string(value, into: &output.bytes) }
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    object.add(key.stringValue) { output.number(value) }
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    object.add(key.stringValue) { output.number(value) }
  }
  mutating func encode(_ value: Int, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try object.add(key.stringValue) { try output.write(value) }
  }

  private func integer(_ value: some FixedWidthInteger, _ key: Key) {
    object.add(key.stringValue) { output.bytes += value.description.utf8 }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    output.declined = true
    return KeyedEncodingContainer(
      SortedJSONKeyedContainer<NestedKey>(object: SortedJSONObject(opening: SortedJSONOutput())))
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    output.declined = true
    return SortedJSONUnkeyedContainer(array: SortedJSONArray(output: SortedJSONOutput()))
  }
  mutating func superEncoder() -> any Encoder {
    output.declined = true
    return SortedJSONValueEncoder(output: SortedJSONOutput())
  }
  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}
