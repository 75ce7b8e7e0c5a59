import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// `liaison need …` and `visit add --need` as a clerk types them.
@Suite struct NeedCommandTests {
  /// The test township (today 2026-11-23) with 张建国 as 王大妈's A liaison.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-11-01")
    return sandbox
  }

  @Test func aNeedIsRaisedWithItsDueDateFromTheColourInChineseOrEnglish() throws {
    let sandbox = try Self.township()
    let id = try sandbox.ok(
      "need", "add", "--household", "王大妈", "--text", "路灯坏了", "--urgency", "红", "--date",
      "2026-11-20")
    #expect(id == "N00001")
    let second = try sandbox.ok(
      "need", "add", "--household", "赵大爷", "--text", "想办医保", "--urgency", "orange", "--scale", "中事",
      "--support", "代办", "--handler", "王主任")
    #expect(second == "N00002")
    let json = try sandbox.ok("need", "show", "N2", "--format", "json")
    let need = try JSONDecoder().decode(Need.self, from: Data(json.utf8))
    #expect(need.due.description == "2026-11-26")
    #expect(need.scale == .medium && need.support == .proxy && need.handler == "王主任")
    let first = try JSONDecoder().decode(
      Need.self, from: Data(try sandbox.ok("need", "show", "1", "--format", "json").utf8))
    #expect(first.due.description == "2026-11-21")
    // A small need falls to the household's A liaison when nobody else is named.
    #expect(first.handler == "M0001")
    #expect(first.history.map(\.action) == [.raised])
    #expect(first.history[0].by == "tester")
  }

  /// The figures of one village count its needs only; without a village, all of them
  /// (read without the roster, which a damaged roster file then does not stop).
  @Test func figuresOfAVillageOrOfAll() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("village", "add", "--name", "清湖村")
    _ = try sandbox.ok(
      "household", "add", "--head", "钱大伯", "--village", "清湖村", "--since", "2026-11-01")
    for (home, text) in [("王大妈", "路灯"), ("赵大爷", "医保"), ("钱大伯", "修桥")] {
      _ = try sandbox.ok("need", "add", "--household", home, "--text", text, "--date", "2026-11-20")
    }
    func raised(_ arguments: String...) throws -> Int? {
      let result = sandbox.run(
        ["need", "figures", "--period", "2026-11", "--format", "json"] + arguments)
      guard result.status == 0 else { return nil }
      let object =
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
      return object?["raised"] as? Int
    }
    #expect(try raised() == 3)
    #expect(try raised("--village", "凤林村") == 2)
    #expect(try raised("--village", "清湖村") == 1)
    #expect(sandbox.run("need", "figures", "--village", "无此村").status != 0)
    try Data("[\n{\"id\":\n]\n".utf8).write(
      to: URL(fileURLWithPath: sandbox.data + "/households.json"))
    #expect(try raised() == 3)
    #expect(sandbox.run("need", "figures", "--village", "凤林村").status != 0)
  }

  @Test func theWholeLifecycleThroughTheCommandLine() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "need", "add", "--household", "王大妈", "--text", "屋顶漏雨", "--date", "2026-11-18")
    _ = try sandbox.ok("need", "start", "N00001", "--date", "2026-11-19", "--note", "找了瓦匠")
    _ = try sandbox.ok("need", "resolve", "N00001", "--resolution", "修好了", "--date", "2026-11-21")
    _ = try sandbox.ok("need", "close", "N00001", "--satisfaction", "基本满意")
    let shown = sandbox.run("need", "show", "N00001", "--lang", "zh")
    #expect(shown.status == 0)
    for text in ["已销号", "基本满意", "修好了", "找了瓦匠", "办理经过", "开始办理", "2026-11-23"] {
      #expect(shown.stdout.contains(text), "\(text) missing from:\n\(shown.stdout)")
    }
    #expect(sandbox.run("need", "list").stdout.isEmpty)
    #expect(try sandbox.ok("need", "list", "--all").contains("N00001"))
    _ = try sandbox.ok("need", "reopen", "1", "--reason", "又漏了")
    #expect(try sandbox.ok("need", "list", "--status", "待办").contains("N00001"))
  }

  typealias Refusal = RefusedCommandTests.Case

  /// Need N00001 is open, raised 2026-11-20; N00002 is closed.
  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["need", "show", "N00099"], status: 64, message: "No need has the id 'N00099'"),
    Refusal(arguments: ["need", "start", "abc"], status: 64, message: "No need has the id 'abc'"),
    Refusal(
      arguments: ["need", "close", "N00001", "--satisfaction", "满意"], status: 65,
      message: "only a resolved need can be closed"),
    Refusal(
      arguments: ["need", "close", "N00002", "--satisfaction", "满意"], status: 65,
      message: "Need N00002 is closed"),
    Refusal(
      arguments: ["need", "reopen", "N00001", "--reason", "x"], status: 65, message: "is open"),
    Refusal(
      arguments: ["need", "cancel", "N00002", "--reason", "x"], status: 65, message: "is closed"),
    Refusal(
      arguments: ["need", "resolve", "N00001", "--resolution", "x", "--date", "2026-11-19"],
      status: 65,
      message: "before need N00001 was raised (2026-11-20)"),
    Refusal(
      arguments: ["need", "start", "N00001", "--date", "2026-11-24"], status: 65,
      message: "is in the future"),
    Refusal(
      arguments: ["need", "escalate", "N00001", "--to", "small", "--reason", "x"], status: 65,
      message: "only be escalated to a larger scale"),
    Refusal(
      arguments: ["need", "escalate", "N00001", "--to", "huge", "--reason", "x"], status: 64,
      message: "'huge' is not a valid value for --to"),
    Refusal(
      arguments: ["need", "escalate", "N00001", "--to", "medium"], status: 64, message: "--reason"),
    Refusal(
      arguments: ["need", "close", "N00001", "--satisfaction", "还行", "--resolution", "x"],
      status: 64,
      message: "--satisfaction"),
    Refusal(
      arguments: ["need", "add", "--household", "无此户", "--text", "x"], status: 64,
      message: "No household matches '无此户'"),
    Refusal(
      arguments: ["need", "add", "--household", "王大妈", "--text", "  "], status: 65,
      message: "needs its text"),
    Refusal(
      arguments: ["need", "add", "--household", "王大妈", "--text", "x", "--urgency", "purple"],
      status: 64, message: "expected one of red, orange, yellow, green"),
    Refusal(
      arguments: ["need", "add", "--household", "王大妈", "--text", "x", "--handler", "无名氏"],
      status: 64, message: "No member matches '无名氏'"),
    Refusal(
      arguments: ["need", "add", "--household", "王大妈", "--text", "x", "--visit", "V20261101-0009"],
      status: 64, message: "No visit has the id"),
    Refusal(
      arguments: ["need", "list", "--week", "48"], status: 64, message: "such as 2026-W48"),
    Refusal(arguments: ["need", "deadlines", "--red", "0"], status: 64, message: "from 1 to 366"),
    Refusal(
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--need-urgency", "红"],
      status: 64, message: "give the need itself with --need"),
    Refusal(
      arguments: [
        "visit", "add", "--member", "张建国", "--household", "王大妈", "--need", "x", "--need-scale",
        "巨大",
      ], status: 64, message: "--need-scale"),
    Refusal(arguments: ["household", "remove", "王大妈", "--force"], status: 65, message: "1 need"),
  ]

  @Test(arguments: refusals)
  func badInputIsRefusedAndWritesNothing(_ refusal: Refusal) throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "路灯", "--date", "2026-11-20")
    _ = try sandbox.ok("need", "add", "--household", "赵大爷", "--text", "化肥", "--date", "2026-11-20")
    _ = try sandbox.ok("need", "close", "2", "--satisfaction", "满意", "--resolution", "送到了")
    let before = sandbox.snapshot()
    let result = sandbox.run(refusal.arguments)
    #expect(result.status == refusal.status, "\(result.stderr)")
    #expect(result.stderr.contains(refusal.message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(sandbox.snapshot() == before)
  }

  @Test func aVisitRaisesItsNeedsInTheSameCommand() throws {
    let sandbox = try Self.township()
    let result = sandbox.run(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-22", "--need",
      "想申请低保",
      "孙子上学要证明", "--need-urgency", "黄", "--need-support", "代办")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "V20261122-0001\nN00001\nN00002\n")
    let needs = try JSONDecoder().decode(
      [Need].self, from: Data(try sandbox.ok("need", "list", "--format", "json").utf8))
    #expect(needs.count == 2)
    for need in needs {
      #expect(need.visit == "V20261122-0001")
      #expect(need.raisedBy == "M0001" && need.handler == "M0001")
      #expect(need.household == "H00001")
      #expect(need.raised.description == "2026-11-22" && need.due.description == "2026-11-29")
      #expect(need.support == .proxy)
    }
    #expect(sandbox.file("visits/2026-11.jsonl").contains("V20261122-0001"))
    let removal = sandbox.run("visit", "remove", "V20261122-0001")
    #expect(removal.status == 65)
    #expect(removal.stderr.contains("need(s) N00001, N00002 raised on it"), "\(removal.stderr)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.data + "/.journal.json"))
    #expect(sandbox.run("check").status == 0)
  }

  /// A need raised on a visit belongs to that visit (a review found one accepted for
  /// another household, with no member and today's date).
  @Test func aNeedRaisedOnAVisitTakesItsHouseholdMemberAndDay() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    let before = sandbox.snapshot()
    let refused = sandbox.run(
      "need", "add", "--household", "赵大爷", "--visit", "V20261120-0001", "--text", "x")
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("was to 王大妈 (H00001), not 赵大爷 (H00002)"), "\(refused.stderr)")
    #expect(sandbox.snapshot() == before)
    _ = try sandbox.ok(
      "need", "add", "--household", "王大妈", "--visit", "V20261120-0001", "--text", "路灯")
    let need = try JSONDecoder().decode(
      Need.self, from: Data(try sandbox.ok("need", "show", "1", "--format", "json").utf8))
    #expect(need.raisedBy == "M0001" && need.raised.description == "2026-11-20")
    #expect(need.visit == "V20261120-0001")
  }

  @Test func aResolvedNeedIsNotGivenASecondResolutionOnClose() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "路灯", "--date", "2026-11-20")
    _ = try sandbox.ok("need", "resolve", "1", "--resolution", "换了灯泡")
    let before = sandbox.snapshot()
    let refused = sandbox.run("need", "close", "1", "--satisfaction", "满意", "--resolution", "别的")
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("already resolved (换了灯泡)"))
    #expect(sandbox.snapshot() == before)
    #expect(
      sandbox.run("need", "close", "1", "--satisfaction", "满意", "--resolution", "换了灯泡").status == 0)
  }

  @Test func aRefusedVisitWithNeedsLeavesEvenTheNumberingAlone() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try Data(#"{"deadlines": {"red": 0}}"#.utf8).write(
      to: URL(fileURLWithPath: sandbox.data + "/rules/needs.json"))
    let before = sandbox.snapshot()
    let refused = sandbox.run(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-21", "--need",
      "路灯")
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("rules/needs.json"))
    #expect(sandbox.snapshot() == before)
  }

  @Test func listsFilterAndSortByColourThenDueDate() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "绿的", "--date", "2026-11-01")
    _ = try sandbox.ok(
      "need", "add", "--household", "赵大爷", "--text", "红的晚", "--urgency", "red", "--date",
      "2026-11-22")
    _ = try sandbox.ok(
      "need", "add", "--household", "孙阿姨", "--text", "红的早", "--urgency", "red", "--date",
      "2026-11-10")
    _ = try sandbox.ok(
      "need", "add", "--household", "孙阿姨", "--text", "黄的", "--urgency", "yellow", "--date",
      "2026-11-20",
      "--raised-by", "李秀英")
    func ids(_ arguments: String...) throws -> [String] {
      let result = sandbox.run(arguments + ["--format", "csv"])
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix(6)) }
    }
    #expect(try ids("need", "list") == ["N00003", "N00002", "N00004", "N00001"])
    // On 23 November: the green need (due 16th) and the early red one (due 11th) are late.
    #expect(try ids("need", "list", "--overdue") == ["N00003", "N00001"])
    #expect(try ids("need", "list", "--overdue", "--today", "2026-11-12") == ["N00003"])
    #expect(try ids("need", "list", "--week", "2026-W47") == ["N00002", "N00004"])
    #expect(try ids("need", "list", "--member", "李秀英") == ["N00004"])
    #expect(try ids("need", "list", "--household", "孙阿姨") == ["N00003", "N00004"])
    #expect(try ids("need", "list", "--urgency", "红") == ["N00003", "N00002"])
    #expect(try ids("need", "list", "--grid", "第二网格") == ["N00003", "N00004"])
  }

  @Test func theWeekAsJSONForScripts() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "need", "add", "--household", "王大妈", "--text", "路灯", "--urgency", "red", "--date",
      "2026-11-16")
    _ = try sandbox.ok("need", "add", "--household", "赵大爷", "--text", "化肥", "--date", "2026-11-17")
    _ = try sandbox.ok("need", "resolve", "2", "--resolution", "送到了", "--date", "2026-11-20")
    let json = try sandbox.ok("need", "week", "--week", "2026-W47", "--format", "json")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["week"] as? String == "2026-W47")
    #expect(object["from"] as? String == "2026-11-16")
    #expect(object["asOf"] as? String == "2026-11-22")
    #expect(object["cleared"] as? Bool == false)
    let counts = try #require(object["counts"] as? [String: Int])
    #expect(counts == ["raised": 2, "resolved": 1, "stillOpen": 1, "overdue": 1])
    let overdue = try #require((object["overdue"] as? [[String: Any]])?.first)
    #expect(overdue["id"] as? String == "N00001")
    #expect(overdue["daysOverdue"] as? Int == 5)
    #expect(overdue["head"] as? String == "王大妈")
    sandbox.environment["COLUMNS"] = "200"  // the counts on one line
    let text = sandbox.run("need", "week", "--week", "2026-W47", "--lang", "zh")
    #expect(text.stdout.contains("新登记 2，本周办结 1，未办结 1，超期 1"))
  }

  @Test func timeLimitsAreSetPerFolderAndShownInBothLanguages() throws {
    let sandbox = try Self.township()
    #expect(try sandbox.ok("need", "deadlines").contains("red"))
    _ = try sandbox.ok("need", "deadlines", "--red", "2", "--green", "30")
    #expect(sandbox.file("rules/needs.json").contains("\"red\": 2"))
    let shown = sandbox.run("need", "deadlines", "--lang", "zh")
    #expect(shown.stdout.contains("红") && shown.stdout.contains("30"))
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "x", "--urgency", "red")
    let need = try JSONDecoder().decode(
      Need.self, from: Data(try sandbox.ok("need", "show", "1", "--format", "json").utf8))
    #expect(need.due.description == "2026-11-25")
    // A damaged limits file stops raising needs with its path, and check reports it.
    try Data(#"{"deadlines": {"red": "soon"}}"#.utf8).write(
      to: URL(fileURLWithPath: sandbox.data + "/rules/needs.json"))
    let refused = sandbox.run("need", "add", "--household", "王大妈", "--text", "y")
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("rules/needs.json") && refused.stderr.contains("deadlines.red"))
    #expect(sandbox.run("check").stdout.contains("rules/needs.json"))
  }

  @Test func checkFindsNeedsThatPointNowhere() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "路灯")
    let path = sandbox.data + "/needs.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "\"H00001\"", with: "\"H09999\"")
      .replacingOccurrences(of: "\"status\":\"open\"", with: "\"status\":\"closed\"")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let check = sandbox.run("check")
    #expect(check.status == 65)
    #expect(
      check.stdout.contains("needs.json:2: N00001: unknown household H09999"), "\(check.stdout)")
    #expect(check.stdout.contains("status is closed but its history ends open"), "\(check.stdout)")
  }

  @Test func exportAllCarriesNeedsAndImportAllBringsThemBack() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("need", "add", "--household", "王大妈", "--text", "路灯", "--date", "2026-11-20")
    _ = try sandbox.ok("need", "close", "1", "--satisfaction", "满意", "--resolution", "修了")
    let bundle = try sandbox.ok("export", "all")
    let file = sandbox.root.appendingPathComponent("all.json")
    try bundle.write(to: file, atomically: true, encoding: .utf8)
    let other = try Sandbox()
    _ = try other.ok("init", "--township", "凤林镇")
    _ = try other.ok("import", "all", file.path)
    #expect(other.file("needs.json") == sandbox.file("needs.json"))
    let again = other.run("import", "all", file.path)
    #expect(again.status == 0)
    #expect(other.file("needs.json") == sandbox.file("needs.json"))
  }
}
