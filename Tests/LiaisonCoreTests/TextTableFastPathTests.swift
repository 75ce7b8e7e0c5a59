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

  /// A county's table is laid out in two halves, one on each core: it must be the table laid
  /// out in one, wrapped rows and all.
  static var manyRows: [[String]] {
    (0..<(2 * 4_096 + 3)).map { number in
      let text = corpus[number % corpus.count]
      return [text, String(number), corpus[(number * 7) % corpus.count] + text]
    }
  }

  @Test func aTableOfManyRowsIsTheSameLaidOutInHalves() {
    let columns: [TextTable.Column] = [
      .init("名称"), .init("编号", alignment: .right), .init("备注", kind: .prose),
    ]
    let rows = Self.manyRows
    #expect(
      TextTable(columns: columns, rows: rows).render(width: 1_000)
        == Self.plainTable(columns, rows))
    // Narrower: names wrap between their items and notes go under their rows. A first row
    // widest in every way fixes the layout, so each row's lines are what a table of that
    // first row and it alone gives after the first row's.
    let widest = [
      "W" + String(repeating: "w", count: 29) + "、" + String(repeating: "v", count: 40),
      String(repeating: "9", count: 12),
      String(repeating: "X", count: 30) + " " + String(repeating: "x", count: 60),
    ]
    let table = TextTable(columns: columns, rows: [widest] + rows)
    let start = TextTable(columns: columns, rows: [widest]).render(width: 80)
    let byRow = rows.map { row in
      TextTable(columns: columns, rows: [widest, row]).render(width: 80).dropFirst(start.count)
    }
    let narrow = table.render(width: 80)
    #expect(narrow == start + byRow.joined())
    #expect(narrow.split(separator: "\n").count > rows.count * 3 / 2, "rows wrap")
  }

  @Test func aCSVReportOfManyRowsIsTheSameWrittenInHalves() {
    let rows = Self.manyRows
    let document = ReportDocument(
      title: "覆盖",
      blocks: [.table(.init(columns: [.init("名称"), .init("编号"), .init("备注")], rows: rows))])
    let writer = CSVWriter()
    let expected =
      CSVWriter.byteOrderMark + writer.line(["覆盖"]) + writer.line(["名称", "编号", "备注"])
      + rows.map(writer.line).joined()
    #expect(CSVReportRenderer().render(document) == expected)
  }
}
