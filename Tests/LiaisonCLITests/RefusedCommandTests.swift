import Foundation
import LiaisonTestSupport
import Testing

/// Every kind of bad input: a clear message naming what is wrong, the right exit status,
/// and not a byte of the folder changed.
@Suite struct RefusedCommandTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    // Unknown and ambiguous references.
    Case(
      arguments: ["member", "add", "--name", "王五", "--phone", "13700137000", "--village", "无此村"],
      status: 64, message: "No village matches '无此村'"),
    Case(
      arguments: ["visit", "add", "--member", "无名氏", "--household", "王大妈"], status: 64,
      message: "No member matches '无名氏'"),
    Case(
      arguments: ["visit", "add", "--member", "张建国", "--household", "H99999"], status: 64,
      message: "No household matches 'H99999'"),
    Case(arguments: ["link", "end", "L99999"], status: 64, message: "No link has the id 'L99999'"),
    Case(
      arguments: ["visit", "show", "V20261123-0099"], status: 64, message: "No visit has the id"),
    Case(arguments: ["grid", "show", "第九网格"], status: 64, message: "No grid matches"),
    // Malformed values.
    Case(
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-13-01"],
      status: 64, message: "'2026-13-01' is not a valid value for --date"),
    Case(
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--mode", "飞鸽"],
      status: 64, message: "expected one of in-person, phone, online, proxy"),
    Case(
      arguments: [
        "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村", "--status",
        "党委",
      ], status: 64, message: "--status"),
    Case(
      arguments: ["household", "add", "--head", "钱叔", "--village", "凤林村", "--size", "三"],
      status: 64, message: "'三' is not a valid value for --size"),
    Case(arguments: ["visit", "list", "--month", "十一月"], status: 64, message: "--month"),
    Case(arguments: ["member", "list", "--format", "xml"], status: 64, message: "--format"),
    // Rules of the roster.
    Case(
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-24"],
      status: 65, message: "is in the future"),
    Case(
      arguments: ["member", "add", "--name", "王五", "--phone", "12345", "--village", "凤林村"],
      status: 64, message: "'12345' is not a valid value for --phone"),
    Case(
      arguments: ["member", "add", "--name", "王五", "--phone", "13800138000", "--village", "凤林村"],
      status: 65, message: "already belongs to 张建国"),
    Case(
      arguments: ["village", "add", "--name", "湖南村", "--code", "330881118201"], status: 65,
      message: "Code 330881118201 is already used by 凤林村"),
    Case(
      arguments: ["village", "add", "--name", "凤林村"], status: 65,
      message: "already a village named 凤林村"),
    Case(
      arguments: ["grid", "add", "--village", "凤林村", "--name", "第三网格", "--leader", "李秀英"],
      status: 65, message: "an activist, not yet a member"),
    Case(
      arguments: ["grid", "edit", "第一网格", "--leader", "李秀英"], status: 65, message: "an activist"),
    Case(
      arguments: [
        "link", "add", "--member", "张建国", "--household", "孙阿姨", "--post", "A", "--from",
        "2026-11-01",
      ], status: 65, message: "already has a primary (A) liaison"),
    Case(
      arguments: ["link", "add", "--member", "王支书", "--household", "孙阿姨", "--from", "2026-11-01"],
      status: 65, message: "already linked"),
    Case(
      arguments: [
        "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村",
        "--proxy-name", "王小五",
      ], status: 65, message: "needs both a name"),
    Case(
      arguments: ["household", "add", "--head", "钱叔", "--village", "凤林村", "--size", "0"],
      status: 64, message: "'0' is not a valid value for --size"),
    Case(
      arguments: ["household", "add", "--head", "钱叔", "--village", "凤林村", "--size", "1000"],
      status: 64, message: "the number of people in the household, 1 to 99"),
    Case(
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--opinions", "-5"],
      status: 64, message: "'-5' is not a valid value for --opinions"),
    Case(
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--need-scale", "大"],
      status: 64, message: "give the need itself with --need"),
    Case(
      arguments: ["report", "monthly", "--min-households", "0"], status: 64,
      message: "'0' is not a valid value for --min-households"),
    Case(
      arguments: ["report", "coverage", "--min-households", "-3"], status: 64,
      message: "'-3' is not a valid value for --min-households"),
    Case(
      arguments: [
        "member", "edit", "张建国", "--on", "2026-11-01", "--correct", "--phone", "13700137001",
      ],
      status: 64, message: "--on and --correct do not go together"),
    Case(
      arguments: [
        "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村", "--grid",
        "清湖一组",
      ], status: 65, message: "not in 凤林村"),
    Case(arguments: ["village", "remove", "凤林村"], status: 65, message: "is still in use"),
    Case(arguments: ["grid", "remove", "第一网格"], status: 65, message: "--force"),
    Case(
      arguments: ["household", "remove", "孙阿姨"], status: 65, message: "1 visit. Nothing was removed"
    ),
    Case(
      arguments: ["link", "end", "L00001", "--date", "2026-01-01"], status: 65,
      message: "cannot end before that"),
    // Usage.
    Case(
      arguments: ["member", "add", "--name", "王五"], status: 64,
      message: "Missing expected argument '--phone <phone>'"),
    Case(
      arguments: ["visit", "list", "--mnth", "2026-11"], status: 64,
      message: "Did you mean '--month'?"),
    Case(arguments: ["vist", "list"], status: 64, message: "Did you mean 'visit'?"),
  ]

  @Test(arguments: cases)
  func refusedWithAMessageAndNothingWritten(_ refused: Case) throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("village", "add", "--name", "清湖村")
    _ = try sandbox.ok("grid", "add", "--village", "清湖村", "--name", "清湖一组")
    _ = try sandbox.ok(
      "member", "add", "--name", "王支书", "--phone", "13600136000", "--village", "凤林村",
      "--since", "2026-01-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "王支书", "--household", "孙阿姨", "--from", "2026-11-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "王支书", "--household", "孙阿姨", "--date", "2026-11-02")
    let before = sandbox.snapshot()
    let result = sandbox.run(refused.arguments)
    #expect(result.status == refused.status, "\(result.stderr)")
    #expect(result.stderr.contains(refused.message), "\(result.stderr)")
    #expect(result.stderr.hasPrefix("Error: "))
    // A value that cannot be understood shows how the command is typed; a rule does not.
    #expect(result.stderr.contains("Usage: liaison") == (refused.status == 64))
    #expect(result.stdout.isEmpty)
    #expect(sandbox.snapshot() == before)
  }

  @Test func ambiguousNamesListTheCandidates() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "张建国", "--phone", "13700137000", "--village", "凤林村", "--grid",
      "第二网格")
    let before = sandbox.snapshot()
    let result = sandbox.run("visit", "add", "--member", "张建国", "--household", "王大妈")
    #expect(result.status == 64)
    #expect(result.stderr.contains("'张建国' matches 2 members; give the id instead"))
    #expect(result.stderr.contains("M0001  张建国  凤林村 / 第一网格  138****8000"))
    #expect(result.stderr.contains("M0003  张建国  凤林村 / 第二网格  137****7000"))
    #expect(result.stderr.contains("Usage: liaison visit add"))
    #expect(sandbox.snapshot() == before)
    // The phone still tells them apart.
    #expect(
      sandbox.run("visit", "add", "--member", "13700137000", "--household", "王大妈").status == 0)
  }

  @Test func aNameTypedShortSuggestsTheCloseOnes() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let before = sandbox.snapshot()
    let result = sandbox.run("visit", "add", "--member", "张建", "--household", "王大妈")
    #expect(result.status == 64)
    #expect(
      result.stderr.contains(
        "No member is named exactly '张建'. Did you mean:\n  M0001  张建国  凤林村 / 第一网格  138****8000\n"))
    #expect(sandbox.snapshot() == before)
  }

  @Test func commandsOutsideADataFolderSayHowToMakeOne() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["member", "list"], data: false)
    #expect(result.status == 66)
    #expect(result.stderr.contains("No liaison data folder"))
    #expect(result.stderr.contains("liaison init --township"))
    let named = sandbox.run("member", "list")
    #expect(named.status == 66 && named.stderr.contains("is not a liaison data folder"))
  }

  @Test func messagesAreInChineseWhenAsked() throws {
    let sandbox = try Sandbox(language: "zh")
    try sandbox.township()
    let result = sandbox.run("visit", "add", "--member", "无名氏", "--household", "王大妈")
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("错误：找不到与 '无名氏' 对应的党员"))
    #expect(result.stderr.contains("用法：liaison visit add"))
    let english = sandbox.run(
      "visit", "add", "--member", "无名氏", "--household", "王大妈", "--lang", "en")
    #expect(english.stderr.hasPrefix("Error: No member matches"))
  }
}
