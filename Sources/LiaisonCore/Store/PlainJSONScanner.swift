/// Reads the bytes of a plain JSON object for `PlainJSONObject`; nil at the first thing
/// outside the plain shape.
struct PlainJSONScanner {
  private let bytes: UnsafeRawBufferPointer
  private var at = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var atEnd: Bool { at == bytes.count }

  /// `{"key":value,…}`; objects nest one level (a visit's `look` and `ask`).
  mutating func object(into object: inout PlainJSONObject, depth: Int = 0) -> Bool {
    guard take(UInt8(ascii: "{")) else { return false }
    if take(UInt8(ascii: "}")) { return true }
    repeat {
      guard let key = raw(), take(UInt8(ascii: ":")), let value = value(depth: depth),
        object.add(key, value)
      else { return false }
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "}"))
  }

  private mutating func value(depth: Int) -> PlainJSONObject.Value? {
    guard at < bytes.count else { return nil }
    switch bytes[at] {
    case UInt8(ascii: "\""): return raw().map { .text($0) }
    case UInt8(ascii: "["):
      if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "{") {
        return depth == 0 ? objects().map { .objects($0) } : nil
      }
      return strings().map { .texts($0) }
    case UInt8(ascii: "{"):
      var nested = PlainJSONObject()
      return depth == 0 && object(into: &nested, depth: 1) ? .object(nested) : nil
    default: return integer().map { .number($0) }
    }
  }

  /// `[{…},…]`: objects of plain values, one level down.
  private mutating func objects() -> [PlainJSONObject]? {
    guard take(UInt8(ascii: "[")) else { return nil }
    var list: [PlainJSONObject] = []
    repeat {
      var element = PlainJSONObject()
      guard object(into: &element, depth: 1) else { return nil }
      list.append(element)
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "]")) ? list : nil
  }

  /// `["…",…]`
  private mutating func strings() -> [String]? {
    guard take(UInt8(ascii: "[")) else { return nil }
    var list: [String] = []
    if take(UInt8(ascii: "]")) { return list }
    repeat {
      guard let text = string() else { return nil }
      list.append(text)
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "]")) ? list : nil
  }

  /// A string without escapes or control characters, in valid UTF-8.
  private mutating func string() -> String? {
    raw().map { String(decoding: $0, as: UTF8.self) }
  }

  /// The bytes between the quotes of such a string.
  mutating func raw() -> UnsafeRawBufferPointer? {
    guard take(UInt8(ascii: "\"")), let base = bytes.baseAddress else { return nil }
    let start = at
    let end = bytes.count
    var index = at
    // Every byte ORed together: a high bit set means some byte is not ASCII.
    var seen: UInt64 = 0
    while index < end {
      // Eight bytes at a time while none of them is a quote, a backslash or a control
      // character (long texts: notes, answers, stamps), then byte by byte through the eight
      // that hold one, or the last few.
      while index + 8 <= end {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        guard !Self.holdsSpecialByte(word) else { break }
        seen |= word
        index += 8
      }
      let stop = min(index + 8, end)
      while index < stop {
        let byte = base.load(fromByteOffset: index, as: UInt8.self)
        if byte == UInt8(ascii: "\"") {
          let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
          at = index + 1
          // JSONDecoder refuses bad UTF-8 where decoding would repair it: check first.
          // (`String(validating:)` is several times slower: it is generic over the encoding.)
          return seen & 0x8080_8080_8080_8080 == 0 || Self.isValidUTF8(raw) ? raw : nil
        }
        // An escape or a raw control character: JSONDecoder's to judge.
        if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
        seen |= UInt64(byte)
        index += 1
      }
    }
    return nil
  }

  /// Whether any byte of `word` is `"`, `\` or below 0x20 (the classic zero-byte tests).
  private static func holdsSpecialByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let below20 = (word &- ones &* 0x20) & ~word & highs != 0
    return below20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
  }

  /// Well-formed UTF-8: no stray continuation bytes, no overlong forms, no surrogates,
  /// nothing past U+10FFFF.
  static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return false
      }
      guard index + length <= bytes.count else { return false }
      for offset in 1..<length {
        let byte = bytes[index + offset]
        let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        guard byte >= min, byte <= max else { return false }
      }
      index += length
    }
    return true
  }

  /// A whole number: an optional minus, then digits without a leading zero, few enough
  /// not to overflow. Fractions, exponents and `-0` are JSONDecoder's to judge.
  mutating func integer() -> Int? {
    let negative = take(UInt8(ascii: "-"))
    let start = at
    var value = 0
    while at < bytes.count, bytes[at] >= 48, bytes[at] <= 57 {
      // More than 18 digits could overflow: JSONDecoder's to judge (the test found this).
      guard at - start < 18 else { return nil }
      value = value * 10 + Int(bytes[at] - 48)
      at += 1
    }
    let digits = at - start
    guard digits > 0, digits <= 18, digits == 1 || bytes[start] != 48 else { return nil }
    if at < bytes.count {
      let next = bytes[at]
      if next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
        return nil
      }
    }
    if negative && value == 0 { return nil }
    return negative ? -value : value
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard at < bytes.count, bytes[at] == byte else { return false }
    at += 1
    return true
  }
}
