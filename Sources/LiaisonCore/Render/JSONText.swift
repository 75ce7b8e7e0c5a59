/// A string as JSON text, escaped as `JSONEncoder` escapes it with `.withoutEscapingSlashes`:
/// a quote and a backslash by a backslash, backspace, form feed, newline, return and tab
/// by their letters, every other control character as `\u00xx` in lower-case hex, and
/// everything else — DEL, U+2028, all of Unicode — as its own UTF-8 bytes.
enum JSONText {
  static func string(_ value: String, into bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      guard utf8.contains(where: needsEscape) else {
        bytes.append(contentsOf: utf8)
        return
      }
      for byte in utf8 {
        guard needsEscape(byte) else {
          bytes.append(byte)
          continue
        }
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
          bytes += "u00".utf8
          bytes.append(hex(byte >> 4))
          bytes.append(hex(byte & 0x0F))
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  private static func hex(_ digit: UInt8) -> UInt8 {
    digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
  }
}
