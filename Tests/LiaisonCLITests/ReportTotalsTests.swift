import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Figures that add up (issue #17 point 7): in every report, format and language, each total
/// row equals the sum of the rows above it — the rows including the one that says what else
/// the total holds (needs raised by no member, households in no grid). A total that counts
/// each thing once, and so is no sum, says so in its cell (`170（去重）`) and is not summed.
@Suite struct ReportTotalsTests {
  static let reports: [(name: String, arguments: [String])] = [
    ("monthly", ["report", "monthly", "--month", "2026-10"]),
    ("monthly-running", ["report", "monthly", "--month", "2026-11"]),
    ("monthly-village", ["report", "monthly", "--month", "2026-11", "--village", "清湖村"]),
    ("weekly", ["report", "weekly", "--week", "2026-W47"]),
    ("weekly-village", ["report", "weekly", "--week", "2026-W46", "--village", "凤林村"]),
    ("coverage", ["report", "coverage"]),
  ]

  static let cases: [(String, [String], String, String)] = reports.flatMap { report in
    ["text", "md", "csv", "html"].flatMap { format in
      ["zh", "en"].map { (report.name, report.arguments, format, $0) }
    }
  }

  @Test(arguments: cases)
  func everyTotalEqualsItsRows(
    name: String, arguments: [String], format: String, lang: String
  )
    throws
  {
    let sandbox = try ReportGoldenTests.demo(language: lang)
    let result = sandbox.run(arguments + ["--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try ReportRows.of(result.stdout, format: format)
    let totals = ReportRows.checkTotals(rows)
    if name.hasPrefix("monthly") || name.hasPrefix("weekly") {
      #expect(totals > 0, "\(name) \(format) \(lang): no total row found")
    }
  }

  @Test(arguments: ["zh", "en"])
  func theCountyRollUpAddsUpToo(lang: String) throws {
    let sandbox = try ReportGoldenTests.demo(language: lang)
    let second = sandbox.root.appendingPathComponent("second").path
    try FileManager.default.copyItem(atPath: sandbox.data, toPath: second)
    for format in ["text", "md", "csv", "html"] {
      let result = sandbox.run(
        [
          "report", "monthly", "--month", "2026-10", "--data", sandbox.data, "--data", second,
          "--format", format,
        ], data: false)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(ReportRows.checkTotals(try ReportRows.of(result.stdout, format: format)) == 1)
    }
  }

  /// The JSON says the same: the villages add up to the summary, the members and the needs
  /// of no member to the week's totals.
  @Test func theJSONFiguresAddUp() throws {
    let sandbox = try ReportGoldenTests.demo()
    let monthly = try JSONDecoder().decode(
      MonthlyReport.self,
      from: Data(
        sandbox.run("report", "monthly", "--month", "2026-10", "--format", "json").stdout.utf8))
    #expect(monthly.villages.reduce(0) { $0 + $1.visits } == monthly.summary.visits)
    #expect(monthly.villages.reduce(0) { $0 + $1.needsRaised } == monthly.summary.needs.raised)
    #expect(monthly.summary.needs.cancelled == 1)
    // Every link in force has its village's row, typed or not.
    #expect(monthly.neighbourTypes.map(\.total) == [125, 125, 122])
    #expect(monthly.neighbourTypes.first.map(NeighbourTypeRow.ratio) == "5.2:2.9:1.9")
    let weekly = try JSONDecoder().decode(
      WeeklyReport.self,
      from: Data(
        sandbox.run("report", "weekly", "--week", "2026-W47", "--format", "json").stdout.utf8))
    let raised = weekly.members.reduce(0) { $0 + $1.needsRaised }
    let resolved = weekly.members.reduce(0) { $0 + $1.needsResolved }
    #expect(raised + weekly.needsOfNoMember.needsRaised == weekly.totals.needsRaised)
    #expect(resolved + weekly.needsOfNoMember.needsResolved == weekly.totals.needsResolved)
    #expect(weekly.needsOfNoMember.needsRaised > 0, "the demo week has needs the clerk raised")
  }

  /// A household in no grid: the grid table says so in a row of its own, and still adds up.
  @Test func householdsInNoGridHaveARowOfTheirOwn() throws {
    let sandbox = try ReportGoldenTests.demo()
    let added = sandbox.run(
      "household", "add", "--head", "孤户", "--village", "凤林村", "--since", "2026-01-01")
    #expect(added.status == 0, "\(added.stderr)")
    let result = sandbox.run("report", "monthly", "--month", "2026-10", "--format", "csv")
    #expect(result.stdout.contains("未分网格"))
    // Villages, grids (with its 未分网格 row) and neighbour types.
    #expect(ReportRows.checkTotals(try ReportRows.of(result.stdout, format: "csv")) == 3)
  }

  @Test func chartsMarkPartialWeeksAndStopAtTheDayTheReportIsTaken() throws {
    let sandbox = try ReportGoldenTests.demo()
    let monthly = try JSONDecoder().decode(
      MonthlyReport.self,
      from: Data(
        sandbox.run("report", "monthly", "--month", "2026-11", "--format", "json").stdout.utf8))
    // Today is Monday 2026-11-23: W48 has begun, W49 (Nov 30) has not.
    #expect(monthly.visitsByWeek.map(\.week.description).last == "2026-W48")
    // Sunday 1 November ends W44; W45 to W47 are whole; W48 runs past today.
    #expect(monthly.visitsByWeek.map(\.partial) == [true, false, false, false, true])
    let october = try JSONDecoder().decode(
      MonthlyReport.self,
      from: Data(
        sandbox.run("report", "monthly", "--month", "2026-10", "--format", "json").stdout.utf8))
    // 1 October is a Thursday, 31 October a Saturday: both ends are partial.
    #expect(october.visitsByWeek.first?.partial == true)
    #expect(october.visitsByWeek.last?.partial == true)
    #expect(october.visitsByWeek.dropFirst().dropLast().allSatisfy { !$0.partial })
  }

  @Test func theWeeklyReportDefaultsToTheLastCompleteWeekBeforeWednesday() throws {
    let sandbox = try ReportGoldenTests.demo()
    func week(_ today: String, _ more: String...) -> String? {
      let result = sandbox.run(["report", "weekly", "--today", today, "--format", "json"] + more)
      return try? JSONDecoder().decode(WeeklyReport.self, from: Data(result.stdout.utf8)).week
        .description
    }
    #expect(week("2026-11-23") == "2026-W47")  // Monday
    #expect(week("2026-11-24") == "2026-W47")  // Tuesday
    #expect(week("2026-11-25") == "2026-W48")  // Wednesday
    #expect(week("2026-11-25", "--week", "上周") == "2026-W47")
    #expect(week("2026-11-25", "--week", "本周") == "2026-W48")
    #expect(week("2026-11-25", "--week", "2026-11-11") == "2026-W46")
    #expect(week("2026-11-25", "--week", "last-week") == "2026-W47")
    let text = sandbox.run("report", "weekly", "--week", "2026-W47").stdout
    #expect(text.contains("2026-11-16 至 2026-11-22"))
  }
}
