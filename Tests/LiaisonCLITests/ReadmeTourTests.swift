import Foundation
import LiaisonTestSupport
import Testing

/// The README's tour, run as written through the real binary (issue #19): every command
/// of it must succeed, in the order a new user types them.
@Suite struct ReadmeTourTests {
  static func tour() throws -> String {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../README.md").standardizedFileURL
    let text = try String(contentsOf: readme, encoding: .utf8)
    let section = try #require(text.range(of: "## A tour\n\n```sh\n"))
    let end = try #require(text.range(of: "\n```\n", range: section.upperBound..<text.endIndex))
    return String(text[section.upperBound..<end.lowerBound])
  }

  @Test func theTourRunsAsWritten() throws {
    let tour = try Self.tour()
    #expect(tour.contains("liaison init"))
    // `liaison` is the binary under test; every line must succeed (set -e), and HOME is a
    // folder of the test's own so `~/凤林镇` lands there.
    let script =
      "set -e\n"
      + tour.replacingOccurrences(
        of: "(^|\n)liaison ", with: "$1\"$LIAISON\" ", options: .regularExpression)
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "liaison-tour-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try RealBinary.shell(script, in: home, environment: ["HOME": home.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("C001"))
    #expect(FileManager.default.fileExists(atPath: home.path + "/凤林镇/liaison.json"))
  }

  /// The README's DuckDB query is the one the benchmark runs against liaison's own figures
  /// wherever DuckDB is installed (`liaison-bench run`), so the README's copy must not drift.
  @Test func theDuckDBQueryIsTheOneTheBenchmarkChecks() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../..").standardizedFileURL
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let query = try String(
      contentsOf: root.appendingPathComponent("Sources/LiaisonBench/Peers/visits_by_village.sql"),
      encoding: .utf8)
    #expect(query.contains("read_json('visits/2026-11.jsonl')"))
    #expect(readme.contains("```sql\n" + query + "```\n"))
  }
}
