import Foundation
import LiaisonTestSupport
import Testing

/// Two records with one id (a hand edit, a bad merge) are never written back (issue 14,
/// item 2): an edit of one could replace the other.
@Suite struct RepeatedIDTests {
  /// `members.json` with its second member's line given the first one's id.
  static func repeatFirstMember(_ sandbox: Sandbox) throws {
    let path = sandbox.data + "/members.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: #""id":"M0002""#, with: #""id":"M0001""#)
      .write(toFile: path, atomically: false, encoding: .utf8)
  }

  @Test func anEditOfARepeatedIDIsRefusedAndChangesNothing() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Self.repeatFirstMember(sandbox)
    let before = sandbox.snapshot()
    let edit = sandbox.run("member", "edit", "M0001", "--phone", "13700137000")
    #expect(edit.status == 65)
    #expect(edit.stderr.contains("members.json") && edit.stderr.contains("M0001"))
    #expect(edit.stderr.contains("liaison check"))
    #expect(sandbox.snapshot() == before)
    let add = sandbox.run(
      "member", "add", "--name", "周强", "--phone", "13700137000", "--village", "凤林村")
    #expect(add.status == 65 && sandbox.snapshot() == before)
  }

  /// A village written twice (a copied line) is read as one by every reader of the
  /// villages, the villages' index among them, which used to trap on it.
  @Test func readersOfARepeatedVillageCountItOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = sandbox.data + "/villages.json"
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    lines.insert(lines[1] + ",", at: 1)
    try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    for reader in [
      ["index", "grade"], ["index", "page", "C001"], ["report", "monthly", "--month", "2026-11"],
      ["report", "coverage"], ["score", "show"], ["village", "list"],
    ] {
      let result = sandbox.run(reader)
      #expect(result.status == 0, "\(reader): \(result.stderr)")
      #expect(result.stdout.contains("凤林村"), "\(reader)")
    }
    #expect(sandbox.run("check").stdout.contains("villages.json:3: id"))
  }

  @Test func checkNamesTheFileAndLineOfTheRepeat() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Self.repeatFirstMember(sandbox)
    let check = sandbox.run("check")
    #expect(check.status == 65)
    #expect(check.stdout.contains("members.json:3: id M0001 is used again (first on line 2)"))
  }

  @Test func aRepeatedVisitIDKeepsItsLogFromBeingRewritten() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    let path = sandbox.data + "/visits/2026-11.jsonl"
    let line = sandbox.file("visits/2026-11.jsonl")
    try (line + line).write(toFile: path, atomically: false, encoding: .utf8)
    let before = sandbox.snapshot()
    let edit = sandbox.run("visit", "edit", "V20261120-0001", "--note", "改")
    #expect(edit.status == 65 && edit.stderr.contains("V20261120-0001"))
    #expect(sandbox.snapshot() == before)
  }

  @Test func aRepeatedNeedIDIsNeverWrittenBack() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20",
      "--need", "路灯坏了")
    let path = sandbox.data + "/needs.json"
    let text = sandbox.file("needs.json")
    let record = try #require(text.split(separator: "\n").first { $0.hasPrefix("{") })
    try text.replacingOccurrences(of: String(record), with: record + ",\n" + record)
      .write(toFile: path, atomically: false, encoding: .utf8)
    let before = sandbox.snapshot()
    let raise = sandbox.run(
      "need", "add", "--household", "赵大爷", "--text", "水管漏了", "--date", "2026-11-21")
    #expect(
      raise.status == 65 && raise.stderr.contains("needs.json") && raise.stderr.contains("N00001"))
    #expect(sandbox.snapshot() == before)
  }
}
