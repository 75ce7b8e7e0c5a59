import Foundation
import LiaisonTestSupport
import Testing

/// Data files that are not regular files (issue 14, item 10): refused with a message,
/// never read without end, never followed out of the folder. (Before the fix the FIFO and
/// /dev/zero cases hung; the harness's `ForeignFileMatrix` runs them with a deadline.)
@Suite struct ForeignDataFileTests {
  static func replace(_ relative: String, in sandbox: Sandbox, with make: (String) -> Void) throws {
    let path = sandbox.data + "/" + relative
    try FileManager.default.removeItem(atPath: path)
    make(path)
  }

  /// Moves a file or folder out of the data folder and leaves a link to it in its place.
  /// - Returns: where it went.
  static func moveOutside(_ relative: String, in sandbox: Sandbox) throws -> String {
    let outside = sandbox.root.appendingPathComponent("elsewhere-" + relative).path
    try FileManager.default.moveItem(atPath: sandbox.data + "/" + relative, toPath: outside)
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.data + "/" + relative, withDestinationPath: outside)
    return outside
  }

  @Test func aFIFOInPlaceOfTheMembersIsRefusedWithoutHanging() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Self.replace("members.json", in: sandbox) { #expect(mkfifo($0, 0o600) == 0) }
    for command in [
      ["member", "list"], ["check"], ["visit", "add", "--member", "张建国", "--household", "王大妈"],
    ] {
      let result = sandbox.run(command)
      #expect(result.status == 65, "\(command)")
      #expect(
        (result.stderr + result.stdout).contains("members.json is a named pipe (FIFO)"),
        "\(command)")
    }
  }

  @Test func aLogLinkedToDevZeroIsRefusedInsteadOfReadForEver() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    try Self.replace("visits/2026-11.jsonl", in: sandbox) {
      try? FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "/dev/zero")
    }
    let list = sandbox.run("visit", "list", "--month", "2026-11")
    #expect(list.status == 65 && list.stderr.contains("is a symbolic link"))
    let add = sandbox.run("visit", "add", "--member", "张建国", "--household", "王大妈")
    #expect(add.status == 65)
    #expect(sandbox.run("check").stdout.contains("visits/2026-11.jsonl"))
  }

  @Test func aRosterFileLinkedOutsideIsNotReadNorWrittenThrough() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let outside = try Self.moveOutside("households.json", in: sandbox)
    let before = try Data(contentsOf: URL(fileURLWithPath: outside))
    let add = sandbox.run("household", "add", "--head", "钱叔", "--village", "凤林村")
    #expect(add.status == 65 && add.stderr.contains("households.json is a symbolic link"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: outside)) == before)
  }

  @Test func aVisitsFolderLinkedOutsideIsRefused() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let outside = try Self.moveOutside("visits", in: sandbox)
    let add = sandbox.run("visit", "add", "--member", "张建国", "--household", "王大妈")
    #expect(add.status == 65 && add.stderr.contains("visits is a symbolic link"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    #expect(sandbox.run("check").stdout.contains("visits: "))
  }

  @Test func aSparseRosterFileIsRefusedBeforeItIsReadWhole() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    #expect(truncate(sandbox.data + "/members.json", 1 << 30) == 0)
    let list = sandbox.run("member", "list")
    #expect(list.status == 65 && list.stderr.contains("the file has holes"))
    let add = sandbox.run("visit", "add", "--member", "张建国", "--household", "王大妈")
    #expect(add.status == 65 && add.stderr.contains("the file has holes"))
  }
}
