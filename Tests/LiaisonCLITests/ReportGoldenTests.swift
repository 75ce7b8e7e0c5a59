import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Every report in every format on a copy of `fixtures/demo`, compared with the files in
/// Golden/reports. Re-record on purpose: `LIAISON_RECORD_GOLDEN=1 swift test --filter
/// ReportGoldenTests`, then read the diff.
@Suite struct ReportGoldenTests {
  /// A private copy of the demo township, with today fixed at 2026-11-23.
  static func demo(language: String = "zh") throws -> Sandbox {
    let sandbox = try Sandbox(language: language, today: "2026-11-23")
    let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../fixtures/demo").standardizedFileURL.path
    try FileManager.default.copyItem(atPath: demo, toPath: sandbox.data)
    try? FileManager.default.removeItem(atPath: sandbox.data + "/.lock")
    // The names a township prints on its forms; the reviewer left blank, to sign by hand.
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try Data(
      #"{"unit": "中共凤林镇委员会", "preparer": "王丽", "supervisionPhone": "0570-4012345"}"#.utf8
    ).write(to: URL(fileURLWithPath: sandbox.data + "/" + FormSettings.fileName))
    return sandbox
  }

  static let reports: [(name: String, arguments: [String])] = [
    ("monthly", ["report", "monthly", "--month", "2026-10"]),
    ("monthly-november", ["report", "monthly", "--month", "2026-11", "--village", "清湖村"]),
    ("weekly", ["report", "weekly", "--week", "2026-W47"]),
    ("coverage", ["report", "coverage", "--village", "新塘边村"]),
    ("public-table", ["report", "public-table", "--village", "凤林村"]),
    ("commitments", ["report", "commitments", "--year", "2026", "--village", "清湖村"]),
    ("cards", ["report", "cards", "--village", "新塘边村"]),
    ("worksheet", ["report", "worksheet", "--member", "M0001"]),
    ("household", ["report", "household", "H00001"]),
    ("focus-groups", ["report", "focus-groups", "--village", "清湖村"]),
    ("grid-signs", ["report", "grid-signs", "--village", "凤林村"]),
  ]

  static let cases: [(String, [String], String)] = reports.flatMap { report in
    ReportFormat.allCases.map { format in
      (report.name, report.arguments + ["--format", format.rawValue], format.rawValue)
    }
  }

  @Test(arguments: cases)
  func everyReportInEveryFormatMatchesItsGoldenFile(
    name: String, arguments: [String], format: String
  ) throws {
    let sandbox = try Self.demo()
    let result = sandbox.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    let extensions = ["text": "txt", "md": "md", "csv": "csv", "json": "json", "html": "html"]
    try GoldenFile.compare(result.stdout, golden: "reports/\(name).zh.\(extensions[format]!)")
    if format == "text" {
      GoldenFile.expectTablesLineUp(result.stdout)
      for line in result.stdout.split(separator: "\n") {
        #expect(DisplayWidth.of(String(line)) <= 80, "wider than 80 columns: \(line)")
      }
    }
  }

  /// Every form in English as printed (HTML) and as text, beside the Chinese ones above.
  @Test(arguments: reports.flatMap { report in [("html", report), ("text", report)] })
  func everyReportReadsInEnglishToo(
    format: String, report: (name: String, arguments: [String])
  )
    throws
  {
    let sandbox = try Self.demo(language: "en")
    let result = sandbox.run(report.arguments + ["--format", format])
    #expect(result.status == 0, "\(result.stderr)")
    let golden = "reports/\(report.name).en.\(format == "html" ? "html" : "txt")"
    if report.name == "monthly" && format == "text" { return }  // the test below
    try GoldenFile.compare(result.stdout, golden: golden)
  }

  @Test func theMonthlyReportReadsInEnglishToo() throws {
    let sandbox = try Self.demo(language: "en")
    let result = sandbox.run("report", "monthly", "--month", "2026-10")
    #expect(result.status == 0)
    try GoldenFile.compare(result.stdout, golden: "reports/monthly.en.txt")
    GoldenFile.expectTablesLineUp(result.stdout)
  }
}
