import Foundation

/// A program an analyst might write instead of `liaison report monthly`, timed beside it in
/// the same run: a Python script over the folder's files as they are, with DuckDB or with the
/// standard library alone (`Peers/`). A peer whose interpreter or module is not installed is
/// reported as skipped; `pip install duckdb` brings the DuckDB one (never the tests' concern).
struct BenchPeer: Sendable {
  var name: String
  var script: String
  /// The Python module the script imports beyond the standard library, if any.
  var module: String?
  /// How many times faster than this peer liaison's report must be at county scale (issue
  /// 20: four times DuckDB's, measured in the same run), or nil where no target is set.
  var countyRatioTarget: Double?

  static let all = [
    BenchPeer(name: "DuckDB", script: "monthly_duckdb.py", module: "duckdb", countyRatioTarget: 4),
    BenchPeer(name: "plain Python (json)", script: "monthly_python.py", module: nil),
  ]

  /// The scripts sit beside this file in the checkout the benchmark was built from.
  var scriptPath: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Peers").appendingPathComponent(script).path
  }

  /// The command line that computes `month`'s core figures as of `asOf` in `folder`.
  func arguments(folder: String, month: String, asOf: String) -> [String] {
    [scriptPath, folder, month, asOf]
  }

  /// Why this peer cannot run here, or nil when it can.
  func missing(python: String?, environment: [String: String]) throws -> String? {
    guard let python else { return "no python3 on PATH" }
    guard FileManager.default.fileExists(atPath: scriptPath) else {
      return "no \(scriptPath): run the benchmark from its checkout"
    }
    guard let module else { return nil }
    let probe = try ChildProcess.run(python, ["-c", "import \(module)"], environment: environment)
    return probe.status == 0 ? nil : "no Python module \(module) (pip install \(module))"
  }

  /// The first `python3` on the benchmark's own PATH.
  static func python(environment: [String: String]) -> String? {
    (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/python3" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
