import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The team reports on a copy of `fixtures/demo`, compared with the files in Golden/teams,
/// and the year's figures against a count of the raw files. Re-record on purpose:
/// `LIAISON_RECORD_GOLDEN=1 swift test --filter TeamReportTests`, then read the diff.
@Suite struct TeamReportTests {
  static let reports: [(name: String, arguments: [String])] = [
    ("team-week", ["team", "week", "--week", "2026-W47"]),
    ("team-month", ["team", "month", "--month", "2026-11"]),
    ("team-year", ["team", "year", "--year", "2026"]),
    ("team-evaluate", ["team", "evaluate", "--period", "2026"]),
    ("team-lists", ["team", "lists", "T01", "--week", "2026-W47"]),
  ]
  static let extensions = ["text": "txt", "md": "md", "csv": "csv", "json": "json", "html": "html"]

  static let cases: [(String, [String], String, String)] =
    reports.flatMap { report in
      ReportFormat.allCases.map { format in
        (report.name, report.arguments + ["--format", format.rawValue], format.rawValue, "zh")
      }
    } + reports.map { ($0.name, $0.arguments, "text", "en") }

  @Test(arguments: cases)
  func everyTeamReportMatchesItsGoldenFile(
    name: String, arguments: [String], format: String, language: String
  ) throws {
    let sandbox = try ReportGoldenTests.demo(language: language)
    let result = sandbox.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    try GoldenFile.compare(
      result.stdout, golden: "teams/\(name).\(language).\(Self.extensions[format]!)")
    if format == "text" {
      GoldenFile.expectTablesLineUp(result.stdout)
      for line in result.stdout.split(separator: "\n") {
        #expect(DisplayWidth.of(String(line)) <= 80, "wider than 80 columns: \(line)")
      }
    }
  }

  /// The year's figures, counted again here straight from the demo's JSON files.
  @Test func theYearsFiguresOnTheDemoMatchACountOfTheRawFiles() throws {
    let sandbox = try ReportGoldenTests.demo()
    let report = try decodeJSON(
      TeamYearReport.self, sandbox.ok("team", "year", "--year", "2026", "--format", "json"))
    func records(_ name: String) throws -> [[String: Any]] {
      let data = try Data(contentsOf: URL(fileURLWithPath: sandbox.data + "/" + name))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }
    let work = try records("team-work.json").filter {
      ($0["date"] as? String)?.hasPrefix("2026") == true
    }
    let visits = work.filter { $0["kind"] as? String == "household" }
    let projects = Set(
      work.filter { $0["kind"] as? String == "project" }.compactMap { $0["place"] as? String })
    let teams = try records("teams.json")
    let seated = Set(
      teams.flatMap {
        ($0["seats"] as? [[String: Any]] ?? []).compactMap { $0["person"] as? String }
      })
    let served = Set(
      teams.flatMap {
        ($0["villages"] as? [[String: Any]] ?? []).compactMap { $0["village"] as? String }
      })
    let doneEvents = try records("team-tasks.json").flatMap {
      $0["history"] as? [[String: Any]] ?? []
    }
    .filter {
      $0["action"] as? String == "done" && ($0["date"] as? String)?.hasPrefix("2026") == true
    }
    #expect(report.teams == teams.count && report.teams == 3)
    #expect(report.villages == served.count)
    #expect(report.people == seated.count && report.people == 14)
    #expect(report.householdVisits == visits.count && report.householdVisits == 84)
    #expect(report.households == Set(visits.compactMap { $0["household"] as? String }).count)
    #expect(report.problemsSolved == work.reduce(0) { $0 + ($1["solved"] as? Int ?? 0) })
    #expect(report.projects == projects.count)
    #expect(report.tasksDone == doneEvents.count)
    #expect(report.rows.map(\.tally.householdVisits).reduce(0, +) == visits.count)
    let hard = try records("team-projects.json").filter { $0["year"] as? Int == 2026 }
    #expect(report.hardProjects.count == hard.count && hard.count == 3)
    #expect(
      report.hardProjects.map(\.reached).reduce(0, +)
        == hard.flatMap { $0["milestones"] as? [[String: Any]] ?? [] }.count {
          $0["reached"] != nil
        })
    let text = try sandbox.ok("team", "year", "--year", "2026")
    #expect(text.contains("14 名团员走访服务群众 \(visits.count) 人次，解决问题 \(report.problemsSolved) 个"))
  }
}
