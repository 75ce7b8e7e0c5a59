import Testing

@testable import LiaisonCore

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0),
    ("hello", 5),
    ("中文", 4),
    ("张三 M0001", 10),
    ("（）、，。！", 12),
    ("ｱｲｳ", 3),
    ("ひらがなカタカナ", 16),
    ("한국어", 6),
    ("ㄅㄆㄇ", 6),
    ("ＡＢＣ", 6),
    ("👍", 2),
    ("ok👍", 4),
    ("e\u{301}", 1),
    ("a\u{200B}b", 2),
    ("\u{FEFF}x", 1),
    ("\u{1B}[31m红色\u{1B}[0m", 4),
    ("\u{1B}[1;32mOK\u{1B}[0m done", 7),
    ("\t\r\n", 0),
  ])
  func stringWidth(text: String, expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test func scalarsFollowEastAsianWidth() {
    #expect(DisplayWidth.of(Unicode.Scalar("A")) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar("中")) == 2)
    #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2)  // ideographic space
    #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2)  // CJK extension B
    #expect(DisplayWidth.of(Unicode.Scalar(0xFF61)!) == 1)  // halfwidth ideographic full stop
    #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)  // combining acute
    #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)  // variation selector 16
    #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)  // zero-width joiner
    #expect(DisplayWidth.of(Unicode.Scalar(0x07)!) == 0)  // bell
    #expect(DisplayWidth.of(Unicode.Scalar(0x85)!) == 0)  // C1 next line
    #expect(DisplayWidth.of(Unicode.Scalar("é")) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar("—")) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar("─")) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar("…")) == 1)
  }

  @Test func charactersUseTheirFirstVisibleScalar() {
    #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
    #expect(DisplayWidth.of(Character("\u{1100}\u{1161}")) == 2)  // conjoining Hangul jamo
    #expect(DisplayWidth.of(Character("👍🏽")) == 2)  // skin tone modifier
    #expect(DisplayWidth.of(Character("👨‍👩‍👧")) == 2)  // ZWJ family
    #expect(DisplayWidth.of(Character("🇨🇳")) == 2)  // flag
    #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
  }

  @Test func emojiVariationSelectorMakesTextSymbolsWide() {
    #expect(DisplayWidth.of(Character("\u{2764}")) == 1)  // ❤ text style
    #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 2)  // ❤️ emoji style
    #expect(DisplayWidth.of(Character("1\u{FE0F}\u{20E3}")) == 2)  // keycap 1️⃣
    #expect(DisplayWidth.of(Character("a\u{FE0F}")) == 1)  // not an emoji base
  }

  @Test func malformedEscapeSequencesDoNotSwallowText() {
    #expect(DisplayWidth.of("\u{1B}x") == 1)
    #expect(DisplayWidth.of("\u{1B}[31中文") == 4)
    #expect(DisplayWidth.of("\u{1B}[") == 0)
  }

  @Test func wideRangesAreSortedAndDisjointForBinarySearch() {
    let ranges = DisplayWidth.wideRanges
    for (previous, next) in zip(ranges, ranges.dropFirst()) {
      #expect(previous.upperBound < next.lowerBound, "\(previous) overlaps \(next)")
    }
    // Both ends of every range are wide, and the scalars just outside are not in the table.
    for range in ranges {
      if let scalar = Unicode.Scalar(range.lowerBound),
        scalar.properties.generalCategory != .nonspacingMark
      {
        #expect(DisplayWidth.of(scalar) == 2)
      }
    }
    #expect(DisplayWidth.of(Unicode.Scalar(0x303F)!) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar(0xFF61)!) == 1)
    #expect(DisplayWidth.of(Unicode.Scalar(0x10FF)!) == 1)
  }

  @Test func stringWidthIsTheSumOfCharacterWidths() {
    let text = "用 --data 指定数据文件夹，好！👍"
    #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
  }
}
