import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// `household merge` and `member merge`: a record typed twice folded into the one it
/// repeats, everything naming it moved, its id retired; a refused merge writes nothing.
@Suite struct MergeTests {
  /// The township with 王大妈 typed in twice (H00004, since March) and records on both.
  static func twiceTypedHousehold() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "household", "add", "--head", "王大妈", "--village", "凤林村", "--since", "2026-03-01", "--phone",
      "13512345678", "--again")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "H00001", "--from", "2026-10-01")
    // Overlapping the link above once moved: folded into it, from the earlier start.
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "H00004", "--from", "2026-09-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "李秀英", "--household", "H00004", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "H00004", "--date", "2026-09-05",
      "--look-kitchen", "整洁", "--note", "说“路灯”坏了", "--opinions", "2")
    _ = try sandbox.ok(
      "visit", "add", "--member", "李秀英", "--household", "H00004", "--date", "2026-11-02",
      "--need", "修路灯")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "H00001", "--date", "2026-11-10")
    return sandbox
  }

  @Test func aHouseholdMergeMovesEverythingAndRetiresTheDuplicate() throws {
    let sandbox = try Self.twiceTypedHousehold()
    let september = sandbox.file("visits/2026-09.jsonl")
    let november = sandbox.file("visits/2026-11.jsonl")
    let merged = sandbox.run("household", "merge", "H00004", "--into", "王大妈 ")
    // A name given for the kept one is ambiguous while both exist; ids always work.
    #expect(merged.status == 64 && merged.stderr.contains("matches 2 households"))
    let result = sandbox.run("household", "merge", "H00004", "--into", "H00001")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "Merged household H00004 into 王大妈 (H00001), moving: 2 visits, 1 need, 1 link, "
          + "1 link folded into one already there. H00004 is retired and never given again. "
          + "This changes the reports of 2026-03 to 2026-11."), "\(result.stderr)")
    // The logs change only in the ids of the moved visits.
    let swap = { (log: String) in
      log.replacingOccurrences(of: "\"household\":\"H00004\"", with: "\"household\":\"H00001\"")
    }
    #expect(sandbox.file("visits/2026-09.jsonl") == swap(september))
    #expect(sandbox.file("visits/2026-11.jsonl") == swap(november))
    #expect(!sandbox.file("visits/2026-11.jsonl").contains("H00004"))
    let roster = try LiaisonStore(folder: DataFolder(path: sandbox.data)).reading {
      try $0.roster()
    }
    #expect(roster.households.map(\.id) == ["H00001", "H00002", "H00003"])
    let kept = try #require(roster.households.first)
    #expect(kept.phone == "13512345678" && kept.since == Day(year: 2026, month: 1, day: 1))
    #expect(
      roster.links.map { "\($0.id) \($0.member) \($0.household) \($0.from)" } == [
        "L00001 M0001 H00001 2026-09-01", "L00003 M0002 H00001 2026-10-01",
      ])
    #expect(roster.retired.households == ["H00004"] && roster.retired.links == ["L00002"])
    #expect(sandbox.file("needs.json").contains("\"household\":\"H00001\""))
    let visits = try decodeJSON(
      [Visit].self,
      sandbox.ok("visit", "list", "--all", "--household", "H00001", "--format", "json"))
    #expect(visits.count == 3)
    // The retired id names nothing, and an import cannot bring it back.
    let shown = sandbox.run("household", "show", "H00004")
    #expect(shown.status == 64)
    let path = sandbox.root.appendingPathComponent("h.csv").path
    try "编号,户主,所在村\nH00004,钱叔,凤林村\n".write(toFile: path, atomically: true, encoding: .utf8)
    let before = sandbox.snapshot()
    let imported = sandbox.run("import", "households", path)
    #expect(imported.status == 65 && imported.stdout.contains("H00004"), "\(imported.stdout)")
    #expect(sandbox.snapshot() == before)
    #expect(try sandbox.ok("household", "add", "--head", "钱叔", "--village", "凤林村") == "H00005")
  }

  @Test func theMonthlyReportCountsTheHouseholdOnceAfterTheMerge() throws {
    let sandbox = try Self.twiceTypedHousehold()
    func figures(in month: String) throws -> [String] {
      try sandbox.ok("report", "monthly", "--month", month).split(separator: "\n")
        .filter { $0.hasPrefix("Households visited  ") || $0.hasPrefix("Households / linked") }
        .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
    }
    #expect(
      try figures(in: "2026-11") == [
        "Households / linked 4 / 2 (50.0%)", "Households visited 2 (50.0%)",
      ])
    _ = try sandbox.ok("household", "merge", "H00004", "--into", "H00001")
    // 王大妈 is one household, visited by both members: the past months count it once.
    #expect(
      try figures(in: "2026-11") == [
        "Households / linked 3 / 1 (33.3%)", "Households visited 1 (33.3%)",
      ])
    #expect(try figures(in: "2026-09").last == "Households visited 1 (33.3%)")
  }

  @Test func aHandEditedLineIsWrittenAfreshAndEveryOtherLineKeptByteForByte() throws {
    let sandbox = try Self.twiceTypedHousehold()
    // A line laid out by hand, a visit to another household, and a torn last line.
    let handEdited =
      "{ \"date\": \"2026-10-08\", \"household\": \"H00004\", \"id\": \"V20261008-0001\", "
      + "\"member\": \"M0001\", \"mode\": \"phone\", \"recordedAt\": \"2026-10-08T09:00:00+08:00\", "
      + "\"recordedBy\": \"clerk\" }\n"
    let other =
      "{\"date\":\"2026-10-09\",\"household\":\"H00002\",\"id\":\"V20261009-0001\","
      + "\"member\":\"M0001\",\"mode\":\"in-person\",\"recordedAt\":\"2026-10-09T09:00:00+08:00\","
      + "\"recordedBy\":\"clerk\"}\n"
    let torn = "{\"date\":\"2026-10-1"
    try (handEdited + other + torn).write(
      toFile: sandbox.data + "/visits/2026-10.jsonl", atomically: true, encoding: .utf8)
    _ = try sandbox.ok("household", "merge", "H00004", "--into", "H00001")
    let lines = sandbox.file("visits/2026-10.jsonl").split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    let moved = try JSONDecoder().decode(Visit.self, from: Data(lines[0].utf8))
    #expect(
      moved.household == "H00001" && moved.id == "V20261008-0001" && moved.mode == .phone
        && moved.recordedBy == "clerk")
    #expect(lines[1] + "\n" == other && String(lines[2]) == torn)
  }

  @Test func aLogWithADamagedLineIsNotRewritten() throws {
    let sandbox = try Self.twiceTypedHousehold()
    let path = sandbox.data + "/visits/2026-11.jsonl"
    let log = sandbox.file("visits/2026-11.jsonl")
    try ("{\"date\":\"2026-11-01\",oops}\n" + log).write(
      toFile: path, atomically: true, encoding: .utf8)
    let before = sandbox.snapshot()
    let result = sandbox.run("household", "merge", "H00004", "--into", "H00001")
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("visits/2026-11.jsonl:1"), "\(result.stderr)")
    #expect(sandbox.snapshot() == before)
  }

  @Test func aDryRunSaysWhatWouldMoveAndWritesNothing() throws {
    let sandbox = try Self.twiceTypedHousehold()
    let before = sandbox.snapshot()
    let result = sandbox.run("household", "merge", "H00004", "--into", "H00001", "--dry-run")
    #expect(result.status == 0)
    #expect(
      result.stderr.contains("Would merge household H00004 into 王大妈 (H00001), moving: 2 visits")
        && result.stderr.contains("Nothing was written (--dry-run)."), "\(result.stderr)")
    #expect(sandbox.snapshot() == before)
  }

  @Test func aMemberMergeMovesTheirWorkPostsAndEarlierStart() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    // 张建国 typed in again by another clerk: on the roster since 2025, in the second grid,
    // leading it.
    _ = try sandbox.ok(
      "member", "add", "--name", "张建国", "--phone", "13700137000", "--village", "凤林村", "--grid",
      "第二网格", "--since", "2025-06-01", "--born", "1968-05")
    _ = try sandbox.ok("grid", "edit", "第二网格", "--leader", "M0003", "--correct")
    _ = try sandbox.ok(
      "link", "add", "--member", "M0003", "--household", "孙阿姨", "--from", "2026-02-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "M0003", "--household", "孙阿姨", "--date", "2026-02-03")
    _ = try sandbox.ok(
      "activity", "add", "--member", "M0003", "--date", "2026-11-05", "--kind", "政策宣传")
    _ = try sandbox.ok("appraisal", "set", "--member", "M0003", "--year", "2025", "--grade", "优秀")
    let result = sandbox.run("member", "merge", "M0003", "--into", "M0001", "--lang", "zh")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains("已把党员 M0003 合并入 张建国（M0001），移过：1 条走访记录、1 条联户关系、1 个网格的职务、2 条积分记录")
        // The 2025 appraisal moved with them: the year's score changes from its first month.
        && result.stderr.contains("已停用，不再分配。这会改变 2025-01 至 2026-11 的报表。"),
      "\(result.stderr)")
    let roster = try LiaisonStore(folder: DataFolder(path: sandbox.data)).reading {
      try $0.roster()
    }
    #expect(roster.members.map(\.id) == ["M0001", "M0002"])
    let kept = try #require(roster.members.first)
    #expect(kept.since == Day(year: 2025, month: 6, day: 1) && kept.born == "1968-05")
    // Before its own start the kept record shows the duplicate's grid, as it was then.
    #expect(kept.asOf(Day(year: 2025, month: 12, day: 31)!).grid == "G002")
    #expect(kept.grid == "G001")
    #expect(roster.grids.first { $0.id == "G002" }?.leader == "M0001")
    #expect(roster.links.allSatisfy { $0.member != "M0003" })
    #expect(roster.retired.members == ["M0003"])
    #expect(sandbox.file("activities.json").contains("\"member\":\"M0001\""))
    #expect(!sandbox.file("appraisals.json").contains("M0003"))
    #expect(sandbox.file("visits/2026-02.jsonl").contains("\"member\":\"M0001\""))
    // The retired id is not given to the next member.
    #expect(
      try sandbox.ok("member", "add", "--name", "周强", "--phone", "13700137009", "--village", "凤林村")
        == "M0004")
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    var setup: [[String]]
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let refusals: [Refusal] = [
    Refusal(
      setup: [], arguments: ["household", "merge", "H00001", "--into", "h00001"], status: 65,
      message: "cannot be merged into itself"),
    Refusal(
      setup: [], arguments: ["household", "merge", "H00002", "--into", "H00099"], status: 64,
      message: "No household matches 'H00099'"),
    Refusal(
      setup: [["household", "merge", "H00004", "--into", "H00001"]],
      arguments: ["household", "merge", "H00002", "--into", "H00004"], status: 65,
      message: "H00004 is retired"),
    Refusal(
      setup: [["household", "merge", "H00004", "--into", "H00001"]],
      arguments: ["household", "merge", "H00004", "--into", "H00002"], status: 65,
      message: "H00004 is retired"),
    Refusal(
      setup: [
        ["village", "add", "--name", "清湖村"],
        ["household", "add", "--head", "王大妈", "--village", "清湖村"],
      ],
      arguments: ["household", "merge", "H00005", "--into", "H00001"], status: 65,
      message: "H00005 is in 清湖村 and H00001 in 凤林村"),
    Refusal(
      setup: [
        [
          "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村",
          "--since", "2026-01-01",
        ],
        ["link", "add", "--member", "王五", "--household", "赵大爷", "--from", "2026-10-01"],
      ],
      arguments: ["household", "merge", "H00002", "--into", "H00001"], status: 65,
      message: "already has a primary (A) liaison"),
    Refusal(
      setup: [
        ["member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村"],
        ["appraisal", "set", "--member", "王五", "--year", "2026", "--grade", "合格"],
        ["appraisal", "set", "--member", "张建国", "--year", "2026", "--grade", "优秀"],
      ],
      arguments: ["member", "merge", "王五", "--into", "张建国"], status: 65,
      message: "each have an appraisal for the same period"),
    Refusal(
      setup: [],
      arguments: ["member", "merge", "张建国", "--into", "李秀英"], status: 65,
      message: "is an activist and can only take a B post"),
    Refusal(
      setup: [], arguments: ["member", "merge", "张建国"], status: 64,
      message: "Missing expected argument '--into"),
  ]

  @Test(arguments: refusals)
  func aRefusedMergeSaysWhyAndWritesNothing(_ refusal: Refusal) throws {
    let sandbox = try Self.twiceTypedHousehold()
    for arguments in refusal.setup { _ = try sandbox.ok(arguments) }
    let before = sandbox.snapshot()
    let result = sandbox.run(refusal.arguments)
    #expect(result.status == refusal.status, "\(result.stderr)")
    #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
    #expect(result.stderr.hasPrefix("Error: "))
    #expect(sandbox.snapshot() == before)
  }
}
