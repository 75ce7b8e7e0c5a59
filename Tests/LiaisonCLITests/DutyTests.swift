import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Duties beyond the seven: the 五大员 of seed 003 are known, and a township lists its own
/// in `rules/forms.json`; anything else is refused with where to add it.
@Suite struct DutyTests {
  static func member(_ sandbox: Sandbox, _ reference: String) throws -> Member {
    try JSONDecoder().decode(
      Member.self, from: Data(sandbox.ok("member", "show", reference, "--format", "json").utf8))
  }

  static func settings(_ json: String, _ sandbox: Sandbox) throws {
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try Data(json.utf8).write(to: URL(fileURLWithPath: sandbox.data + "/" + FormSettings.fileName))
  }

  @Test func theSevenAndTheFiveAreKnownInChineseAndEnglish() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "member", "edit", "张建国", "--duty", "矛盾纠纷调解员", "带头致富领航员", "income-informant",
      "政策宣传员", "--correct")
    let member = try Self.member(sandbox, "张建国")
    #expect(
      member.duties.map(\.rawValue) == [
        "dispute-mediator", "prosperity-navigator", "income-informant", "policy-publicist",
      ])
    let shown = try sandbox.ok("member", "show", "张建国", "--lang", "zh")
    #expect(shown.contains("矛盾调解员、带头致富领航员、助农增收信息员、政策宣传员"))
  }

  @Test func aTownshipsOwnDutyIsTakenOnceListedAndPrintedAsWritten() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let before = sandbox.snapshot()
    let refused = sandbox.run("member", "edit", "张建国", "--duty", "护林员", "--correct")
    #expect(refused.status == 64 || refused.status == 65)
    #expect(refused.stderr.contains("护林员") && refused.stderr.contains("rules/forms.json"))
    #expect(sandbox.snapshot() == before)

    try Self.settings(#"{"duties": ["护林员", "河长助理"]}"#, sandbox)
    _ = try sandbox.ok("member", "edit", "张建国", "--duty", "护林员", "民主监督", "--correct")
    _ = try sandbox.ok(
      "member", "add", "--name", "陈立新", "--phone", "13700137000", "--village", "凤林村",
      "--duty", "河长助理")
    #expect(
      try Self.member(sandbox, "张建国").duties.map(\.rawValue) == ["护林员", "democratic-supervisor"])
    #expect(sandbox.file("members.json").contains(#""duties":["河长助理"]"#))
    // In English the township's own duty prints as the township wrote it.
    let shown = try sandbox.ok("member", "show", "张建国", "--lang", "en")
    #expect(shown.contains("护林员, democratic-supervisor"))
    let table = try sandbox.ok("report", "public-table", "--village", "凤林村", "--lang", "zh")
    #expect(table.contains("护林员") && table.contains("河长助理"))
  }

  @Test func anImportedRowMayNameTheTownshipsOwnDuties() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Self.settings(#"{"duties": ["护林员"]}"#, sandbox)
    let file = sandbox.root.appendingPathComponent("members.csv").path
    try Data("姓名,手机,村,职责\n吴清,13500135000,凤林村,护林员、遵规守约宣传员\n钱多,13400134000,凤林村,看门员\n".utf8)
      .write(to: URL(fileURLWithPath: file))
    let result = sandbox.run(
      "import", "members", file, "--since", "2026-01-01", "--skip-invalid")
    #expect(result.status == 0, "\(result.stderr)")
    #expect((result.stdout + result.stderr).contains("看门员"), "\(result.stderr)")
    let member = try Self.member(sandbox, "吴清")
    #expect(member.duties.map(\.rawValue) == ["护林员", "rules-publicist"])
  }

  @Test(arguments: [#"{"duties": ["护林员，河长"]}"#, #"{"duties": [""]}"#, #"{"duties": "护林员"}"#])
  func aBadListOfDutiesIsNamed(_ json: String) throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Self.settings(json, sandbox)
    let result = sandbox.run("member", "edit", "张建国", "--duty", "护林员", "--correct")
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("rules/forms.json"), "\(result.stderr)")
  }

  @Test func checkNamesADutyNoCommandWouldHaveTaken() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Self.settings(#"{"duties": ["护林员"]}"#, sandbox)
    _ = try sandbox.ok("member", "edit", "张建国", "--duty", "护林员", "--correct")
    #expect(sandbox.run("check").status == 0)
    let members = sandbox.data + "/members.json"
    let edited = sandbox.file("members.json").replacingOccurrences(
      of: #""duties":["护林员"]"#, with: #""duties":["看门员"]"#)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: members))
    let result = sandbox.run("check")
    #expect(result.status != 0)
    #expect(
      (result.stdout + result.stderr).contains("M0001: duty '看门员' is neither a known duty"),
      "\(result.stdout)\(result.stderr)")
  }
}
