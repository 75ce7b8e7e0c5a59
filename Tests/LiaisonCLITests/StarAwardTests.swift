import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The five stars, one a kind per village and half-year (seed 002): the tie rule, the
/// clerk's decision as a dated record, and what is refused.
@Suite struct StarAwardTests {
  struct StarRow: Decodable {
    var village: String
    var half: String
    var kind: String
    var members: [String]
    var activities: Int
    var tied: Bool
    var award: String?
  }

  struct Listed: Decodable { var stars: [StarRow] }

  /// The sample township with two more Party members in 凤林村 and one in 清湖村.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox(today: "2026-11-23")
    try sandbox.township()
    for (name, phone) in [("陈立新", "13700137000"), ("周红", "13600136000")] {
      _ = try sandbox.ok(
        "member", "add", "--name", name, "--phone", phone, "--village", "凤林村", "--since",
        Sandbox.rosterSince)
    }
    _ = try sandbox.ok("village", "add", "--name", "清湖村", "--since", Sandbox.rosterSince)
    _ = try sandbox.ok(
      "member", "add", "--name", "吴清", "--phone", "13500135000", "--village", "清湖村",
      "--since", Sandbox.rosterSince)
    return sandbox
  }

  static func activity(
    _ sandbox: Sandbox, _ member: String, _ kind: String, _ day: String
  )
    throws
  {
    _ = try sandbox.ok("activity", "add", "--member", member, "--date", day, "--kind", kind)
  }

  static func stars(_ sandbox: Sandbox) throws -> [StarRow] {
    let result = sandbox.run("score", "star", "list", "--year", "2026", "--format", "json")
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(Listed.self, from: Data(result.stdout.utf8)).stars
  }

  static func award(_ sandbox: Sandbox, kind: String, member: String) -> RunResult {
    sandbox.run(
      "score", "star", "award", "--village", "凤林村", "--half", "2026-H2", "--kind", kind,
      "--member", member)
  }

  @Test func twoTiedOnActivitiesAreSettledByTheHalfsResidentsRating() throws {
    let sandbox = try Self.township()
    try Self.activity(sandbox, "张建国", "宣政策", "2026-10-05")
    try Self.activity(sandbox, "陈立新", "宣政策", "2026-10-06")
    var policy = try #require(try Self.stars(sandbox).first { $0.kind == "policy" })
    #expect(policy.members == ["M0001", "M0003"] && policy.tied && policy.award == nil)
    let page = try sandbox.ok("score", "star", "list", "--year", "2026", "--format", "md")
    #expect(page.contains("tied — the clerk's decision is needed"))
    // The residents' rating of the same half settles it; a first-half rating does not.
    _ = try sandbox.ok(
      "appraisal", "set", "--member", "陈立新", "--year", "2026", "--half", "H1", "--rating", "好")
    #expect(try Self.stars(sandbox).first { $0.kind == "policy" }?.tied == true)
    _ = try sandbox.ok(
      "appraisal", "set", "--member", "陈立新", "--year", "2026", "--half", "H2", "--rating", "较好")
    policy = try #require(try Self.stars(sandbox).first { $0.kind == "policy" })
    #expect(policy.members == ["M0003"] && !policy.tied && policy.activities == 1)
  }

  @Test func threeTiedWaitForTheClerkWhoseDecisionStandsAndCanBeChanged() throws {
    let sandbox = try Self.township()
    for member in ["张建国", "陈立新", "周红"] {
      try Self.activity(sandbox, member, "兴产业", "2026-09-10")
    }
    // One more of another kind does not count towards the industry star.
    try Self.activity(sandbox, "周红", "护环境", "2026-09-11")
    let industry = try #require(try Self.stars(sandbox).first { $0.kind == "industry" })
    #expect(industry.members == ["M0001", "M0003", "M0004"] && industry.tied)

    let first = Self.award(sandbox, kind: "产业发展星", member: "周红")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "X00001")
    var decided = try #require(try Self.stars(sandbox).first { $0.kind == "industry" })
    #expect(decided.members == ["M0004"] && !decided.tied && decided.award == "X00001")
    #expect(sandbox.file("stars.json").contains(#""recordedBy":"tester""#))

    // Deciding again replaces the decision and keeps its id; English names type too.
    let again = Self.award(sandbox, kind: "industry star", member: "陈立新")
    #expect(again.status == 0, "\(again.stderr)")
    decided = try #require(try Self.stars(sandbox).first { $0.kind == "industry" })
    #expect(decided.members == ["M0003"] && decided.award == "X00001")
    #expect(sandbox.file("stars.json").split(separator: "\n").count == 3)
    let text = try sandbox.ok("score", "star", "list", "--year", "2026", "--lang", "zh")
    #expect(text.contains("已定（X00001）"))
  }

  @Test(arguments: [
    (["--member", "吴清"], "was not a member of 凤林村 in 2026-H2"),
    (["--member", "李秀英"], "is an activist, not yet a Party member"),
    (["--kind", "平安巡查"], "one of the five stars"),
    (["--kind", "巡逻星"], "one of the five stars"),
    (["--half", "2027-H1"], "2027-H1 has not begun"),
    (["--half", "2026-H3"], "a half-year such as 2026-H2"),
    (["--village", "华埠村"], "华埠村"),
    (["--member", "无此人"], "无此人"),
  ])
  func aStarThatCannotBeAwardedIsRefusedAndNothingIsWritten(
    _ change: [String], message: String
  ) throws {
    let sandbox = try Self.township()
    var arguments = [
      "score", "star", "award", "--village", "凤林村", "--half", "2026-H2", "--kind", "学习宣传星",
      "--member", "张建国",
    ]
    let at = try #require(arguments.firstIndex(of: change[0]))
    arguments[at + 1] = change[1]
    let before = sandbox.snapshot()
    let result = sandbox.run(arguments)
    #expect(result.status == 65 || result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(sandbox.snapshot() == before)
  }

  @Test func aMemberWhoMovedInDuringTheHalfMayTakeTheStar() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("member", "edit", "吴清", "--village", "凤林村", "--on", "2026-09-01")
    let result = Self.award(sandbox, kind: "学习宣传", member: "吴清")
    #expect(result.status == 0, "\(result.stderr)")
    let policy = try #require(try Self.stars(sandbox).first { $0.kind == "policy" })
    #expect(policy.members == ["M0005"] && policy.activities == 0)
  }

  @Test(arguments: ["zh", "en"])
  func theListPrintsAsAForm(_ language: String) throws {
    let sandbox = try Self.township()
    sandbox.environment["LIAISON_LANG"] = language
    for member in ["张建国", "陈立新"] { try Self.activity(sandbox, member, "宣政策", "2026-03-02") }
    try Self.activity(sandbox, "周红", "办实事", "2026-08-02")
    _ = try sandbox.ok(
      "score", "star", "award", "--village", "凤林村", "--half", "2026年上半年", "--kind", "政策宣传星",
      "--member", "陈立新", "--note", "群众推荐")
    try Self.activity(sandbox, "吴清", "促治理", "2026-10-02")
    for member in ["张建国", "周红"] { try Self.activity(sandbox, member, "护环境", "2026-10-03") }
    let text = try sandbox.ok("score", "star", "list", "--year", "2026")
    try GoldenFile.compare(text + "\n", golden: "stars/star-list.\(language).txt")
    GoldenFile.expectTablesLineUp(text)
    let html = try sandbox.ok("score", "star", "list", "--year", "2026", "--format", "html")
    try GoldenFile.compare(html + "\n", golden: "stars/star-list.\(language).html")
  }

  @Test func aLaterMoveLeavesAPastHalfsStarInItsVillage() throws {
    let sandbox = try Self.township()
    try Self.activity(sandbox, "周红", "宣政策", "2026-03-02")
    _ = try sandbox.ok("member", "edit", "周红", "--village", "清湖村", "--on", "2026-08-01")
    try Self.activity(sandbox, "周红", "宣政策", "2026-09-02")
    let policy = try Self.stars(sandbox).filter { $0.kind == "policy" }
    #expect(policy.map(\.village) == ["C001", "C002"])
    #expect(policy.map(\.half) == ["H1", "H2"])
  }
}
