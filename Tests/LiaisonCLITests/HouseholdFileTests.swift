import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// 一户一档 (issue #17 point 2): the household's file holds every member linked to it over
/// time, every visit with what was seen and asked, every need with its history — on screen
/// with `household show` and printable with `report household`.
@Suite struct HouseholdFileTests {
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox(language: "zh", today: "2026-11-23")
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok("link", "end", "L00001", "--date", "2026-11-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "李秀英", "--household", "王大妈", "--from", "2026-11-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-10-12",
      "--look-kitchen", "灶台干净", "--ask-needs", "屋顶漏雨", "--note", "老人独居")
    _ = try sandbox.ok(
      "visit", "add", "--member", "李秀英", "--household", "王大妈", "--date", "2026-11-05",
      "--mode", "电话", "--need", "修屋顶")
    _ = try sandbox.ok("need", "resolve", "N00001", "--resolution", "已修好", "--date", "2026-11-12")
    return sandbox
  }

  @Test func householdShowPrintsTheFile() throws {
    let sandbox = try Self.township()
    let shown = try sandbox.ok("household", "show", "王大妈")
    #expect(shown.contains("联系党员") && shown.contains("李秀英"))  // the fields, as before
    #expect(shown.contains("一户一档：王大妈户"))
    // Both members, the first ended, the second still linked.
    #expect(shown.contains("张建国") && shown.contains("2026-11-01") && shown.contains("至今"))
    #expect(shown.contains("看厨房：灶台干净") && shown.contains("问困难：屋顶漏雨"))
    #expect(shown.contains("老人独居"))
    #expect(shown.contains("修屋顶") && shown.contains("已修好"))
    // JSON stays the household record that scripts read.
    let json = try sandbox.ok("household", "show", "王大妈", "--format", "json")
    #expect(try JSONDecoder().decode(Household.self, from: Data(json.utf8)).head == "王大妈")
  }

  @Test(arguments: ["zh", "en"])
  func theFilePrintsInEveryFormat(lang: String) throws {
    let sandbox = try Self.township()
    for format in ["text", "md", "csv", "html"] {
      let result = sandbox.run(
        "report", "household", "王大妈", "--format", format, "--lang", lang)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("张建国") && result.stdout.contains("屋顶"))
      #expect(result.stdout.contains(lang == "zh" ? "审核人" : "Checked by"))
    }
    let file = try JSONDecoder().decode(
      HouseholdFile.self,
      from: Data(sandbox.run("report", "household", "王大妈", "--format", "json").stdout.utf8))
    #expect(file.links.map(\.name) == ["张建国", "李秀英"])
    #expect(file.links.map(\.to) == [Day(parsing: "2026-11-01"), nil])
    #expect(file.visits.map(\.date.description) == ["2026-10-12", "2026-11-05"])
    #expect(file.needs.first?.history.map(\.action) == [.raised, .resolved])
  }

  /// A file printed for a past day holds only what was known by then.
  @Test func aPastDayLeavesOutWhatCameLater() throws {
    let sandbox = try Self.township()
    let file = try JSONDecoder().decode(
      HouseholdFile.self,
      from: Data(
        sandbox.run("report", "household", "王大妈", "--today", "2026-10-31", "--format", "json")
          .stdout.utf8))
    #expect(file.links.map(\.name) == ["张建国"])
    #expect(file.visits.count == 1 && file.needs.isEmpty)
  }
}
