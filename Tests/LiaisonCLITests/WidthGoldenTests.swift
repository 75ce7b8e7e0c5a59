import Foundation
import LiaisonCLI
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Lists, explanations, a report and an import's rejections laid out for terminals 60, 80,
/// 100 and 160 columns wide (`COLUMNS`, as when output is not a terminal): compared with
/// golden files under Golden/widths/, and scanned so that no id, date or phone is ever cut.
@Suite struct WidthGoldenTests {
  static let widths = [60, 80, 100, 160]

  static let commands: [(String, String, [String])] = [
    ("visit-list", "zh", ["visit", "list", "--month", "2026-11"]),
    ("visit-list", "en", ["visit", "list", "--month", "2026-11"]),
    ("member-list", "zh", ["member", "list"]),
    ("member-list", "en", ["member", "list"]),
    ("household-list", "zh", ["household", "list"]),
    ("need-list", "zh", ["need", "list", "--all"]),
    ("need-list", "en", ["need", "list", "--all"]),
    ("link-list", "zh", ["link", "list"]),
    ("score-show", "zh", ["score", "show", "--period", "2026-11"]),
    ("score-explain", "en", ["score", "explain", "张建国", "--period", "2026-11"]),
    ("score-explain", "zh", ["score", "explain", "张建国", "--period", "2026-11"]),
    ("monthly-report", "en", ["report", "monthly", "--month", "2026-11"]),
    ("monthly-report", "zh", ["report", "monthly", "--month", "2026-11"]),
  ]

  /// Ids (`V20261102-0001`, `M0003`), dates, ISO weeks and phones: what a clerk types back
  /// or dials, so what must never be cut.
  static var wholeTokens: Regex<AnyRegexOutput> {
    try! Regex(#"[A-Z]{1,2}\d{4,}(-\d{4})?|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|1\d{10}|0\d{3}-\d{7}"#)
  }

  static func township(language: String, width: Int) throws -> Sandbox {
    let sandbox = try GoldenFileTests.township(language: language)
    // A long note and a long Latin word, so that free text has to wrap at every width.
    _ = try sandbox.ok(
      "visit", "add", "--member", "李秀英", "--household", "孙阿姨", "--date", "2026-11-21",
      "--opinions", "1", "--note",
      "孙阿姨腿脚不便，想申请轮椅；已告知村委会并约好下周一起去镇卫生院做评估 (assessment booked)")
    sandbox.environment["COLUMNS"] = String(width)
    return sandbox
  }

  @Test(arguments: commands)
  func tablesAtEveryWidthMatchTheirGoldenFilesAndCutNoId(
    name: String, language: String, arguments: [String]
  ) throws {
    let wide = try Self.township(language: language, width: 1000).run(arguments)
    #expect(wide.status == 0, "\(wide.stderr)")
    let tokens = Set(
      wide.stdout.matches(of: Self.wholeTokens).map { String(wide.stdout[$0.range]) })
    #expect(!tokens.isEmpty)
    for width in Self.widths {
      let result = try Self.township(language: language, width: width).run(arguments)
      #expect(result.status == 0, "\(result.stderr)")
      try GoldenFile.compare(result.stdout, golden: "widths/\(name).\(language).\(width).txt")
      Self.expectNothingCut(result.stdout, width: width, tokens: tokens)
      GoldenFile.expectTablesLineUp(result.stdout)
    }
  }

  @Test(arguments: ["en", "zh"])
  func importRejectionsKeepTheirAdviceAtEveryWidth(language: String) throws {
    for width in Self.widths {
      let sandbox = try Sandbox(language: language)
      try sandbox.township()
      sandbox.environment["COLUMNS"] = String(width)
      let file = sandbox.root.appendingPathComponent("households.csv")
      try "户主,所在村,家庭人口,电话\n钱叔,凤林村,3,13712345678\n孙婶,无此村,2,13612345678\n李伯,凤林村,三口,13512345678\n"
        .write(to: file, atomically: true, encoding: .utf8)
      let before = sandbox.snapshot()
      let result = sandbox.run("import", "households", file.path)
      #expect(result.status == 65)
      #expect(sandbox.snapshot() == before)
      try GoldenFile.compare(
        result.stdout, golden: "widths/import-rejected.\(language).\(width).txt")
      Self.expectNothingCut(result.stdout, width: width, tokens: [])
      // The advice at the end of each reason is there, whatever the width.
      let joined = result.stdout.filter { !$0.isWhitespace }
      let advice = language == "zh" ? ["无此村", "三口"] : ["'无此村'", "showsthemall", "--size"]
      for word in advice { #expect(joined.contains(word), "\(word) missing at \(width)") }
    }
  }

  @Test(arguments: [
    ("en", ["visit", "add", "--help"], "help-visit-add.en"),
    ("zh", ["visit", "add", "--help"], "help-visit-add.zh"),
    ("zh", ["import", "--help"], "help-import.zh"),
    ("en", ["--help"], "help-root.en"),
  ])
  func helpWrapsToTheWidth(language: String, arguments: [String], golden: String) throws {
    for width in [60, 120] {
      let sandbox = try Sandbox(language: language)
      sandbox.environment["COLUMNS"] = String(width)
      let result = sandbox.run(arguments, data: false)
      #expect(result.status == 0)
      try GoldenFile.compare(result.stdout, golden: "widths/\(golden).\(width).txt")
      for line in result.stdout.split(separator: "\n") {
        #expect(DisplayWidth.of(String(line)) <= width, "wider than \(width): \(line)")
      }
    }
  }

  @Test func aNarrowTerminalGetsEachOptionsHelpUnderIt() throws {
    let sandbox = try Sandbox(language: "en")
    sandbox.environment["COLUMNS"] = "40"
    let help = sandbox.run(["visit", "add", "--help"], data: false).stdout
    let lines = help.split(separator: "\n").map(String.init)
    let label = try #require(lines.firstIndex { $0.hasPrefix("  -d, --date <date>") })
    #expect(lines[label] == "  -d, --date <date>")
    #expect(lines[label + 1].hasPrefix("      ") && lines[label + 1].count <= 40)
    for line in lines where !line.hasPrefix("  -") {
      #expect(DisplayWidth.of(line) <= 40, "wider than 40: \(line)")
    }
  }

  @Test func aNonsenseColumnsFallsBackToEighty() throws {
    for columns in ["abc", "-5", "0", "99999", ""] {
      let sandbox = try GoldenFileTests.township(language: "zh")
      let standard = sandbox.run(["visit", "list", "--month", "2026-11"])
      sandbox.environment["COLUMNS"] = columns
      let result = sandbox.run(["visit", "list", "--month", "2026-11"])
      #expect(result.status == 0)
      #expect(result.stdout == standard.stdout, "COLUMNS=\(columns)")
    }
  }

  @Test func theTerminalsOwnWidthWinsOverColumns() throws {
    let sandbox = try GoldenFileTests.township(language: "zh")
    sandbox.environment["COLUMNS"] = "60"
    let sixty = sandbox.run(["visit", "list", "--month", "2026-11"]).stdout
    sandbox.environment["COLUMNS"] = "160"
    let out = CapturedText()
    let status = LiaisonCommandLine.run(
      arguments: ["visit", "list", "--month", "2026-11", "--data", sandbox.data],
      environment: sandbox.environment, currentDirectory: sandbox.root.path,
      console: Console(
        standardOutput: out.append, standardError: { _ in }, terminalColumns: 60))
    #expect(status == 0)
    #expect(out.value == sixty)
    #expect(sixty != sandbox.run(["visit", "list", "--month", "2026-11"]).stdout)
  }

  /// No line is wider than the page, nothing ends in "…", and every token is there whole.
  static func expectNothingCut(_ output: String, width: Int, tokens: Set<String>) {
    for line in output.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= width, "wider than \(width): \(line)")
    }
    #expect(!output.contains("…"), "something was cut at \(width)")
    for token in tokens {
      #expect(output.contains(token), "\(token) cut at \(width)")
    }
  }
}
