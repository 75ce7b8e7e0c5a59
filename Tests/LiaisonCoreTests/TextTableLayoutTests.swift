import Testing

@testable import LiaisonCore

/// How a table too wide for the page gives way: free text wraps, lists wrap between their
/// items, and ids, dates and phones are never cut — as a last resort each record becomes a
/// block of lines.
@Suite struct TextTableLayoutTests {
  let visits = TextTable(
    columns: [
      .init("编号"), .init("日期"), .init("党员"),
      .init("意见", alignment: .right), .init("备注", kind: .prose),
    ],
    rows: [
      ["V20261102-0001", "2026-11-02", "欧阳小明", "3", "老人身体好，屋里整洁，院子里种了很多菜"],
      ["V20261105-0001", "2026-11-05", "张建国", "", "Asked about 医保 renewal"],
    ])

  private func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func aTableThatFitsIsUnchangedByTheWidth() {
    #expect(visits.render(width: 200) == visits.render(width: 82))
    #expect(lines(visits.render(width: 82)).count == 5)
  }

  @Test func freeTextWrapsInItsColumnAndIdsStayWhole() {
    let output = visits.render(width: 66)
    for line in lines(output) {
      #expect(DisplayWidth.of(line) <= 66, "too wide: \(line)")
    }
    for whole in ["V20261102-0001", "V20261105-0001", "2026-11-02", "2026-11-05", "欧阳小明"] {
      #expect(output.contains(whole), "\(whole) was cut")
    }
    #expect(!output.contains("…"))
    // The note goes on under itself, in its own column.
    let rows = lines(output)
    #expect(rows[2] == "V20261102-0001  2026-11-02  欧阳小明     3  老人身体好，屋里整洁，")
    #expect(rows[3] == String(repeating: " ", count: 44) + "院子里种了很多菜")
    #expect(rows[4] == "V20261105-0001  2026-11-05  张建国          Asked about 医保")
    #expect(rows[5] == String(repeating: " ", count: 44) + "renewal")
  }

  @Test func freeTextTooNarrowForItsColumnGoesUnderItsRow() {
    let expected = """
      编号            日期        党员      意见
      ──────────────  ──────────  ────────  ────
      V20261102-0001  2026-11-02  欧阳小明     3
        备注：老人身体好，屋里整洁，院子里种了很多菜
      V20261105-0001  2026-11-05  张建国
        备注：Asked about 医保 renewal

      """
    #expect(visits.render(width: 60) == expected)
    // Going on under its first word when it is longer than the line.
    let narrow = lines(visits.render(width: 44))
    #expect(narrow[3] == "  备注：老人身体好，屋里整洁，院子里种了很多")
    #expect(narrow[4] == "        菜")
  }

  @Test func listsWrapBetweenTheirItemsOnly() {
    let table = TextTable(
      columns: [.init("户号"), .init("联系党员")],
      rows: [["H00239", "诸葛丽娟、刘长根、王振华"]])
    let rows = lines(table.render(width: 20))
    #expect(rows[2] == "H00239  诸葛丽娟、")
    #expect(rows[3] == "        刘长根、")
    #expect(rows[4] == "        王振华")
  }

  @Test func whenIdsAloneDoNotFitEachRecordIsABlock() {
    let output = visits.render(width: 30)
    let expected = """
      编号  V20261102-0001
      日期  2026-11-02
      党员  欧阳小明
      意见  3
      备注  老人身体好，屋里整洁，院
            子里种了很多菜

      编号  V20261105-0001
      日期  2026-11-05
      党员  张建国
      备注  Asked about 医保 renewal

      """
    #expect(output == expected)
  }

  @Test func nothingIsEverCutEvenAtTheNarrowestWidth() {
    let output = visits.render(width: 20)
    for whole in ["V20261102-0001", "2026-11-02", "欧阳小明", "renewal"] {
      #expect(output.contains(whole))
    }
    #expect(!output.contains("…"))
  }

  @Test func aReportsFiguresWrapBetweenItemsNeverInsideOne() {
    let document = ReportDocument(
      title: "月报",
      blocks: [
        .facts([
          .init("Villages / grids", "3 / 8"),
          .init("Members", "40 (full 34, probationary 3, activist 3)"),
        ])
      ])
    let text = TextReportRenderer(maxWidth: 50).render(document)
    #expect(text.contains("Members           40 (full 34, probationary 3,\n"))
    #expect(text.contains("\n                  activist 3)\n"))
    // Too narrow for labels beside values: each label goes above its value.
    let narrow = TextReportRenderer(maxWidth: 30).render(document)
    #expect(narrow.contains("Members\n    40 (full 34,\n    probationary 3,\n    activist 3)\n"))
  }

  @Test func itemsWrapKeepsFiguresWithTheirLabels() {
    #expect(
      TextWrap.items("14 (full 12, probationary 1, activist 1)", width: 27) == [
        "14 (full 12,", "probationary 1, activist 1)",
      ])
    #expect(
      TextWrap.items("14 (full 12, probationary 1, activist 1)", width: 20) == [
        "14 (full 12,", "probationary 1,", "activist 1)",
      ])
    #expect(TextWrap.items("张建国、欧阳小明", width: 8) == ["张建国、", "欧阳小明"])
    // An item wider than a whole line is wrapped as words rather than overflowing.
    #expect(TextWrap.items("a very long item, b", width: 8) == ["a very", "long", "item, b"])
    // In a table, words are items too, and a hyphen between lower-case letters parts one;
    // never the hyphen of an id, a week or a date.
    #expect(
      TextWrap.items("V20261102-0001 2026-W46 left-behind-children", width: 14, atSpaces: true)
        == ["V20261102-0001", "2026-W46 left-", "behind-", "children"])
    #expect(TextWrap.widestItem("张建国、欧阳小明") == 8)
    #expect(TextWrap.widestWord("Asked about 医保 renewal") == 7)
    // A value quoted back to the clerk is not split; an apostrophe opens no quote.
    #expect(
      TextWrap.lines("No village matches '无此村'. Give an id", width: 24) == [
        "No village matches", "'无此村'. Give an id",
      ])
    #expect(TextWrap.lines("residents' rating 群众评价", width: 22) == ["residents' rating 群众", "评价"])
  }
}
