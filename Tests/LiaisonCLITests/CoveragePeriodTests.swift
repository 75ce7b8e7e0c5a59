import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// `report coverage --period`: only the period's visits, with the roster as it stood at
/// the period's end.
@Suite struct CoveragePeriodTests {
  /// The sample township, 张建国 linked to 王大妈 and 赵大爷 from 1 October, visits in
  /// October and November.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox(today: "2026-11-23")
    try sandbox.township()
    for head in ["王大妈", "赵大爷"] {
      _ = try sandbox.ok(
        "link", "add", "--member", "张建国", "--household", head, "--from", "2026-10-01")
    }
    for (head, day) in [("王大妈", "2026-10-12"), ("赵大爷", "2026-10-20"), ("王大妈", "2026-11-03")] {
      _ = try sandbox.ok(
        "visit", "add", "--member", "张建国", "--household", head, "--date", day)
    }
    return sandbox
  }

  static func coverage(_ sandbox: Sandbox, _ extra: String...) throws -> CoverageReport {
    let result = sandbox.run(["report", "coverage", "--format", "json"] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(CoverageReport.self, from: Data(result.stdout.utf8))
  }

  static func visits(_ report: CoverageReport) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: report.households.map { ($0.head, $0.visits) })
  }

  @Test func aMonthCountsOnlyItsOwnVisits() throws {
    let sandbox = try Self.township()
    let november = try Self.coverage(sandbox, "--period", "2026-11")
    #expect(Self.visits(november) == ["王大妈": 1, "赵大爷": 0, "孙阿姨": 0])
    #expect(november.asOf.description == "2026-11-23" && november.period?.label == "2026-11")
    #expect(november.villages.first?.householdsVisited == 1)
    let october = try Self.coverage(sandbox, "--period", "2026-10")
    #expect(Self.visits(october) == ["王大妈": 1, "赵大爷": 1, "孙阿姨": 0])
    #expect(october.asOf.description == "2026-10-31")
    // Days since the last visit count to the period's end.
    #expect(october.households.first { $0.head == "赵大爷" }?.daysSince == 11)
  }

  @Test(arguments: ["2026-H2", "2026", "2026-Q4"])
  func aHalfAYearOrAQuarterCountsEveryVisitInIt(_ period: String) throws {
    let sandbox = try Self.township()
    let report = try Self.coverage(sandbox, "--period", period)
    #expect(Self.visits(report) == ["王大妈": 2, "赵大爷": 1, "孙阿姨": 0])
    #expect(report.members.first { $0.name == "张建国" }?.visits == 3)
  }

  @Test func thePeriodsRosterIsTheOneAtItsEnd() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "household", "add", "--head", "钱叔", "--village", "凤林村", "--grid", "第一网格", "--since",
      "2026-11-05")
    _ = try sandbox.ok("member", "leave", "李秀英", "--date", "2026-11-10")
    let october = try Self.coverage(sandbox, "--period", "2026-10")
    #expect(!october.households.contains { $0.head == "钱叔" })
    #expect(october.members.contains { $0.name == "李秀英" })
    let november = try Self.coverage(sandbox, "--period", "2026-11")
    #expect(november.households.contains { $0.head == "钱叔" })
    #expect(!november.members.contains { $0.name == "李秀英" })
    // And the heading says which period it is.
    let text = try sandbox.ok("report", "coverage", "--period", "2026-10", "--lang", "zh")
    #expect(text.contains("联户走访覆盖情况（2026-10）"))
    #expect(text.contains("统计 2026-10-01 至 2026-10-31 的走访"))
  }

  @Test(arguments: [("2026-13", 64), ("2027-01", 65)])
  func aBadOrFuturePeriodIsRefused(_ period: String, status: Int32) throws {
    let sandbox = try Self.township()
    let result = sandbox.run("report", "coverage", "--period", period)
    #expect(result.status == 64 || result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains(period) || result.stderr.contains("period"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }
}
