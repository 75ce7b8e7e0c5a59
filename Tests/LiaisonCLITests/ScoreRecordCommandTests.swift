import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// `activity`, `commitment`, `appraisal` and `score adjust` as a clerk types them.
@Suite struct ScoreRecordCommandTests {
  /// The test township with an activity (A00001), two commitments for 2026 (P00001 kept)
  /// and a grade for 张建国.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    for (name, last) in [("a.jpg", UInt8(0xE0)), ("b.jpg", UInt8(0xE1))] {
      try Data([0xFF, 0xD8, 0xFF, last]).write(to: sandbox.root.appendingPathComponent(name))
    }
    _ = try sandbox.ok(
      "activity", "add", "--member", "张建国", "--date", "2026-11-05", "--kind", "政策宣传", "--note",
      "宣讲医保政策", "--photo", sandbox.root.path + "/a.jpg", sandbox.root.path + "/b.jpg")
    _ = try sandbox.ok("commitment", "add", "--member", "张建国", "--text", "帮王大妈修屋顶")
    _ = try sandbox.ok("commitment", "add", "--member", "张建国", "--year", "2026", "--text", "清理河道")
    _ = try sandbox.ok("commitment", "fulfil", "P00001", "--date", "2026-11-10", "--note", "已修好")
    _ = try sandbox.ok("appraisal", "set", "--member", "张建国", "--year", "2026", "--grade", "合格")
    return sandbox
  }

  @Test func recordsLandWithTheirIdsAndChineseValues() throws {
    let sandbox = try Self.township()
    let activities = try JSONDecoder().decode(
      [Activity].self, from: Data(try sandbox.ok("activity", "list", "--format", "json").utf8))
    #expect(activities.count == 1)
    #expect(activities[0].id == "A00001" && activities[0].kind == .policy)
    // The photos are kept inside the folder, named by their content.
    let photos = try #require(activities[0].photos)
    #expect(photos.count == 2 && photos.allSatisfy { $0.hasPrefix("photos/") })
    #expect(photos.allSatisfy { FileManager.default.fileExists(atPath: sandbox.data + "/" + $0) })
    #expect(activities[0].recordedBy == "tester")
    #expect(sandbox.file("activities.json").contains("\"kind\":\"policy\""))
    let second = try sandbox.ok(
      "activity", "add", "--member", "李秀英", "--date", "2026-11-06", "--kind", "护河")
    #expect(second == "A00002")
    #expect(try sandbox.ok("activity", "list", "--kind", "river-cleaning").contains("李秀英"))
    #expect(!(try sandbox.ok("activity", "list", "--member", "张建国").contains("李秀英")))
    let commitments = try sandbox.ok("commitment", "list", "--open")
    #expect(commitments.contains("清理河道") && !commitments.contains("帮王大妈修屋顶"))
    let zh = sandbox.run("commitment", "list", "--lang", "zh")
    #expect(zh.stdout.contains("践诺日期") && zh.stdout.contains("2026-11-10"))
  }

  @Test func settingAnAppraisalAgainReplacesItAndKeepsItsId() throws {
    let sandbox = try Self.township()
    #expect(try sandbox.ok("appraisal", "set", "--member", "M0001", "--grade", "优秀") == "E00001")
    let both = try sandbox.ok(
      "appraisal", "set", "--member", "张建国", "--rating", "较好", "--half", "下半年", "--grade",
      "excellent")
    #expect(both == "E00001\nE00002")
    _ = try sandbox.ok("appraisal", "set", "--member", "张建国", "--rating", "好", "--half", "H2")
    let appraisals = try JSONDecoder().decode(
      [Appraisal].self, from: Data(try sandbox.ok("appraisal", "list", "--format", "json").utf8))
    #expect(appraisals.count == 2)
    #expect(appraisals.first { $0.id == "E00001" }?.grade == .excellent)
    #expect(appraisals.first { $0.id == "E00002" }?.rating == .good)
    _ = try sandbox.ok("appraisal", "remove", "E2")
    #expect(try sandbox.ok("appraisal", "list").contains("E00001"))
  }

  @Test func adjustmentsCountUnderAManualItemAndCanBeTakenBack() throws {
    let sandbox = try Self.township()
    let id = try sandbox.ok(
      "score", "adjust", "--member", "张建国", "--date", "2026-11-12", "--item", "dues", "--points",
      "-2", "--reason", "迟交党费")
    #expect(id == "S00001")
    let listed = try sandbox.ok("score", "adjustments", "--period", "2026-11")
    #expect(listed.contains("迟交党费") && listed.contains("-2"))
    _ = try sandbox.ok("score", "unadjust", "S00001")
    #expect(sandbox.run("score", "adjustments").stdout.isEmpty)
  }

  typealias Refusal = RefusedCommandTests.Case

  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["activity", "add", "--member", "张建国", "--kind", "跳舞"], status: 64,
      message: "'跳舞' is not a valid value for --kind"),
    Refusal(
      arguments: ["activity", "add", "--member", "张建国", "--kind", "治理", "--date", "2026-11-24"],
      status: 65, message: "is in the future"),
    Refusal(
      arguments: ["activity", "add", "--member", "无名氏", "--kind", "治理"], status: 64,
      message: "No member matches '无名氏'"),
    Refusal(
      arguments: ["activity", "remove", "A00099"], status: 64,
      message: "No activity has the id 'A00099'"),
    Refusal(
      arguments: ["commitment", "add", "--member", "张建国", "--text", "第三项"], status: 65,
      message: "already has 2 commitments for 2026 (P00001, P00002)"),
    Refusal(
      arguments: ["commitment", "add", "--member", "李秀英", "--text", "  "], status: 65,
      message: "needs its text"),
    Refusal(
      arguments: ["commitment", "fulfil", "P00001"], status: 65,
      message: "already fulfilled on 2026-11-10"),
    Refusal(
      arguments: ["commitment", "fulfil", "P00002", "--date", "2025-12-01"], status: 65,
      message: "must fall in 2026"),
    Refusal(
      arguments: ["appraisal", "set", "--member", "张建国", "--rating", "好"], status: 65,
      message: "--rating and --half go together"),
    Refusal(
      arguments: ["appraisal", "set", "--member", "张建国", "--grade", "极好"], status: 64,
      message: "--grade"),
    Refusal(
      arguments: ["appraisal", "set", "--member", "张建国", "--half", "H1"], status: 65,
      message: "Give --grade"),
    Refusal(
      arguments: [
        "score", "adjust", "--member", "张建国", "--item", "dues2", "--points", "1", "--reason", "x",
      ], status: 64, message: "one of the rules' manual items: dues (Party dues), study"),
    Refusal(
      arguments: [
        "score", "adjust", "--member", "张建国", "--item", "visits", "--points", "1", "--reason", "x",
      ], status: 64, message: "--item"),
    Refusal(
      arguments: [
        "score", "adjust", "--member", "张建国", "--item", "dues", "--points", "1.25", "--reason", "x",
      ], status: 64, message: "at most one decimal place"),
    Refusal(
      arguments: [
        "score", "adjust", "--member", "张建国", "--item", "dues", "--points", "0", "--reason", "x",
      ], status: 64, message: "points other than 0"),
    Refusal(
      arguments: [
        "score", "adjust", "--member", "张建国", "--item", "dues", "--points", "-1", "--reason", " ",
      ], status: 65, message: "needs its reason"),
    Refusal(arguments: ["member", "remove", "张建国"], status: 65, message: "4 score records"),
  ]

  @Test(arguments: refusals)
  func badInputIsRefusedAndWritesNothing(_ refusal: Refusal) throws {
    let sandbox = try Self.township()
    let before = sandbox.snapshot()
    let result = sandbox.run(refusal.arguments)
    #expect(result.status == refusal.status, "\(result.stderr)")
    #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(sandbox.snapshot() == before)
  }

  @Test func checkNamesARecordWhoseMemberIsGone() throws {
    let sandbox = try Self.township()
    let path = sandbox.data + "/activities.json"
    let text = sandbox.file("activities.json").replacingOccurrences(of: "M0001", with: "M0099")
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let result = sandbox.run("check")
    #expect(result.status == 65)
    #expect(
      result.stdout.contains("activities.json:2") || result.stderr.contains("activities.json:2"))
    #expect((result.stdout + result.stderr).contains("A00001: unknown member M0099"))
  }

  @Test func exportAllCarriesScoreRecordsAndImportAllBringsThemBack() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "score", "adjust", "--member", "张建国", "--item", "study", "--points", "1", "--reason", "党课")
    let file = sandbox.root.appendingPathComponent("all.json")
    try sandbox.ok("export", "all").write(to: file, atomically: true, encoding: .utf8)
    let other = try Sandbox()
    _ = try other.ok("init", "--township", "凤林镇")
    _ = try other.ok("import", "all", file.path)
    let names = ["activities.json", "commitments.json", "appraisals.json", "adjustments.json"]
    for name in names {
      #expect(!sandbox.file(name).isEmpty && other.file(name) == sandbox.file(name), "\(name)")
    }
    let before = other.snapshot()
    #expect(other.run("import", "all", file.path).status == 0)
    #expect(other.snapshot() == before)
  }
}
