import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A folder written by format 1 (`fixtures/format1-demo`, the demo township as committed
/// before dated rosters) opens as it is and is upgraded on its first write.
@Suite struct FormatUpgradeTests {
  static func formatOneDemo() throws -> Sandbox {
    let sandbox = try Sandbox(language: "en", today: "2026-11-23")
    let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../fixtures/format1-demo").standardizedFileURL.path
    try FileManager.default.copyItem(atPath: demo, toPath: sandbox.data)
    return sandbox
  }

  @Test func aFormatOneFolderReadsAsItWasAndUpgradesOnItsFirstWrite() throws {
    let sandbox = try Self.formatOneDemo()
    let before = try sandbox.ok("report", "monthly", "--month", "2026-10", "--format", "json")
    #expect(sandbox.file("liaison.json").contains("\"format\" : 1"))
    #expect(sandbox.file("members.json").contains("\"added\""))
    #expect(try sandbox.ok("check").isEmpty)

    _ = try sandbox.ok("member", "edit", "M0001", "--branch", "第一支部")
    #expect(sandbox.file("liaison.json").contains("\"format\" : 2"))
    let members = sandbox.file("members.json")
    #expect(!members.contains("\"added\"") && members.contains("\"since\":\"2026-"))
    // The folder as it was is kept, and is itself a format-1 folder.
    let backups = try FileManager.default.contentsOfDirectory(
      atPath: sandbox.data + "/backups/before-upgrade")
    #expect(backups.count == 1)
    let kept = sandbox.data + "/backups/before-upgrade/" + backups[0] + "/liaison.json"
    #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("\"format\" : 1"))
    // Everything reads the same after the upgrade.
    #expect(try sandbox.ok("report", "monthly", "--month", "2026-10", "--format", "json") == before)
    #expect(try sandbox.ok("check").isEmpty)
  }

  @Test func aNewerFormatIsStillRefusedUntouched() throws {
    let sandbox = try Self.formatOneDemo()
    let manifest = sandbox.file("liaison.json").replacingOccurrences(
      of: "\"format\" : 1", with: "\"format\" : 3")
    try manifest.write(toFile: sandbox.data + "/liaison.json", atomically: true, encoding: .utf8)
    let result = sandbox.run("member", "edit", "M0001", "--branch", "第一支部")
    #expect(result.status != 0)
    #expect(sandbox.file("liaison.json") == manifest)
  }

  /// `check` names each kind of broken history with its file and line.
  static let brokenHistories:
    [(file: String, id: String, replace: String, with: String, says: String)] = [
      (
        "members.json", "M0001", "\"grid\":",
        "\"history\":[{\"grid\":\"G001\",\"to\":\"2025-01-01\"}],\"grid\":",
        "comes before it was on the roster"
      ),
      (
        "members.json", "M0001", "\"grid\":",
        "\"history\":[{\"grid\":\"G001\",\"to\":\"2026-11-12\"},{\"status\":\"probationary\",\"to\":\"2026-11-02\"}],\"grid\":",
        "history is out of order"
      ),
      (
        "households.json", "H00001", "\"grid\":",
        "\"history\":[{\"colour\":\"red\",\"to\":\"2026-11-12\"}],\"grid\":", "not a dated fact"
      ),
      (
        "grids.json", "G001", "\"id\":", "\"history\":[{\"to\":\"2026-11-12\"}],\"id\":",
        "records no fact"
      ),
    ]

  @Test(arguments: 0..<brokenHistories.count)
  func checkNamesEachBrokenHistoryByFileAndLine(_ index: Int) throws {
    let broken = Self.brokenHistories[index]
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("member", "edit", "张建国", "--grid", "第二网格", "--on", "2026-11-10")
    let path = sandbox.data + "/" + broken.file
    var lines = sandbox.file(broken.file).components(separatedBy: "\n")
    let at = try #require(lines.firstIndex { $0.contains("\"id\":\"\(broken.id)\"") })
    var line = lines[at].replacingOccurrences(
      of: ",\"history\":\\[[^\\]]*\\]", with: "", options: .regularExpression)
    line = line.replacingOccurrences(of: broken.replace, with: broken.with)
    lines[at] = line
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let result = sandbox.run("check")
    #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
    let output = result.stdout + result.stderr
    #expect(output.contains("\(broken.file):\(at + 1)"), "\(output)")
    #expect(output.contains(broken.says), "\(output)")
  }
}
