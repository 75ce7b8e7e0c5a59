/// Text made safe for XML content and attribute values.
enum XMLText {
  /// `text` with `& < > "` escaped, carriage returns kept as a character reference, and the
  /// control characters XML 1.0 forbids (and a spreadsheet would show as garbage) dropped.
  static func escaped(_ text: String) -> String {
    let needsWork = text.utf8.contains { byte in
      byte < 0x20 && byte != 0x09 && byte != 0x0A || byte == UInt8(ascii: "&")
        || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }
    guard needsWork || text.unicodeScalars.contains(where: isForbidden) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "\r": output += "&#13;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || isForbidden(scalar) { continue }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// U+FFFE and U+FFFF are not XML characters.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }
}
