import Foundation
import LiaisonCore

/// `liaison-bench run`: generates (once, kept in the work folder) the folders each scale
/// needs, then times every operation as whole runs of the real `liaison` binary beside this
/// one, and prints a table of median and p90 wall time and peak memory, warm and on a
/// folder without its derived index.
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
      for operation in BenchOperation.all
      where operation.scales.contains(name) && (only.map { operation.name.contains($0) } ?? true) {
        let (warm, firstRun) = try measure(operation, folders, scale: name)
        table.add(name, operation, warm, firstRun: firstRun)
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

  /// Times `operation` `runs` times; a reading command first runs once untimed, so that its
  /// warm runs find the index it builds, then `runs` times more on folders whose index was
  /// removed just before (untimed): its first run on a fresh clone or a restored backup.
  private func measure(
    _ operation: BenchOperation, _ folders: BenchFolders, scale: String
  )
    throws -> (warm: BenchTable.Result, firstRun: [ChildProcess.Outcome]?)
  {
    let help = try ChildProcess.run(
      liaison, ["help"] + operation.command, environment: Self.liaisonEnvironment)
    guard help.status == 0 else {
      let note = "no '\(operation.command.joined(separator: " "))' command in this build yet"
      return (.skipped(note), nil)
    }
    guard operation.reads else {
      return (.measured(try timedRuns(operation, folders, scale: scale)), nil)
    }
    _ = try runOnce(operation, folders, try folders.paths(for: operation.folder), scale: scale)
    let warm = try timedRuns(operation, folders, scale: scale)
    let firstRun = try timedRuns(
      operation, folders, scale: scale, label: " (first run, no index)",
      prepare: BenchFolders.removeIndex(in:))
    return (.measured(warm), firstRun)
  }

  /// `runs` timed runs, each after `prepare` (untimed) has had the run's folders.
  private func timedRuns(
    _ operation: BenchOperation, _ folders: BenchFolders, scale: String, label: String = "",
    prepare: ([String]) throws -> Void = { _ in }
  ) throws -> [ChildProcess.Outcome] {
    var outcomes: [ChildProcess.Outcome] = []
    for attempt in 0..<runs {
      let paths = try folders.paths(for: operation.folder)
      try prepare(paths)
      let outcome = try runOnce(operation, folders, paths, scale: scale)
      outcomes.append(outcome)
      report(scale, operation.name + label, outcome)
      // Slow commands get three runs: enough for a median, and the table in minutes.
      if attempt >= 2 && outcome.seconds > 3 { break }
    }
    return outcomes
  }

  /// One run of `operation` on `paths`, each given with its own `--data`.
  private func runOnce(
    _ operation: BenchOperation, _ folders: BenchFolders, _ paths: [String], scale: String
  ) throws -> ChildProcess.Outcome {
    let arguments = operation.arguments.map {
      $0 == BenchOperation.importFile ? folders.importFile : $0
    }
    let outcome = try ChildProcess.run(
      liaison, arguments + paths.flatMap { ["--data", $0] },
      environment: Self.liaisonEnvironment)
    guard outcome.status == 0 else {
      throw BenchError("\(operation.name) at \(scale) scale exited \(outcome.status)")
    }
    return outcome
  }
}
