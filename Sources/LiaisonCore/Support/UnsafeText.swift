/// Characters that act on a terminal or a spreadsheet instead of showing: C0 controls
/// (ESC starts a terminal command, BEL rings, CR overwrites a line), DEL, C1 controls, and
/// the bidirectional overrides and isolates that make text read backwards (U+202E).
///
/// Typed and imported text is refused when it holds one (tab and newline are fine: notes
/// hold several lines); text already stored — a hand edit, a file from a USB stick — is
/// shown with each one written out as `\u001b`, which is also how JSON writes it.
public enum UnsafeText {
  /// The first character of `text` that is not let in, or nil.
  public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { isUnsafe($0) && $0 != "\t" && $0 != "\n" }
  }

  /// How a refused character is named in a message: `U+001B`.
  public static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(4 - hex.count, 0)) + hex
  }

  /// `text` as it may reach a terminal or a file: every unsafe character written out as
  /// `\u001b`, tabs and newlines kept, and a carriage return kept only before a newline
  /// (CSV's line ends).
  public static func visible(_ text: String) -> String {
    holdsUnsafe(text) ? escaped(text) : text
  }

  /// `visible`'s walk, scalar by scalar, for text that holds something to write out.
  static func escaped(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let lineEnd = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
      if isUnsafe(scalar), scalar != "\t", scalar != "\n", !lineEnd {
        let hex = String(scalar.value, radix: 16)
        result.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            .unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` shows nothing: only spaces and zero-width characters (a "name" made of
  /// U+200B is no name).
  public static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy {
      $0.properties.isWhitespace || zeroWidth.contains($0.value)
    }
  }

  static let zeroWidth: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x00AD]

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x200E, 0x200F: true
    default: false
    }
  }

  /// Whether `text` holds a character `visible` writes out, read from its UTF-8 bytes: most
  /// output is plain and goes out untouched, a CSV's CR LF line ends and Chinese quotes and
  /// dashes (U+201C, U+2014, which share the bidirectional controls' first two bytes)
  /// included. Each unsafe character's bytes: a C0 byte but tab, newline and a carriage
  /// return before a newline; DEL; C2 80–9F (C1); D8 9C (U+061C); E2 80 8E–8F, E2 80 AA–AE
  /// and E2 81 A6–A9 (the marks, embeddings and isolates).
  static func holdsUnsafe(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      var at = 0
      while at < count {
        let byte = bytes[at]
        if byte < 0x20 {
          if byte == 0x0D, at + 1 < count, bytes[at + 1] == 0x0A {
            at += 2
            continue
          }
          if byte != 0x09, byte != 0x0A { return true }
        } else if byte == 0x7F {
          return true
        } else if byte >= 0xC2, at + 1 < count {
          let next = bytes[at + 1]
          switch byte {
          case 0xC2 where (0x80...0x9F).contains(next): return true
          case 0xD8 where next == 0x9C: return true
          case 0xE2 where at + 2 < count:
            let third = bytes[at + 2]
            if next == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) {
              return true
            }
            if next == 0x81, (0xA6...0xA9).contains(third) { return true }
          default: break
          }
        }
        at += 1
      }
      return false
    }
  }
}
