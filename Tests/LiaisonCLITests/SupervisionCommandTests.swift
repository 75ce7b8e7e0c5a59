import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The supervision commands through the command line: refusals write nothing, Chinese
/// synonyms work, a work report set twice keeps its id, `check` and `backup` take the new
/// files in, and a past quarter prints byte for byte the same after later changes.
@Suite struct SupervisionCommandTests {
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox(language: "en", today: "2026-11-23")
    try sandbox.township()
    return sandbox
  }

  @Test(arguments: [
    (
      ["--village", "凤林村", "--outcome", "通过", "--inspector", "王书记", "--item", "nonsense"],
      "not on the checklist"
    ),
    (
      ["--village", "凤林村", "--outcome", "通报批评", "--inspector", "王书记", "--item", "links"],
      "needs the findings"
    ),
    (["--village", "凤林村", "--outcome", "passed", "--item", "links"], "Name the inspectors"),
    (
      ["--village", "凤林村", "--outcome", "passed", "--inspector", "王", "--date", "2026-12-01"],
      "in the future"
    ),
    (
      ["--village", "凤林村", "--outcome", "passed", "--inspector", "王", "--date", "2025-12-01"],
      "came onto the roster"
    ),
    (["--village", "凤林村", "--outcome", "maybe", "--inspector", "王"], "one of passed, criticised"),
  ])
  func aRefusedInspectionWritesNothing(arguments: [String], message: String) throws {
    let sandbox = try Self.township()
    let before = sandbox.snapshot()
    let result = sandbox.run(["inspection", "add"] + arguments)
    #expect(result.status == 65 || result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(sandbox.snapshot() == before)
  }

  @Test func inspectionsAreKeptOnePerLineSortedByID() throws {
    let sandbox = try Self.township()
    for date in ["2026-09-10", "2026-10-10"] {
      _ = try sandbox.ok(
        "inspection", "add", "--village", "凤林村", "--date", date, "--inspector", "王书记",
        "--item", "links", "--failed", "visits", "--findings", "走访记录缺失", "--outcome", "通报")
    }
    let lines = sandbox.file("inspections.json").split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix(#"{"date":"2026-09-10","failed":["visits"]"#))
    #expect(lines[1].contains(#""items":["links","visits"]"#))
    #expect(lines[2].contains(#""id":"I00002""#) && lines[2].contains(#""outcome":"criticised""#))
    #expect(
      try sandbox.ok("inspection", "accountability", "--format", "csv") == "\u{FEFF}Village,Months,Notices")
    _ = try sandbox.ok(
      "inspection", "add", "--village", "凤林村", "--date", "2026-11-10", "--inspector", "王书记",
      "--findings", "仍未整改", "--outcome", "批评")
    #expect(try sandbox.ok("inspection", "accountability").contains("2026-09 2026-10 2026-11"))
    #expect(try sandbox.ok("inspection", "remove", "I3").isEmpty)
    #expect(!sandbox.file("inspections.json").contains("I00003"))
    #expect(sandbox.run("check").status == 0)
  }

  @Test func aWorkReportSetAgainReplacesItAndKeepsItsID() throws {
    let sandbox = try Self.township()
    let first = try sandbox.ok(
      "workreport", "set", "--village", "凤林村", "--month", "2026-10", "--raised", "3", "--discussed",
      "2", "--assigned", "2", "--resolved", "1")
    let again = try sandbox.ok(
      "workreport", "set", "--village", "凤林村", "--month", "2026-10", "--raised", "4", "--discussed",
      "3", "--assigned", "2", "--resolved", "2")
    #expect(first == "W00001" && again == "W00001")
    #expect(sandbox.file("workreports.json").contains(#""raised":4"#))
    let refused = sandbox.run(
      "workreport", "set", "--village", "凤林村", "--month", "2026-12", "--raised", "1", "--discussed",
      "1", "--assigned", "1", "--resolved", "1")
    #expect(refused.status == 65 && refused.stderr.contains("has not begun"))
  }

  @Test func checkNamesTheFileLineAndFieldOfBadSupervisionRecords() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "inspection", "add", "--village", "凤林村", "--date", "2026-10-10", "--inspector", "王书记",
      "--item", "links", "--outcome", "passed")
    let path = sandbox.data + "/inspections.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "\"links\"", with: "\"linkz\"")
      .replacingOccurrences(of: "C001", with: "C009")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let result = sandbox.run("check")
    #expect(result.status == 65)
    #expect(
      result.stdout.contains("inspections.json:2: I00001: unknown village C009"), "\(result.stdout)"
    )
    #expect(result.stdout.contains("inspections.json:2: I00001: 'linkz' is not on the checklist"))
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try #"{"villages": {"C009": {"base": 70}}}"#.write(
      toFile: sandbox.data + "/rules/supervision.json", atomically: true, encoding: .utf8)
    #expect(
      sandbox.run("check").stdout.contains(
        "rules/supervision.json: villages.C009: no village has this id"))
    try #"{"grading": {"A": 50}}"#.write(
      toFile: sandbox.data + "/rules/supervision.json", atomically: true, encoding: .utf8)
    let rules = sandbox.run("index", "grade")
    #expect(rules.status == 65)
    #expect(
      rules.stderr.contains("rules/supervision.json: grading.B: expected a whole number"),
      "\(rules.stderr)")
  }

  @Test func backupsCarryTheSupervisionFiles() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("index", "init-rules")
    _ = try sandbox.ok(
      "inspection", "add", "--village", "凤林村", "--date", "2026-10-10", "--inspector", "王书记",
      "--item", "links", "--outcome", "passed")
    _ = try sandbox.ok(
      "index", "adjust", "--village", "凤林村", "--item", "other", "--points", "-1.5", "--reason",
      "台账缺失")
    let path = try sandbox.ok("backup")
    for name in ["inspections.json", "index-adjustments.json", "rules/supervision.json"] {
      #expect(
        try String(contentsOfFile: path + "/" + name, encoding: .utf8) == sandbox.file(name),
        "\(name)")
    }
    #expect(sandbox.run("index", "init-rules").status == 65)
  }

  @Test func aPastQuarterPrintsTheSameAfterLaterChanges() throws {
    let sandbox = try SupervisionFixture.demo()
    let reports = [
      ["index", "grade", "--period", "2026-Q3"], ["index", "page", "凤林村", "--period", "2026-Q3"],
      ["index", "grade", "--period", "2026-Q3", "--format", "json"],
      ["workreport", "summary", "--month", "2026-09"],
    ]
    let before = try reports.map { try sandbox.ok($0) }
    let currentBefore = try sandbox.ok("index", "grade", "--period", "2026-Q4", "--format", "json")
    // Later: a member moves village, a household arrives, November is inspected and reported.
    _ = try sandbox.ok(
      "member", "edit", "M0005", "--village", "清湖村", "--grid", "G004", "--on", "2026-11-01")
    _ = try sandbox.ok(
      "household", "add", "--head", "新户主", "--village", "凤林村", "--grid", "G001", "--since",
      "2026-11-05")
    _ = try sandbox.ok(
      "inspection", "add", "--village", "新塘边村", "--date", "2026-11-20", "--inspector", "王书记",
      "--item", "links", "--findings", "未落实", "--outcome", "通报批评")
    _ = try sandbox.ok(
      "workreport", "set", "--village", "新塘边村", "--month", "2026-11", "--raised", "2",
      "--discussed",
      "2", "--assigned", "1", "--resolved", "1")
    let after = try reports.map { try sandbox.ok($0) }
    for (old, new) in zip(before, after) { #expect(old == new) }
    #expect(
      try sandbox.ok("index", "grade", "--period", "2026-Q4", "--format", "json") != currentBefore)
  }

  @Test func whatIfListsEachVillageUnderBothRules() throws {
    let sandbox = try SupervisionFixture.demo(language: "en")
    let proposed = sandbox.root.appendingPathComponent("new.json").path
    try #"{"villages": {"C003": {"base": 40}}}"#.write(
      toFile: proposed, atomically: true, encoding: .utf8)
    let result = sandbox.run(
      "index", "what-if", "--rules", proposed, "--period", "2026-Q4", "--format", "csv")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("C003,新塘边村,89.1,69.1,B,C,*"), "\(result.stdout)")
    #expect(result.stdout.contains("C001,凤林村,79.4,79.4,C,B,*"), "\(result.stdout)")
    #expect(result.stderr.contains("2 of 3 villages would change grade"))
  }

  @Test func reserveDecisionsAreKeptOnePerMemberAndYear() throws {
    let sandbox = try SupervisionFixture.demo(language: "en")
    // 李强 is not proposed by the rule; a decision on him still shows, marked so.
    let first = try sandbox.ok("reserve", "decide", "李强", "--year", "2026", "--decision", "no")
    let again = try sandbox.ok("reserve", "decide", "M0001", "--year", "2026", "--decision", "列入")
    #expect(first == "R00003" && again == "R00003")
    let proposal = try sandbox.ok("reserve", "propose", "--year", "2026", "--format", "csv")
    #expect(proposal.contains("凤林村,M0001,李强,"), "\(proposal)")
    #expect(proposal.contains("not proposed,listed"))
    #expect(proposal.contains("凤林村,M0010,徐建国,82.5,good,proposed,listed"))
    let refused = sandbox.run("reserve", "decide", "李强", "--year", "2027", "--decision", "listed")
    #expect(refused.status == 65 && refused.stderr.contains("2027 has not begun"))
    #expect(sandbox.run("check").status == 0)
  }

  @Test func refusalsSpeakChineseToo() throws {
    let sandbox = try Sandbox(language: "zh", today: "2026-11-23")
    try sandbox.township()
    let unknown = sandbox.run(
      "inspection", "add", "--village", "凤林村", "--inspector", "王书记", "--item", "台账",
      "--outcome", "通过")
    #expect(unknown.status == 65)
    #expect(unknown.stderr.contains("'台账' 不在 rules/supervision.json 的督查清单中"), "\(unknown.stderr)")
    let future = sandbox.run("index", "grade", "--period", "2027-Q1")
    #expect(future.status == 65 && future.stderr.contains("晚于今天"), "\(future.stderr)")
    let page = sandbox.run("index", "page", "凤林村", "--period", "2027-Q1")
    #expect(page.status == 65)
  }

  @Test func onlyTheNoticeThatMakesTheThirdMonthProposesAccountability() throws {
    let sandbox = try SupervisionFixture.demo()
    let second = try sandbox.ok("inspection", "notice", "I00003")
    #expect(second.contains("本年通报批评  2"))
    #expect(!second.contains("提请启动问责程序"))
    let third = try sandbox.ok("inspection", "notice", "I00005")
    #expect(third.contains("凤林村已于 2026-09、2026-10、2026-11 连续 3 个月被通报批评"))
    let passed = try sandbox.ok("inspection", "notice", "I00002")
    #expect(passed.hasPrefix("凤林镇督查通报\n"))
    #expect(!passed.contains("通报批评，结果计入"))
  }
}
