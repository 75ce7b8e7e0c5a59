import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Every supervision report in every format in Chinese and as text in English, on the
/// demo township with `SupervisionFixture`'s records, compared with Golden/supervision.
/// Re-record on purpose: `LIAISON_RECORD_GOLDEN=1 swift test --filter SupervisionGolden`.
@Suite struct SupervisionGoldenTests {
  static let reports: [(name: String, arguments: [String])] = [
    ("notice", ["inspection", "notice", "I00005"]),
    ("grading", ["index", "grade", "--period", "2026-Q4"]),
    ("village-page", ["index", "page", "凤林村", "--period", "2026-Q4"]),
    ("explain", ["index", "explain", "清湖村", "--period", "2026-Q4"]),
    ("workreports", ["workreport", "summary", "--month", "2026-10"]),
    ("reserves", ["reserve", "propose", "--year", "2026"]),
  ]

  static let extensions = ["text": "txt", "md": "md", "csv": "csv", "json": "json", "html": "html"]

  static let cases: [(String, [String], String)] = reports.flatMap { report in
    ReportFormat.allCases.map { format in
      (report.name, report.arguments + ["--format", format.rawValue], format.rawValue)
    }
  }

  @Test(arguments: cases)
  func everyReportInEveryFormatMatchesItsGoldenFile(
    name: String, arguments: [String], format: String
  ) throws {
    let sandbox = try SupervisionFixture.demo()
    let result = sandbox.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    try GoldenFile.compare(
      result.stdout, golden: "supervision/\(name).zh.\(Self.extensions[format]!)")
    if format == "text" { Self.expectFits(result.stdout) }
  }

  @Test(arguments: reports.map(\.name))
  func everyReportReadsInEnglishToo(name: String) throws {
    let sandbox = try SupervisionFixture.demo(language: "en")
    let report = try #require(Self.reports.first { $0.name == name })
    let result = sandbox.run(report.arguments)
    #expect(result.status == 0, "\(result.stderr)")
    try GoldenFile.compare(result.stdout, golden: "supervision/\(name).en.txt")
    Self.expectFits(result.stdout)
  }

  static func expectFits(_ output: String) {
    GoldenFile.expectTablesLineUp(output)
    for line in output.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "wider than 80 columns: \(line)")
    }
  }
}
