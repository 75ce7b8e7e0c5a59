/// Terminal column widths, so Chinese text lines up in tables and wraps in the right place.
///
/// `String.count` counts graphemes, but terminals draw East Asian wide characters in two
/// columns and marks in none, so every layout decision must measure with this instead.
public enum DisplayWidth {
  /// The columns `text` occupies; ANSI escape sequences (colours) occupy none.
  public static func of(_ text: String) -> Int {
    commonWidth(of: text) ?? generalWidth(of: text)
  }

  /// The width of any text, grapheme by grapheme: what `commonWidth` must always agree with.
  static func generalWidth(of text: String) -> Int {
    var total = 0
    forEachCell(of: text) { _, width in total += width }
    return total
  }

  /// The columns one grapheme occupies: its first visible scalar decides.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    // VS16 asks for emoji presentation, which terminals draw two columns wide.
    if scalars.contains("\u{FE0F}"), let first = scalars.first, first.properties.isEmoji {
      return 2
    }
    for scalar in scalars {
      let width = of(scalar)
      if width > 0 { return width }
    }
    return 0
  }

  /// The columns one scalar occupies on its own: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 { return 0 }
    if value < 0x7F { return 1 }
    if value < 0xA0 { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
      return 0
    default:
      break
    }
    // Medial vowels and final consonants of Hangul Jamo join the preceding leading consonant.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
    return 1
  }

  /// Calls `body` with every grapheme of `text` and its width, giving ANSI CSI sequences
  /// (such as `ESC [ 31 m`) zero width so coloured cells still measure correctly.
  static func forEachCell(of text: String, _ body: (Character, Int) -> Void) {
    var state = EscapeState.text
    for character in text {
      if state == .sequence {
        if let byte = character.asciiValue, (0x20...0x7E).contains(byte) {
          body(character, 0)
          if byte >= 0x40 { state = .text }
          continue
        }
        state = .text  // Malformed sequence: show the rest rather than swallow it.
      } else if state == .escape {
        state = .text
        if character == "[" {
          state = .sequence
          body(character, 0)
          continue
        }
      }
      if character == "\u{1B}" {
        state = .escape
        body(character, 0)
      } else {
        body(character, of(character))
      }
    }
  }

  private enum EscapeState { case text, escape, sequence }

  private static func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges from Unicode's EastAsianWidth.txt, sorted.
  /// Emoji are left out because `isEmojiPresentation` already covers them.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo leading consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x2E99, 0x2E9B...0x2EF3,  // CJK radicals supplement
    0x2F00...0x2FD5,  // Kangxi radicals
    0x2FF0...0x2FFF,  // ideographic description characters
    0x3000...0x303E,  // CJK symbols and punctuation
    0x3041...0x3096, 0x3099...0x30FF,  // Hiragana, Katakana
    0x3105...0x312F,  // Bopomofo
    0x3131...0x318E,  // Hangul compatibility Jamo
    0x3190...0x31E5,  // Kanbun, Bopomofo extended, CJK strokes
    0x31EF...0x321E, 0x3220...0x3247,  // Katakana extensions, enclosed CJK
    0x3250...0xA48C,  // enclosed CJK, CJK compatibility, ideographs and extension A, Yi
    0xA490...0xA4C6,  // Yi radicals
    0xA960...0xA97C,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,  // CJK compatibility and small forms
    0xFF01...0xFF60,  // fullwidth ASCII and brackets
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4, 0x16FF0...0x16FF1,  // ideographic symbols
    0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,  // Tangut, Khitan
    0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE,  // Kana extended B
    0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,  // Kana supplement
    0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB,  // small Kana, Nushu
    0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,  // enclosed ideographs
    0x1F250...0x1F251, 0x1F260...0x1F265,
    0x20000...0x2FFFD,  // CJK extensions B-F, compatibility supplement
    0x30000...0x3FFFD,  // CJK extensions G-H
  ]
}
