import Foundation
import Testing

@testable import LiaisonCore

/// What a printed page carries (issue #17 point 1): the running head and 第 1 页 共 3 页 in
/// the page's margin boxes, names that never break, the closing block.
@Suite struct HTMLPrintTests {
  static func page(_ title: String, blocks: [ReportDocument.Block] = []) -> String {
    HTMLReportRenderer().render(ReportDocument(title: title, blocks: blocks))
  }

  @Test func everyPrintedPageHasTheTitleAndItsNumber() {
    let zh = Self.page("凤林镇党员联户工作月报（2026年10月）")
    #expect(zh.contains(#"@top-center{content:"凤林镇党员联户工作月报（2026年10月）""#))
    #expect(zh.contains(#""第 " counter(page) " 页 共 " counter(pages) " 页""#))
    #expect(zh.contains(#"<html lang="zh-CN">"#))
    let en = Self.page("凤林镇: the week's liaison work, 2026-W47")
    #expect(en.contains(#""Page " counter(page) " of " counter(pages)"#))
    #expect(en.contains(#"<html lang="en">"#))
  }

  /// A title typed by a clerk cannot end the style element or the CSS string early.
  @Test func aHostileTitleStaysInsideItsString() {
    let html = Self.page(#"村"}</style><script>alert(1)</script>"#)
    let style = html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
    #expect(!style.contains("<") && !style.contains(#"村""#))
    #expect(!html.contains("<script>"))
  }

  @Test func namesAndNumbersNeverBreakAndTheFormEndsInItsSignOff() {
    let table = ReportDocument.Table(
      columns: [TextTable.Column("党员", keepsWhole: true), TextTable.Column("承诺")],
      rows: [["李玉兰", "组织清理村内河道"], ["13900007919", "2026-10-02"]])
    let settings = FormSettings(unit: "中共凤林镇委员会", preparer: "王丽")
    let html = Self.page("公示", blocks: [.table(table), .signOff(.init(settings, .zh))])
    #expect(html.contains(#"<td class="whole">李玉兰</td><td>组织清理村内河道</td>"#))
    #expect(html.contains(#"<td class="whole">2026-10-02</td>"#))
    #expect(html.contains("word-break:keep-all"))
    #expect(html.contains("填报单位"))
    #expect(html.contains(#"<span class="fill">中共凤林镇委员会</span>"#))
    #expect(html.contains("审核人"))
  }
}
