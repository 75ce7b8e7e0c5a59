import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Problems an independent review found, each pinned down so it cannot come back.
@Suite struct ReviewRegressionTests {
  @Test func aRosterFileThatCannotBeReadIsNeverTakenForEmpty() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    // A read error (here: a folder where the file should be) must stop the command, not
    // read as "no households" and be overwritten by the next save.
    let path = sandbox.data + "/households.json"
    let saved = try Data(contentsOf: URL(fileURLWithPath: path))
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let result = sandbox.run("household", "add", "--head", "钱叔", "--village", "凤林村")
    #expect(
      result.status == 65
        && result.stderr.contains("is a folder, which liaison neither reads nor writes")
        && result.stderr.contains("households.json"))
    try FileManager.default.removeItem(atPath: path)
    let missing = sandbox.run("household", "add", "--head", "钱叔", "--village", "凤林村")
    #expect(missing.status == 65 && missing.stderr.contains("households.json: the file is missing"))
    #expect(!FileManager.default.fileExists(atPath: path))
    try saved.write(to: URL(fileURLWithPath: path))
    #expect(try sandbox.ok("household", "add", "--head", "钱叔", "--village", "凤林村") == "H00004")
  }

  @Test func initNeverStartsAnEmptyRosterOverALostManifest() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try FileManager.default.removeItem(atPath: sandbox.data + "/liaison.json")
    let members = sandbox.file("members.json")
    let list = sandbox.run("member", "list")
    #expect(
      list.status == 65 && list.stderr.contains("liaison.json is missing")
        && list.stderr.contains("do not run 'liaison init'"))
    let initAgain = sandbox.run("init", "--township", "凤林镇")
    #expect(initAgain.status == 65)
    #expect(sandbox.file("members.json") == members)
    #expect(sandbox.run(["init", "--township", " "], data: true).status == 65)
  }

  @Test func editsCannotBreakRulesThatAddsEnforce() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国")
    let demoted = sandbox.run("member", "edit", "张建国", "--status", "积极分子")
    #expect(
      demoted.status == 65 && demoted.stderr.contains("grid leader must be a serving Party member"))
    let activistA = sandbox.run(
      "link", "add", "--member", "李秀英", "--household", "孙阿姨", "--post", "主联")
    #expect(activistA.status == 65 && activistA.stderr.contains("can only take a B post"))
    let staffElsewhere = try sandbox.ok("village", "add", "--name", "清湖村")
    _ = try sandbox.ok(
      "member", "add", "--name", "周强", "--phone", "13700137000", "--village", staffElsewhere)
    let staff = sandbox.run("grid", "edit", "第一网格", "--staff", "周强")
    #expect(staff.status == 65 && staff.stderr.contains("belongs to 清湖村"))
  }

  @Test func leavingIsConsistentWithLinksAndVisits() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let link = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    let visit = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    let backdated = sandbox.run("member", "leave", "张建国", "--date", "2026-11-01")
    #expect(backdated.status == 65 && backdated.stderr.contains("last on 2026-11-20 (\(visit))"))
    _ = try sandbox.ok("member", "leave", "张建国", "--date", "2026-11-21")
    let reopened = sandbox.run("link", "edit", link, "--to", "")
    #expect(reopened.status == 65 && reopened.stderr.contains("the link must end by then"))
    let future = sandbox.run("link", "edit", link, "--to", "2026-12-01")
    #expect(future.status == 65)
    // A correction to a visit from before the member left still goes through.
    _ = try sandbox.ok("visit", "edit", visit, "--note", "补记")
  }

  @Test func aLostSequenceFileNeverReissuesAnId() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let first = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-22")
    _ = try sandbox.ok("visit", "edit", first, "--date", "2026-10-06")
    try FileManager.default.removeItem(atPath: sandbox.data + "/visits/2026-11.next.json")
    let second = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-22")
    #expect(first == "V20261122-0001" && second == "V20261122-0002")
  }

  @Test func aCutTornLineIsShownToTheClerk() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("visit", "add", "--member", "张建国", "--household", "王大妈")
    let log = try #require(FileHandle(forWritingAtPath: sandbox.data + "/visits/2026-11.jsonl"))
    log.seekToEndOfFile()
    log.write(Data("{\"date\":\"2026-11-2".utf8))
    try log.close()
    let listed = sandbox.run("visit", "list")
    #expect(
      listed.status == 0
        && listed.stderr.contains(
          "Warning: visits/2026-11.jsonl:2: skipped an incomplete last line")
    )
    let added = sandbox.run("visit", "add", "--member", "张建国", "--household", "王大妈", "--again")
    #expect(
      added.status == 0
        && added.stderr.contains(
          "removed an incomplete last line left by an interrupted write: {\"date\":\"2026-11-2")
    )
    #expect(sandbox.run("visit", "list").stderr.contains("Warning") == false)
  }

  @Test func replacedFilesKeepTheirModeWhateverTheUmask() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = sandbox.data + "/members.json"
    try FileManager.default.setAttributes([.posixPermissions: 0o664], ofItemAtPath: path)
    _ = try sandbox.ok("member", "edit", "张建国", "--branch", "一支部")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o664)
  }

  @Test func fullWidthDigitsFromAChineseInputMethodAreUnderstood() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "周强", "--phone", "１３７ ００１３ ７０００", "--village", "凤林村",
      "--since", "２０２６－０１－０１", "--born",
      "１９６８年５月")
    let member = try decodeJSON(Member.self, sandbox.ok("member", "show", "周强", "--format", "json"))
    #expect(member.phone == "13700137000" && member.born == "1968-05")
    let id = try sandbox.ok(
      "visit", "add", "--member", "周强", "--household", "王大妈", "--date", "２０２６－１１－２０", "--opinions",
      "２")
    #expect(id == "V20261120-0001")
  }
}
