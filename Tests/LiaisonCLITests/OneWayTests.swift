import Foundation
import LiaisonTestSupport
import Testing

/// One way to do each thing (issue #19 point 5): every malformed value is a usage error,
/// `--today` wherever today is judged, what a message lists is accepted as listed, and an
/// import plan in JSON gives counts.
@Suite struct OneWayTests {
  @Test func aBadPhoneIsAMalformedValueWithTheUsageLine() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let before = sandbox.snapshot()
    for arguments in [
      ["member", "add", "--name", "王五", "--phone", "12345", "--village", "凤林村"],
      ["household", "add", "--head", "钱叔", "--village", "凤林村", "--phone", "电话"],
      ["member", "edit", "张建国", "--phone", "138"],
    ] {
      let result = sandbox.run(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("is not a valid value for --phone"), "\(result.stderr)")
      #expect(result.stderr.contains("Usage: liaison \(arguments[0]) \(arguments[1])"))
    }
    #expect(sandbox.snapshot() == before)
  }

  @Test func aManualItemIsAcceptedByEveryNameItsErrorLists() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let refused = sandbox.run(
      "score", "adjust", "--member", "张建国", "--item", "学习", "--points", "1", "--reason", "x",
      "--lang", "zh")
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("study（学习与组织生活）"), "\(refused.stderr)")
    for item in ["学习与组织生活", "study", "Study and organisational life"] {
      _ = try sandbox.ok(
        "score", "adjust", "--member", "张建国", "--date", "2026-11-12", "--item", item,
        "--points", "1", "--reason", "学习强国")
    }
    let listed = try sandbox.ok("score", "adjustments", "--format", "json")
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
    #expect(items.map { $0["item"] as? String } == ["study", "study", "study"])
  }

  @Test func scoreByTakesTheUnitInChineseToo() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let english = try sandbox.ok("score", "show", "--by", "grid", "--period", "2026-11")
    for unit in ["网格", "Grid"] {
      #expect(try sandbox.ok("score", "show", "--by", unit, "--period", "2026-11") == english)
    }
    let refused = sandbox.run("score", "show", "--by", "乡", "--lang", "zh")
    #expect(refused.status == 64 && refused.stderr.contains("grid（网格）、branch（支部）、village（村）"))
  }

  @Test func todayIsTakenFromTheOptionWhereverTodayIsJudged() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let rank = sandbox.run("score", "rank", "--today", "2026-10-15")
    #expect(rank.status == 0 && rank.stderr.contains("Period 2026-09."), "\(rank.stderr)")
    let shown = sandbox.run("score", "show", "--today", "2026-03-01", "--period", "2026-02")
    #expect(shown.status == 0 && shown.stderr.contains("Period 2026-02."), "\(shown.stderr)")
    for arguments in [
      ["score", "explain", "张建国"], ["score", "lists"], ["visit", "list"], ["household", "list"],
      ["household", "show", "王大妈"], ["check"], ["team", "task", "list"],
      ["team", "project", "list"],
      ["team", "clear"],
    ] {
      #expect(sandbox.run(arguments + ["--today", "2026-11-01"]).status == 0, "\(arguments)")
      let bad = sandbox.run(arguments + ["--today", "明天吧"])
      #expect(bad.status == 64 && bad.stderr.contains("for --today"), "\(arguments)")
    }
  }

  @Test func completionNamesItsArgumentNotAnOptionThatDoesNotExist() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run("completion", "powershell", data: false)
    #expect(result.status == 64)
    #expect(result.stderr.contains("'powershell' is not a valid value for <shell>"))
    #expect(!result.stderr.contains("--shell"))
  }

  @Test func anImportPlanInJSONGivesCountsAndNoEmptyIDs() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = sandbox.root.appendingPathComponent("households.csv").path
    try "户主,所在村,家庭人口\n钱叔,凤林村,3\n孙婶,无此村,2\n王大妈,凤林村,\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let dry = sandbox.run("import", "households", path, "--dry-run", "--format", "json")
    #expect(dry.status == 0, "\(dry.stderr)")
    let plan = try #require(
      try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])
    #expect(plan["summary"] == nil)
    #expect(plan["dryRun"] as? Bool == true)
    let counts = try #require(plan["counts"] as? [String: Int])
    #expect(counts == ["create": 1, "update": 0, "unchanged": 1, "reject": 1, "unfilled": 0])
    let rows = try #require(plan["rows"] as? [[String: Any]])
    let rejected = try #require(rows.first { $0["action"] as? String == "reject" })
    #expect(rejected["id"] == nil && rejected["line"] as? Int == 3)
    #expect(rows.filter { $0["action"] as? String != "reject" }.allSatisfy { $0["id"] != nil })
    // Refused for the rejected row: the counts are still the whole file's.
    let refused = sandbox.run("import", "households", path, "--format", "json")
    #expect(refused.status == 65)
    let shown = try #require(
      try JSONSerialization.jsonObject(with: Data(refused.stdout.utf8)) as? [String: Any])
    #expect((shown["counts"] as? [String: Int])?["create"] == 1)
    #expect((shown["rows"] as? [Any])?.count == 1 && shown["dryRun"] as? Bool == false)
  }
}
