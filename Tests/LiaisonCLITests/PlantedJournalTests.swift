import Foundation
import LiaisonTestSupport
import Testing

/// A `.journal.json` that came with the folder may name only liaison's own files inside it
/// (issue 14, item 5): anything else is refused, left in place, and nothing is changed.
@Suite struct PlantedJournalTests {
  /// A sandbox with a file beside the data folder that a planted journal aims at.
  static func plant(_ journal: String) throws -> (Sandbox, target: String) {
    let sandbox = try Sandbox()
    try sandbox.township()
    let target = sandbox.root.appendingPathComponent("target.txt").path
    try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
    try "hostile\n".write(
      toFile: sandbox.data + "/members.json.tmp-1", atomically: false, encoding: .utf8)
    try journal.write(toFile: sandbox.data + "/.journal.json", atomically: false, encoding: .utf8)
    return (sandbox, target)
  }

  static let hostile = [
    #"{"renames":[{"from":"members.json.tmp-1","to":"../target.txt"}]}"#,
    #"{"renames":[{"from":"../target.txt","to":"members.json"}]}"#,
    #"{"renames":[{"from":"members.json.tmp-1","to":"/tmp/liaison-planted.txt"}]}"#,
    #"{"renames":[],"appends":[{"log":"../target.txt","line":"{\"id\":\"x\"}"}]}"#,
    #"{"renames":[],"appends":[{"log":"visits/../../target.txt","line":"{}"}]}"#,
    #"{"renames":[{"from":"members.json.tmp-1","to":"visits/../members.json"}]}"#,
  ]

  @Test(arguments: hostile)
  func aJournalNamingAnythingOutsideTheFolderIsRefusedByEveryCommand(_ journal: String) throws {
    let (sandbox, target) = try Self.plant(journal)
    let before = sandbox.snapshot()
    for command in [["member", "list"], ["household", "add", "--head", "钱叔", "--village", "凤林村"]] {
      let result = sandbox.run(command)
      #expect(result.status == 65, "\(command)")
      #expect(result.stderr.contains(".journal.json") && result.stderr.contains("left in place"))
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    #expect(!FileManager.default.fileExists(atPath: "/tmp/liaison-planted.txt"))
    #expect(sandbox.snapshot() == before)
    let check = sandbox.run("check")
    #expect(check.status == 65 && check.stdout.contains(".journal.json: "))
    #expect(sandbox.run("check", "--repair").status == 65)
    #expect(sandbox.snapshot() == before)
  }

  @Test func aJournalThroughASymlinkedFolderIsRefused() throws {
    let (sandbox, target) = try Self.plant(
      #"{"renames":[],"appends":[{"log":"visits/2026-12.jsonl","line":"{\"id\":\"x\"}"}]}"#)
    let outside = sandbox.root.appendingPathComponent("elsewhere").path
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: sandbox.data + "/visits", toPath: outside + "/visits")
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.data + "/visits", withDestinationPath: outside + "/visits")
    let result = sandbox.run("member", "list")
    #expect(result.status == 65 && result.stderr.contains("visits is not a folder"))
    #expect(!FileManager.default.fileExists(atPath: outside + "/visits/2026-12.jsonl"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
  }

  @Test func aJournalThatAppendsToASymlinkedLogIsRefused() throws {
    let (sandbox, target) = try Self.plant(
      #"{"renames":[],"appends":[{"log":"visits/2026-12.jsonl","line":"{\"id\":\"x\"}"}]}"#)
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.data + "/visits/2026-12.jsonl", withDestinationPath: target)
    #expect(sandbox.run("member", "list").status == 65)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
  }

  @Test func aValidJournalIsStillFinishedByAReader() throws {
    let (sandbox, _) = try Self.plant(
      #"{"renames":[{"from":"members.json.tmp-1","to":"members.json"}]}"#)
    try "[]\n".write(
      toFile: sandbox.data + "/members.json.tmp-1", atomically: false, encoding: .utf8)
    let list = sandbox.run("member", "list")
    #expect(list.status == 0)
    #expect(!FileManager.default.fileExists(atPath: sandbox.data + "/.journal.json"))
    #expect(sandbox.file("members.json") == "[]\n")
  }
}
