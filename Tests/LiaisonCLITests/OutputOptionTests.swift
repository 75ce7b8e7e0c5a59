import Foundation
import LiaisonTestSupport
import Testing

/// `-o/--output FILE` on every command that prints records or a report (issue #19 point 5):
/// the file holds exactly what the screen would have shown, is private, and appears only
/// when the command succeeds; `--out`, its old name on export, still works.
@Suite struct OutputOptionTests {
  static let commands: [[String]] = [
    ["member", "list"], ["member", "show", "张建国"], ["household", "list", "--format", "csv"],
    ["visit", "list", "--month", "2026-11", "--format", "json"], ["link", "list"],
    ["need", "list"], ["score", "show"], ["score", "explain", "张建国", "--period", "2026-11"],
    ["rules", "show"], ["completion", "bash"], ["import", "template", "members"],
    ["export", "households"], ["report", "monthly", "--month", "2026-11"],
  ]

  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-11-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "路灯坏了")
    return sandbox
  }

  @Test(arguments: commands)
  func theFileHoldsWhatTheScreenShows(_ command: [String]) throws {
    let sandbox = try Self.township()
    let screen = sandbox.run(command)
    #expect(screen.status == 0, "\(screen.stderr)")
    for option in ["-o", "--output"] {
      let path = sandbox.root.appendingPathComponent("out-\(option).txt").path
      let written = sandbox.run(command + [option, path])
      #expect(written.status == 0, "\(written.stderr)")
      #expect(written.stdout.isEmpty)
      #expect(written.stderr.contains("Wrote \(path)."))
      // Bytes, not text: reading text would drop a CSV's byte-order mark.
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(screen.stdout.utf8))
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
      #expect((mode as? Int) == 0o600)
    }
  }

  @Test func helpListsTheOptionAndExportKeepsItsOldName() throws {
    let sandbox = try Self.township()
    for command in [
      ["member", "list"], ["member", "show"], ["visit", "list"], ["need", "list"],
      ["score", "show"],
      ["rules", "show"], ["completion"], ["import", "template"], ["export", "households"],
      ["report", "monthly"], ["team", "levels"],
    ] {
      let help = try sandbox.ok(["help"] + command)
      #expect(help.contains("-o, --output <"), "\(command)")
    }
    let export = try sandbox.ok("help", "export", "members", "--lang", "zh")
    #expect(export.contains("也可写作 --out"))
    let path = sandbox.root.appendingPathComponent("old.csv").path
    _ = try sandbox.ok("export", "members", "--out", path)
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func aFailedCommandWritesNoFileAndARefusedPathCostsNothing() throws {
    let sandbox = try Self.township()
    let path = sandbox.root.appendingPathComponent("missing.txt").path
    let failed = sandbox.run("member", "show", "无名氏", "-o", path)
    #expect(failed.status == 64 && !FileManager.default.fileExists(atPath: path))
    let before = sandbox.snapshot()
    let refused = sandbox.run("member", "list", "-o", sandbox.data + "/members.json")
    #expect(refused.status == 73 && refused.stdout.isEmpty)
    #expect(refused.stderr.contains("inside the data folder"))
    #expect(sandbox.snapshot() == before)
    let folder = sandbox.run("member", "list", "-o", sandbox.root.path)
    #expect(folder.status != 0 && folder.stderr.contains(sandbox.root.path))
  }
}
