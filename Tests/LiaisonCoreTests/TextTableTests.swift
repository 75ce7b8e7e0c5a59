import Testing

@testable import LiaisonCore

@Suite struct TextTableTests {
  let roster = TextTable(
    columns: [.init("姓名"), .init("编号"), .init("村"), .init("户数", alignment: .right)],
    rows: [
      ["张三", "M0001", "东村", "12"],
      ["欧阳明月", "M0002", "西山村", "3"],
      ["Li Lei", "M10", "南", "120"],
    ])

  /// The display column at which `cell` starts in `line`, searching after `from`.
  private func start(of cell: String, in line: String, from: inout String.Index) -> Int? {
    guard let range = line[from...].firstRange(of: cell) else { return nil }
    from = range.upperBound
    return DisplayWidth.of(String(line[..<range.lowerBound]))
  }

  @Test func rendersExactly() {
    let expected = """
      姓名      编号   村      户数
      ────────  ─────  ──────  ────
      张三      M0001  东村      12
      欧阳明月  M0002  西山村     3
      Li Lei    M10    南       120

      """
    #expect(roster.render(width: 200) == expected)
  }

  @Test func chineseColumnsLineUp() {
    let lines = roster.render(width: 200).split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    for (line, row) in zip(lines.dropFirst(2), roster.rows) {
      var cursor = line.startIndex
      #expect(start(of: row[0], in: line, from: &cursor) == 0)
      #expect(start(of: row[1], in: line, from: &cursor) == 10)
      #expect(start(of: row[2], in: line, from: &cursor) == 17)
      // Right-aligned: the number ends where the column ends.
      let numberStart = start(of: row[3], in: line, from: &cursor)
      #expect(numberStart.map { $0 + row[3].count } == 29)
      #expect(DisplayWidth.of(line) == 29)
    }
  }

  @Test func rightAlignedNumbersPadOnTheLeft() {
    let table = TextTable(
      columns: [.init("项目"), .init("数量", alignment: .right)],
      rows: [["a", "5"], ["b", "12345"], ["c", ""]])
    let lines = table.render(width: 200).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "项目   数量")
    #expect(lines[1] == "────  ─────")
    #expect(lines[2] == "a         5")
    #expect(lines[3] == "b     12345")
    #expect(lines[4] == "c")
    #expect(lines[5] == "")
  }

  @Test func noTrailingSpacesAndEndsWithNewline() {
    let table = TextTable(
      columns: [.init("名称"), .init("备注")],
      rows: [["甲", "很长很长的备注"], ["乙", ""], ["", "x"], ["丙 ", "尾部空格  "]])
    let output = table.render(width: 200)
    #expect(output.hasSuffix("\n"))
    for line in output.split(separator: "\n") {
      #expect(line.last != " ", "trailing space in: \(line)")
    }
    #expect(output.contains("\n乙\n"))
  }

  @Test func newlinesAndTabsInCellsBecomeSpaces() {
    let table = TextTable(columns: [.init("地址")], rows: [["第一行\n第二行"], ["a\r\nb\tc"]])
    #expect(table.render(width: 200) == "地址\n─────────────\n第一行 第二行\na b c\n")
    let heading = TextTable(columns: [.init("两\n行")])
    #expect(heading.render(width: 200) == "两 行\n─────\n")
  }

  @Test func zeroRowsRenderHeadingsAndRule() {
    let table = TextTable(columns: [.init("姓名"), .init("电话", alignment: .right)])
    #expect(table.render(width: 200) == "姓名  电话\n────  ────\n")
    #expect(TextTable(columns: []).render(width: 200) == "")
  }

  @Test func missingCellsAreEmptyAndExtraCellsIgnored() {
    let table = TextTable(columns: [.init("a"), .init("b")], rows: [["1"], ["2", "3", "4"]])
    #expect(table.render(width: 200) == "a  b\n─  ─\n1\n2  3\n")
  }

  @Test func colouredCellsAlignByVisibleWidth() {
    let table = TextTable(
      columns: [.init("状态"), .init("姓名")],
      rows: [["\u{1B}[32m正常\u{1B}[0m", "张三"], ["停用", "李四"]])
    let lines = table.render(width: 200).split(separator: "\n").map(String.init)
    #expect(lines[2] == "\u{1B}[32m正常\u{1B}[0m  张三")
    #expect(lines[3] == "停用  李四")
  }
}
