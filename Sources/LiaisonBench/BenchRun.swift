import Foundation
import LiaisonCore

/// `liaison-bench run`: generates (once, kept in the work folder) the folders each scale
/// needs, then times every operation as whole runs of the real `liaison` binary beside this
/// one, and prints a table of median and p90 wall time and peak memory.
struct BenchRun {
  let scales: [(name: String, scale: SampleScale)]
  let runs: Int
  let work: String
  let only: String?
  let liaison: String

  init(options: [String: String]) throws {
    let names =
      (options["scale"] ?? "both") == "both" ? ["township", "county"] : [options["scale"]!]
    scales = try names.map { name in
      guard let scale = SampleScale.named(name) else { throw BenchError("unknown scale \(name)") }
      return (name, scale)
    }
    runs = max(1, options["runs"].flatMap { Int($0) } ?? 7)
    work = options["work"] ?? NSTemporaryDirectory() + "liaison-bench"
    only = options["only"]
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    liaison = here.appendingPathComponent("liaison").path
    guard FileManager.default.isExecutableFile(atPath: liaison) else {
      throw BenchError("no liaison binary at \(liaison): run 'swift build -c release' first")
    }
  }

  func run() throws {
    var table = BenchTable()
    for (name, scale) in scales {
      let folders = try BenchFolders(work: work + "/" + name, scale: scale)
      for operation in BenchOperation.all where only.map({ operation.name.contains($0) }) ?? true {
        table.add(name, operation, try measure(operation, folders, scale: name))
      }
      try measurePeers(folders, scale: name, into: &table)
    }
    print(table.markdown())
    print()
    print(table.peersMarkdown())
  }

  /// liaison runs with a fixed day, language and clerk, and nothing else of the caller's.
  static let liaisonEnvironment = [
    "LIAISON_TODAY": "2026-12-31", "LIAISON_LANG": "en", "LIAISON_CLERK": "bench",
    "PATH": "/usr/bin:/bin",
  ]

  /// One timed run on standard error, so a long run shows it is alive.
  func report(_ scale: String, _ name: String, _ outcome: ChildProcess.Outcome) {
    FileHandle.standardError.write(
      Data("\(scale) \(name): \(String(format: "%.3f", outcome.seconds)) s\n".utf8))
  }

  private func measure(
    _ operation: BenchOperation, _ folders: BenchFolders, scale: String
  )
    throws -> BenchTable.Result
  {
    let environment = Self.liaisonEnvironment
    let help = try ChildProcess.run(liaison, ["help"] + operation.command, environment: environment)
    guard help.status == 0 else {
      return .skipped("no '\(operation.command.joined(separator: " "))' command in this build yet")
    }
    var outcomes: [ChildProcess.Outcome] = []
    for attempt in 0..<runs {
      let folder = try folders.path(for: operation.folder)
      let arguments = operation.arguments.map {
        $0 == BenchOperation.importFile ? folders.importFile : $0
      }
      let outcome = try ChildProcess.run(
        liaison, arguments + ["--data", folder], environment: environment)
      guard outcome.status == 0 else {
        throw BenchError("\(operation.name) at \(scale) scale exited \(outcome.status)")
      }
      outcomes.append(outcome)
      report(scale, operation.name, outcome)
      // Slow commands get three runs: enough for a median, and the table in minutes.
      if attempt >= 2 && outcome.seconds > 3 { break }
    }
    return .measured(outcomes)
  }
}
