import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Focus groups (重点人群, issue #17 point 3): the seed's groups known by their Chinese and
/// English names and synonyms, free tags still kept; `--tag` filters, counts in the monthly
/// report, and the 重点服务人群清单.
@Suite struct FocusGroupTests {
  @Test(arguments: [
    ("低保户", FocusGroup.lowIncome), ("低保", .lowIncome), ("low-income", .lowIncome),
    ("空巢", .emptyNest), ("退伍军人", .veteran), ("统战对象", .unitedFront),
  ])
  func aTagNamesItsGroupByAnyOfItsNames(tag: String, group: FocusGroup) {
    #expect(FocusGroup(userValue: tag) == group)
    #expect(FocusGroup.key(of: tag) == group.rawValue)
  }

  @Test func aFreeTagIsKeptAsTyped() {
    #expect(FocusGroup.key(of: "种粮大户") == "种粮大户")
    #expect(FocusGroup.label(ofKey: "种粮大户", .en) == "种粮大户")
  }

  @Test func listsFilterByAnyNameOfAGroupAndReportsCountThem() throws {
    let sandbox = try Sandbox(language: "zh")
    try sandbox.township()
    _ = try sandbox.ok("household", "edit", "王大妈", "--tag", "低保户", "--tag", "空巢老人")
    _ = try sandbox.ok("household", "edit", "赵大爷", "--tag", "低保")
    _ = try sandbox.ok("household", "edit", "孙阿姨", "--tag", "种粮大户")
    for tag in ["低保户", "low-income", "低保"] {
      let listed = try sandbox.ok("household", "list", "--tag", tag, "--format", "csv")
      #expect(listed.contains("王大妈") && listed.contains("赵大爷") && !listed.contains("孙阿姨"))
    }
    let free = try sandbox.ok("household", "list", "--tag", "种粮大户", "--format", "csv")
    #expect(free.contains("孙阿姨") && !free.contains("王大妈"))
    let monthly = try JSONDecoder().decode(
      MonthlyReport.self,
      from: Data(try sandbox.ok("report", "monthly", "--month", "2026-11", "--format", "json").utf8)
    )
    #expect(
      monthly.summary.householdsByFocusGroup == ["low-income": 2, "empty-nest": 1, "种粮大户": 1])
    let list = try JSONDecoder().decode(
      FocusGroupList.self,
      from: Data(try sandbox.ok("report", "focus-groups", "--tag", "低保", "--format", "json").utf8))
    #expect(list.groups.map(\.key) == ["low-income"])
    #expect(list.groups.first?.households.map(\.head) == ["王大妈", "赵大爷"])
  }
}
