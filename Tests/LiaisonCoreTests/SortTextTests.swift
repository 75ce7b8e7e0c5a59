import Testing

@testable import LiaisonCore

/// Coverage rows are ordered by name through `SortText`, which compares bytes where it can:
/// it must order every pair of texts exactly as `String` does, or a report's rows would move.
@Suite struct SortTextTests {
  static let texts = [
    "", " ", "a", "A", "ab", "b", "Z", "~", "M0001", "M0010", "M001", "H00001", "2026-11-23",
    "张", "张三", "张建国", "欧阳小明", "李玉兰", "凤林村", "凤林村第一网格", "新塘边村", "一", "丁",
    "（一）", "、", "，", "\u{3000}", "㐀", "\u{9FFF}", "\u{20000}", "\u{F900}", "\u{2F800}",
    "é", "e\u{301}", "e\u{301}\u{323}", "e\u{323}\u{301}", "\u{1E0B}\u{323}", "Å", "A\u{30A}",
    "\u{212B}", "ｅ", "ﬁ", "한", "\u{1112}\u{1161}\u{11AB}", "が", "か\u{3099}", "👍", "👍🏽",
    "🇨🇳", "\u{1B}[31m", "\r\n", "\n", "\u{0}", "\u{7F}", "\u{FFFD}", "Ω", "\u{2126}", "ß",
    // Around the 16 bytes compared as numbers: NULs that pad, returns, long shared starts.
    "\r", "a\r\nb", "\r\r\n", "\n\r", "ab\u{0}", "ab\u{0}\u{0}c", "0123456789abcdef",
    "0123456789abcde\u{0}", "0123456789abcdef\u{0}", "0123456789abcdefg", "0123456789abcdefh",
    "01234567", "01234567\u{0}", "凤林村第一网", "凤林村第一网格A", "凤林村第一网格B", "张\u{301}三",
    "凤林村第一网格e\u{301}", "凤林村第一网格é", "凤林村第一网格\r\n", "\u{AD}", "a\u{AD}b",
  ]

  @Test func ordersEveryPairAsStringDoes() {
    let all =
      Self.texts + Self.texts.flatMap { first in ["张", "a", "é", "e\u{301}"].map { first + $0 } }
    var differing: [String] = []
    for a in all {
      for b in all {
        let left = CoverageReport.SortText(a)
        let right = CoverageReport.SortText(b)
        if (left < right) != (a < b) || (left == right) != (a == b) || left.count != a.count {
          differing.append("\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
        }
      }
    }
    #expect(differing.isEmpty, "ordered differently: \(differing.prefix(10))")
  }

  @Test func sortsNamesAsStringsSort() {
    let names = Self.texts.shuffled()
    #expect(names.map(CoverageReport.SortText.init).sorted().map(\.text) == names.sorted())
  }
}
