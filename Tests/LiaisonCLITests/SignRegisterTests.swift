import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The year's register of 共产党员户 and 共产党员中心户 signs (seed 002): chosen grid by grid
/// within 15–20 % of the grid's member households, from the appraisal.
@Suite struct SignRegisterTests {
  struct Register: Decodable {
    struct Grid: Decodable {
      struct Quota: Decodable { var memberHouseholds, minimum, maximum: Int }
      struct Entry: Decodable {
        var member: String
        var sign: String
      }
      var gridName: String?
      var quota: Quota
      var centralHouseholds: Int
      var shortfall: Int
      var entries: [Entry]
    }
    var grids: [Grid]
  }

  /// A folder whose 第一网格 holds `count` Party members (`M0003` on) besides the sample's.
  static func township(members count: Int) throws -> Sandbox {
    let sandbox = try Sandbox(today: "2026-12-31")
    try sandbox.township()
    for number in 0..<count {
      _ = try sandbox.ok(
        "member", "add", "--name", "党员\(number + 1)", "--phone",
        "1380013\(String(format: "%04d", number))",
        "--village", "凤林村", "--grid", "第一网格", "--since", Sandbox.rosterSince)
    }
    return sandbox
  }

  static func grade(_ sandbox: Sandbox, _ member: String, _ grade: String) throws {
    _ = try sandbox.ok("appraisal", "set", "--member", member, "--year", "2026", "--grade", grade)
  }

  static func register(_ sandbox: Sandbox) throws -> Register {
    let result = sandbox.run("report", "party-households", "--year", "2026", "--format", "json")
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(Register.self, from: Data(result.stdout.utf8))
  }

  static func signs(_ grid: Register.Grid) -> [String: String] {
    Dictionary(uniqueKeysWithValues: grid.entries.map { ($0.member, $0.sign) })
  }

  @Test func aGridOfTwentyChoosesThreeToFourOfItsExcellentBestScoreFirst() throws {
    // 张建国 and 19 more make 20 member households in 第一网格.
    let sandbox = try Self.township(members: 19)
    for number in 3...7 { try Self.grade(sandbox, String(format: "M%04d", number), "优秀") }
    try Self.grade(sandbox, "M0001", "合格")
    try Self.grade(sandbox, "M0008", "基本合格")
    _ = try sandbox.ok(
      "score", "adjust", "--member", "M0007", "--date", "2026-06-01", "--item", "other",
      "--points", "+3", "--reason", "抗洪")
    let grid = try #require(try Self.register(sandbox).grids.first)
    #expect(grid.gridName == "第一网格")
    #expect(grid.quota.memberHouseholds == 20 && grid.quota.minimum == 3 && grid.quota.maximum == 4)
    #expect(grid.centralHouseholds == 4 && grid.shortfall == 0)
    let signs = Self.signs(grid)
    // The best score first (M0007's +3), then by id; the fifth excellent hangs the 党员户 sign.
    #expect(
      ["M0007", "M0003", "M0004", "M0005"].allSatisfy { signs[$0] == "central-household" })
    #expect(signs["M0006"] == "member-household" && signs["M0001"] == "member-household")
    #expect(signs["M0008"] == "none" && signs["M0009"] == "none")
  }

  @Test func aSmallGridChoosesOneAndTooFewExcellentLeaveItShort() throws {
    let sandbox = try Self.township(members: 6)
    // 第一网格: 张建国 and 6 more, 7 member households (1.05 to 1.4: one); 第二网格 holds only
    // the activist 李秀英, who is not a member household.
    var register = try Self.register(sandbox)
    #expect(register.grids.count == 1)
    var grid = try #require(register.grids.first)
    #expect(grid.quota.minimum == 1 && grid.quota.maximum == 1)
    #expect(grid.centralHouseholds == 0 && grid.shortfall == 1)
    try Self.grade(sandbox, "M0004", "excellent")
    try Self.grade(sandbox, "M0005", "excellent")
    register = try Self.register(sandbox)
    grid = try #require(register.grids.first)
    #expect(grid.centralHouseholds == 1 && grid.shortfall == 0)
    #expect(Self.signs(grid)["M0004"] == "central-household")
    #expect(Self.signs(grid)["M0005"] == "member-household")
  }

  @Test func aMemberWhoLeftIsNotOnTheRegister() throws {
    let sandbox = try Self.township(members: 2)
    _ = try sandbox.ok("member", "leave", "M0003", "--date", "2026-10-01")
    let grid = try #require(try Self.register(sandbox).grids.first)
    #expect(grid.quota.memberHouseholds == 2)
    #expect(grid.entries.map(\.member) == ["M0001", "M0004"])
  }

  @Test func aBadYearIsRefused() throws {
    let sandbox = try Self.township(members: 0)
    let result = sandbox.run("report", "party-households", "--year", "1999")
    #expect(result.status == 65 || result.status == 64)
    #expect(result.stderr.contains("a year such as 2026"), "\(result.stderr)")
  }

  @Test(arguments: ["zh", "en"])
  func theRegisterPrintsAsAForm(_ language: String) throws {
    let sandbox = try Self.township(members: 4)
    sandbox.environment["LIAISON_LANG"] = language
    _ = try sandbox.ok(
      "member", "add", "--name", "周红", "--phone", "13600136000", "--village", "凤林村",
      "--grid", "第二网格", "--status", "预备党员", "--since", Sandbox.rosterSince)
    try Self.grade(sandbox, "M0003", "优秀")
    try Self.grade(sandbox, "M0001", "合格")
    try Self.grade(sandbox, "M0007", "合格")
    let text = try sandbox.ok("report", "party-households", "--year", "2026")
    try GoldenFile.compare(text + "\n", golden: "signs/party-households.\(language).txt")
    GoldenFile.expectTablesLineUp(text)
    let html = try sandbox.ok("report", "party-households", "--year", "2026", "--format", "html")
    try GoldenFile.compare(html + "\n", golden: "signs/party-households.\(language).html")
    for format in ["csv", "md"] {
      let other = sandbox.run("report", "party-households", "--year", "2026", "--format", format)
      #expect(other.status == 0 && other.stdout.contains("周红"))
    }
  }
}
