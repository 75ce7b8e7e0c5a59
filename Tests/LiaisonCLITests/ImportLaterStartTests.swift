import Foundation
import LiaisonTestSupport
import Testing

/// A re-import that moves a member's or household's start (入册日期) later is held to what
/// `member edit --since` is held to: it may not leave a visit, link or need before the start
/// out of the reports that counted it. The refused row changes nothing; the others still may.
@Suite struct ImportLaterStartTests {
  /// The sample township, with 张建国 linked to 王大妈 from March and visiting on 5 March.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-03-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-03-05")
    return sandbox
  }

  func write(_ text: String, _ name: String, in sandbox: Sandbox) throws -> String {
    let path = sandbox.root.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aMembersLaterStartPastTheirLinkAndVisitIsRefusedAndWritesNothing() throws {
    let sandbox = try Self.township()
    let file = try write(
      "编号,姓名,电话,村,入册日期\nM0001,张建国,13800138000,凤林村,2026-04-01\n", "members.csv", in: sandbox)
    let before = sandbox.snapshot()
    let refused = sandbox.run("import", "members", file, "--lang", "zh")
    #expect(refused.status == 65)
    #expect(refused.stdout.contains("入册日期 2026-04-01"), "\(refused.stdout)")
    #expect(refused.stdout.contains("2026-03-01"), "the link is the earliest: \(refused.stdout)")
    #expect(sandbox.snapshot() == before)
  }

  @Test func aHouseholdsLaterStartPastItsLinkIsRefusedInEnglishToo() throws {
    let sandbox = try Self.township()
    let file = try write(
      "id,head,village,since\nH00001,王大妈,凤林村,2026-03-03\n", "households.csv", in: sandbox)
    let before = sandbox.snapshot()
    let refused = sandbox.run("import", "households", file, "--lang", "en")
    #expect(refused.status == 65)
    #expect(
      refused.stdout.contains("since 2026-03-03 would leave link L00001"), "\(refused.stdout)")
    #expect(sandbox.snapshot() == before)
  }

  @Test func aLaterStartWithNothingBeforeItIsTakenAndOnlyTheRefusedRowIsSkipped() throws {
    let sandbox = try Self.township()
    let file = try write(
      "编号,户主,村,入册日期\nH00001,王大妈,凤林村,2026-04-01\nH00002,赵大爷,凤林村,2026-04-01\n", "households.csv",
      in: sandbox)
    let result = sandbox.run("import", "households", file, "--skip-invalid")
    #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
    let shown = try sandbox.ok("household", "list", "--format", "json")
    let households = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as! [[String: Any]]
    let since = Dictionary(
      uniqueKeysWithValues: households.map { ($0["id"] as! String, $0["since"] as? String) })
    #expect(since["H00001"] == Sandbox.rosterSince, "refused: its start is as it was")
    #expect(since["H00002"] == "2026-04-01")
  }

  @Test func aJSONRosterIsHeldToItToo() throws {
    let sandbox = try Self.township()
    var members =
      try JSONSerialization.jsonObject(
        with: Data(try sandbox.ok("export", "members", "--format", "json").utf8))
      as! [[String: Any]]
    members[0]["since"] = "2026-03-04"
    let file = sandbox.root.appendingPathComponent("members.json")
    try JSONSerialization.data(withJSONObject: members).write(to: file)
    let before = sandbox.snapshot()
    let refused = sandbox.run("import", "members", file.path, "--lang", "en")
    #expect(refused.status == 65)
    #expect(refused.stdout.contains("2026-03-01"), "\(refused.stdout)")
    #expect(sandbox.snapshot() == before)
  }
}
