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
    #expect(roster.render() == expected)
  }

  @Test func chineseColumnsLineUp() {
    let lines = roster.render().split(separator: "\n").map(String.init)
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
    let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false)
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
    let output = table.render()
    #expect(output.hasSuffix("\n"))
    for line in output.split(separator: "\n") {
      #expect(line.last != " ", "trailing space in: \(line)")
    }
    #expect(output.contains("\n乙\n"))
  }

  @Test func newlinesAndTabsInCellsBecomeSpaces() {
    let table = TextTable(columns: [.init("地址")], rows: [["第一行\n第二行"], ["a\r\nb\tc"]])
    #expect(table.render() == "地址\n─────────────\n第一行 第二行\na b c\n")
    let heading = TextTable(columns: [.init("两\n行")])
    #expect(heading.render() == "两 行\n─────\n")
  }

  @Test func zeroRowsRenderHeadingsAndRule() {
    let table = TextTable(columns: [.init("姓名"), .init("电话", alignment: .right)])
    #expect(table.render() == "姓名  电话\n────  ────\n")
    #expect(TextTable(columns: []).render() == "")
  }

  @Test func missingCellsAreEmptyAndExtraCellsIgnored() {
    let table = TextTable(columns: [.init("a"), .init("b")], rows: [["1"], ["2", "3", "4"]])
    #expect(table.render() == "a  b\n─  ─\n1\n2  3\n")
  }

  @Test func truncatesWideChineseColumnToFit() {
    let table = TextTable(
      columns: [.init("姓名"), .init("地址"), .init("人数", alignment: .right)],
      rows: [
        ["张三", "浙江省杭州市西湖区文三路100号", "3"],
        ["欧阳明月", "A1栋3单元5021室（东）", "12"],
        ["李四", "东村", "1"],
      ])
    let output = table.render(maxWidth: 30)
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    for line in lines {
      #expect(DisplayWidth.of(line) == 30, "wrong width: \(line)")
    }
    // Cut one column short of a wide character: padded with a space instead.
    #expect(lines[2] == "张三      浙江省杭州市…      3")
    #expect(lines[3] == "欧阳明月  A1栋3单元5021…    12")
    #expect(lines[4] == "李四      东村" + String(repeating: " ", count: 15) + "1")
  }

  @Test func shrinkingStopsAtHeadingOrFour() {
    let table = TextTable(
      columns: [.init("编号"), .init("很长的标题"), .init("n", alignment: .right)],
      rows: [["ABCDEFGHIJ", "一二三四五六七八九十", "1234567"]])
    let lines = table.render(maxWidth: 5).split(separator: "\n").map(String.init)
    // 编号 floors at 4, 很长的标题 at its heading width 10; right-aligned columns stay whole.
    #expect(lines[0] == "编号  很长的标题        n")
    #expect(lines[2] == "ABC…  一二三四…   1234567")
  }

  @Test func fitsWithoutChangeWhenAlreadyNarrowEnough() {
    #expect(roster.render(maxWidth: 29) == roster.render())
    #expect(roster.render(maxWidth: 200) == roster.render())
  }

  @Test func colouredCellsAlignByVisibleWidth() {
    let table = TextTable(
      columns: [.init("状态"), .init("姓名")],
      rows: [["\u{1B}[32m正常\u{1B}[0m", "张三"], ["停用", "李四"]])
    let lines = table.render().split(separator: "\n").map(String.init)
    #expect(lines[2] == "\u{1B}[32m正常\u{1B}[0m  张三")
    #expect(lines[3] == "停用  李四")
  }
}
