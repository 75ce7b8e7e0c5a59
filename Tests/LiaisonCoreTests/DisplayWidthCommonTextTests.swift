import Testing

@testable import LiaisonCore

/// The quick measure for ASCII and Chinese must give what the grapheme-by-grapheme one
/// gives, or tables would shift by a column; and it must leave everything else to it.
@Suite struct DisplayWidthCommonTextTests {
  /// Pieces a record or a report may hold, from the common (ASCII, Chinese, fullwidth) to
  /// what only the general path understands.
  static let pieces = [
    "", "a", "Z", " ", "~", "M0001", "2026-11-23", "张", "建国", "、", "，", "（", "）", "。", "「",
    "—", "…", "“", "─", "═", "￥", "\u{3000}", "㐀", "\u{4DBF}", "\u{9FFF}", "\u{3029}",
    "\u{3030}", "\u{303E}", "\u{303F}", "e\u{301}", "\u{301}", "\u{302A}", "\u{3099}", "が",
    "ｱ", "한", "\u{1100}\u{1161}", "\u{11A8}", "👍", "👍🏽", "👨‍👩‍👧", "🇨🇳", "❤\u{FE0F}", "\u{FE0F}",
    "\u{FE00}", "\u{E0100}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2028}",
    "\u{1B}", "\u{1B}[31m", "\u{1B}[0m", "\u{1B}[", "\t", "\r\n", "\n", "\u{0}", "\u{7F}",
    "\u{85}", "\u{A0}", "é", "·", "\u{20000}", "\u{F900}", "ｰ", "\u{FF61}",
  ]

  @Test func everyCommonScalarHasTheGeneralWidthAndIsAGraphemeOfItsOwn() {
    var ranges = DisplayWidth.commonRanges.map(\.0)
    ranges.append(0x20...0x7E)
    var differing: [String] = []
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = String(scalar)
        let common = DisplayWidth.commonWidth(of: text)
        // Between any two of them, and next to ASCII and Chinese, a grapheme ends.
        let joined = "a" + text + "中" + text + text + "z"
        if common == nil || common != DisplayWidth.generalWidth(of: text)
          || joined.count != 6
          || DisplayWidth.commonWidth(of: joined)
            != DisplayWidth.generalWidth(of: joined)
        {
          differing.append(String(value, radix: 16))
        }
      }
    }
    #expect(differing.isEmpty, "scalars measured differently: \(differing.prefix(20))")
  }

  @Test func everyMixOfPiecesMeasuresAsTheGeneralPathDoes() {
    var differing: [String] = []
    for first in Self.pieces {
      for second in Self.pieces {
        for third in ["", "中", "x", "\u{301}", "\u{1B}[1m"] {
          let text = first + second + third
          if DisplayWidth.of(text) != DisplayWidth.generalWidth(of: text)
            || DisplayWidth.commonWidth(of: text).map({ $0 != DisplayWidth.of(text) }) ?? false
          {
            differing.append(
              text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
          }
        }
      }
    }
    #expect(differing.isEmpty, "texts measured differently: \(differing.prefix(20))")
  }

  @Test(arguments: [
    "e\u{301}", "中\u{FE00}", "中\u{E0100}", "👍", "❤\u{FE0F}", "\u{1B}[31m红\u{1B}[0m", "a\tb", "\r\n",
    "한국", "ｱｲｳ", "が", "\u{3099}", "\u{302A}", "\u{200B}", "\u{7F}", "é", "\u{F900}",
  ])
  func whatItDoesNotKnowGoesToTheGeneralPath(text: String) {
    #expect(DisplayWidth.commonWidth(of: text) == nil)
  }

  @Test func reportTextIsMeasuredQuickly() {
    #expect(DisplayWidth.commonWidth(of: "") == 0)
    #expect(DisplayWidth.commonWidth(of: "凤林村第一网格") == 14)
    #expect(DisplayWidth.commonWidth(of: "H00001  张建国、欧阳小明  2026-11-23  —") == 39)
    #expect(DisplayWidth.commonWidth(of: "（联系户不足 7 户）") == 19)
    #expect(DisplayWidth.commonWidth(of: "───═══") == 6)
  }
}
