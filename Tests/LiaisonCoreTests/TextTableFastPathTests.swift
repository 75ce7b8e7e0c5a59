import Testing

@testable import LiaisonCore

/// A county's tables are laid out through quick paths: tabs and line breaks found by their
/// bytes, and a row that fits written straight into the table. Over texts of every kind
/// they must give what the plain definitions give — graphemes flattened and measured one by
/// one, each line padded and its trailing spaces trimmed on its own — or columns would move.
@Suite struct TextTableFastPathTests {
  /// Cells of every kind, including what only the general paths understand.
  static let corpus =
    DisplayWidthCommonTextTests.pieces + [
      "张建国", "凤林村", "第1网格", "王芳、李玉兰", "—", "2026-12-01", "Li Lei", "a\tb", "a\nb", "a\r\nb",
      "x\u{85}y", "x\u{2028}y", "x\u{2029}y", "\u{2027}", "\u{2030}", "\u{E2}", "\u{C2}", "end ",
      "  ", " lead", "\u{600} ", "\u{600}", "e\u{301} ", "张 \u{301}", "\u{1B}[31m红\u{1B}[0m",
      "👍 ", "\u{200D} ", "🇨🇳🇨", "\u{0B}", "\u{0C}", "\r",
    ]

  @Test func tabsAndLineBreaksAreFoundByTheirBytesAsByTheirGraphemes() {
    var differing: [String] = []
    for first in Self.corpus {
      for second in ["", "a", "中", "\u{301}", "\n", "\u{2028}"] {
        let text = first + second
        let graphemes = text.contains { $0.isNewline || $0 == "\t" }
        if TextTable.holdsTabOrLineBreak(text) != graphemes {
          differing.append("\(text.unicodeScalars.map(\.value))")
        }
      }
    }
    #expect(differing.isEmpty, "found differently: \(differing.prefix(10))")
  }

  /// The table laid out by the plain definitions, for a width it fits in.
  static func plainTable(_ columns: [TextTable.Column], _ rows: [[String]]) -> String {
    func flattened(_ text: String) -> String {
      String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
    let headings = columns.map { flattened($0.heading) }
    let cells = rows.map { row in columns.indices.map { $0 < row.count ? flattened(row[$0]) : "" } }
    let widths = columns.indices.map { index in
      cells.map { DisplayWidth.generalWidth(of: $0[index]) }
        .reduce(DisplayWidth.generalWidth(of: headings[index]), max)
    }
    func line(_ texts: [String]) -> String {
      var line = ""
      for (index, text) in texts.enumerated() {
        if index > 0 { line += "  " }
        let padding = String(
          repeating: " ", count: widths[index] - DisplayWidth.generalWidth(of: text))
        line += columns[index].alignment == .left ? text + padding : padding + text
      }
      while line.last == " " { line.removeLast() }
      return line + "\n"
    }
    return line(headings) + line(widths.map { String(repeating: "─", count: $0) })
      + cells.map(line).joined()
  }

  @Test func aTableThatFitsIsLaidOutAsThePlainDefinitionsSay() {
    let columns: [TextTable.Column] = [
      .init("名称"), .init("编号", alignment: .right), .init("备注", kind: .prose),
    ]
    var differing: [String] = []
    for (index, text) in Self.corpus.enumerated() {
      let next = Self.corpus[(index + 7) % Self.corpus.count]
      // Each text in each place, the last one left out too: a row may end in empty cells.
      let rows = [
        [text, next, text + next], [next, text], [text], ["", "", text], ["张三", "1", ""],
      ]
      let table = TextTable(columns: columns, rows: rows)
      if table.render(width: 1_000) != Self.plainTable(columns, rows) {
        differing.append("\(text.unicodeScalars.map(\.value))")
      }
    }
    #expect(differing.isEmpty, "laid out differently: \(differing.prefix(10))")
  }
}
