import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Output files (`-o`, `--out`) with their k-th disk operation failed, once and as a crash,
/// for every k: each run ends in a message, and the file the clerk named holds the old
/// contents or the new, whole, never a part.
@Suite struct OutputFaults {
  static let commands: [(name: String, arguments: [String])] = [
    ("report monthly -o", ["report", "monthly", "--month", "2026-11", "-o", "out.txt"]),
    ("export households --out", ["export", "households", "--out", "out.txt"]),
    (
      "export visits --format jsonl --out",
      ["export", "visits", "--format", "jsonl", "--out", "out.txt"]
    ),
  ]

  @Test(arguments: commands.map(\.name))
  func anInterruptedOutputLeavesTheOldFileOrTheNew(_ name: String) throws {
    let arguments = try #require(Self.commands.first { $0.name == name }).arguments
    let sandbox = try ReliabilityRun.township()
    let path = sandbox.root.appendingPathComponent("out.txt").path
    let old = Data("the old file\n".utf8)
    let counter = FaultyFileSystem(failAt: nil)
    sandbox.fileSystem = counter
    try old.write(to: URL(fileURLWithPath: path))
    #expect(sandbox.run(arguments).status == 0)
    let new = try Data(contentsOf: URL(fileURLWithPath: path))
    let folder = sandbox.snapshot()
    var runs = 0
    var stayedOld = 0
    var becameNew = 0
    var mixed = 0
    var leftovers = 0
    for mode in FaultyFileSystem.Mode.allCases {
      for failAt in 1...counter.operations {
        try old.write(to: URL(fileURLWithPath: path))
        sandbox.fileSystem = FaultyFileSystem(failAt: failAt, mode: mode)
        let result = sandbox.run(arguments)
        runs += 1
        let now = try Data(contentsOf: URL(fileURLWithPath: path))
        if now == old { stayedOld += 1 } else if now == new { becameNew += 1 } else { mixed += 1 }
        if result.status != 0, !result.stderr.contains("Error:") { mixed += 1 }
        if result.status == 0, now != new { mixed += 1 }
        let partials = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)
          .filter { $0.contains(".partial-") }
        // A crash leaves its hidden partial file, as a real one would; an error removes it.
        if mode == .once, !partials.isEmpty { leftovers += 1 }
        for partial in partials {
          try FileManager.default.removeItem(atPath: sandbox.root.path + "/" + partial)
        }
        #expect(sandbox.snapshot() == folder, "\(name): the data folder changed")
      }
    }
    ReliabilityRun.report(
      "output faults: \(name): \(counter.operations) operations × 2 modes → \(runs) runs, "
        + "\(stayedOld) old file, \(becameNew) new, \(mixed) mixed or unexplained, "
        + "\(leftovers) partial files left after an error")
    #expect(mixed == 0 && leftovers == 0)
  }
}
