import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// A clerk's "1250" week through the commands (周一排清单、周二聚服务、周五晒成效、周日必清零),
/// and the week printed again after the next week's changes.
@Suite struct TeamWeekTests {
  /// The test township with a team for 凤林村 from 1 November: a leader, a liaison officer, a
  /// police officer and a lawyer under the township's own title.
  static func township(today: String = "2026-11-23") throws -> Sandbox {
    let sandbox = try Sandbox(language: "zh", today: today)
    try sandbox.township()
    for (name, phone, unit, role) in [
      ("周副镇长", "13905701001", "凤林镇政府", "团长"), ("刘干事", "13905701002", "镇农业办", "驻村联络员"),
      ("王警官", "13905701003", "凤林派出所", "民警"), ("陈律师", "13905701004", "县司法局", "法律顾问"),
    ] {
      _ = try sandbox.ok(
        "team", "person", "add", "--name", name, "--phone", phone, "--unit", unit, "--role", role)
    }
    _ = try sandbox.ok(
      "team", "add", "--name", "凤林村服务团", "--leader", "周副镇长", "--village", "凤林村", "--from",
      "2026-11-01")
    for person in ["刘干事", "王警官", "陈律师"] {
      _ = try sandbox.ok("team", "join", "T01", "--person", person, "--from", "2026-11-01")
    }
    return sandbox
  }

  /// Monday's plan, Tuesday's work and Friday's results of week 47, as the clerk types them.
  static func weekOfWork(_ sandbox: Sandbox) throws {
    let plan: [[String]] = [
      ["--text", "调解宅基地纠纷", "--assignee", "王警官", "--level", "红", "--list", "派单"],
      ["--text", "走访独居老人", "--assignee", "刘干事", "--level", "黄"],
      ["--text", "村集体经济合同法律审查", "--assignee", "陈律师", "--level", "绿", "--list", "党建"],
    ]
    for task in plan {
      let result = sandbox.run(
        ["team", "task", "add", "--team", "T01", "--date", "2026-11-16"] + task)
      #expect(result.status == 0, "\(result.stderr)")
    }
    _ = try sandbox.ok(
      "team", "work", "add", "--team", "T01", "--household", "王大妈", "--by", "刘干事", "王警官",
      "--result", "屋顶漏雨已报修", "--solved", "1", "--date", "2026-11-17", "--task", "TK2")
    _ = try sandbox.ok(
      "team", "work", "add", "--team", "凤林村服务团", "--kind", "农户", "--household", "赵大爷", "--by",
      "刘干事", "--date", "2026-11-17")
    _ = try sandbox.ok(
      "team", "work", "add", "--team", "T01", "--kind", "项目", "--place", "土地整治项目", "--by",
      "周副镇长", "--result", "界址认定 12 户", "--solved", "2", "--date", "2026-11-17")
    _ = try sandbox.ok(
      "team", "task", "done", "TK1", "--result", "双方签订调解协议", "--date", "2026-11-17")
    _ = try sandbox.ok("team", "task", "done", "TK2", "--result", "走访 5 户", "--date", "2026-11-20")
    _ = try sandbox.ok(
      "team", "rate", "T01", "--week", "2026-W47", "--rating", "较好", "--date", "2026-11-20")
  }

  @Test func aClerksWeekFromMondaysPlanToSundaysClearing() throws {
    let sandbox = try Self.township()
    try Self.weekOfWork(sandbox)
    // Friday: two of three done, one still open.
    let friday = try decodeJSON(
      TeamWeekReport.self,
      sandbox.ok("team", "week", "--week", "2026-W47", "--today", "2026-11-20", "--format", "json"))
    let row = try #require(friday.teams.first)
    #expect((row.tasks, row.done, row.open, row.carriedOn) == (3, 2, 1, 0))
    #expect(
      (row.householdVisits, row.households, row.siteVisits, row.problemsSolved) == (2, 2, 1, 3))
    #expect(row.ratings.map(\.rating) == [.fairlyGood])
    #expect(friday.tasks.map(\.responsible) == ["周副镇长", "刘干事", "陈律师"])
    // Sunday: not cleared while a task is neither done nor carried.
    let refused = sandbox.run("team", "clear", "--week", "2026-W47")
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("TK00003") && refused.stderr.contains("尚未清零"))
    #expect(sandbox.run("team", "task", "carry", "TK3", "--reason", "  ").status == 65)
    _ = try sandbox.ok("team", "task", "carry", "TK3", "--reason", "合同文本未到，下周审查")
    let cleared = sandbox.run("team", "clear", "--week", "2026-W47")
    #expect(cleared.status == 0 && cleared.stderr.contains("已清零"))
    // The carry is dated the Sunday of its week, though typed on Monday.
    let task = try decodeJSON(
      TeamTask.self, sandbox.ok("team", "task", "show", "TK3", "--format", "json"))
    #expect(task.history.map(\.action) == [.planned, .carried])
    #expect(task.history[1].date.description == "2026-11-22")
    #expect(task.currentWeek.description == "2026-W48" && task.status == .open)
    // The next week's list holds the carried task.
    let next = try decodeJSON(
      [TeamTask].self, sandbox.ok("team", "task", "list", "--week", "2026-W48", "--format", "json"))
    #expect(next.map(\.id) == ["TK00003"])
    let listed = try sandbox.ok("team", "task", "list", "--week", "2026-W48")
    #expect(listed.contains("村集体经济合同法律审查") && listed.contains("未完成"))
    let week48 = try decodeJSON(
      TeamWeekReport.self, sandbox.ok("team", "week", "--week", "2026-W48", "--format", "json"))
    #expect(week48.teams.first?.carriedIn == 1 && week48.tasks.first?.carriedIn == true)
    // Week 47 says it was carried, with its reason.
    let sunday = try decodeJSON(
      TeamWeekReport.self, sandbox.ok("team", "week", "--week", "2026-W47", "--format", "json"))
    #expect(sunday.teams.first?.cleared == true && sunday.teams.first?.carriedOn == 1)
    #expect(sunday.tasks.last?.state == .carried && sunday.tasks.last?.note == "合同文本未到，下周审查")
  }

  @Test func aPastWeekPrintsTheSameAfterTheNextWeeksChanges() throws {
    let sandbox = try Self.township()
    try Self.weekOfWork(sandbox)
    _ = try sandbox.ok("team", "task", "carry", "TK3", "--reason", "合同文本未到")
    let formats = ReportFormat.allCases.map(\.rawValue)
    let before = try formats.map {
      try sandbox.ok("team", "week", "--week", "2026-W47", "--format", $0)
    }
    // The next week: the carried task done, new tasks, work, a rating, a person leaves, a
    // new person joins, the team takes on a second village, another team is formed.
    sandbox.environment["LIAISON_TODAY"] = "2026-11-29"
    _ = try sandbox.ok("team", "task", "done", "TK3", "--result", "审查完毕", "--date", "2026-11-24")
    _ = try sandbox.ok(
      "team", "task", "add", "--team", "T01", "--text", "整治河道", "--assignee", "刘干事", "--date",
      "2026-11-23")
    _ = try sandbox.ok(
      "team", "work", "add", "--team", "T01", "--household", "孙阿姨", "--by", "刘干事", "--date",
      "2026-11-24")
    _ = try sandbox.ok("team", "rate", "T01", "--week", "2026-W48", "--rating", "好")
    _ = try sandbox.ok("team", "leave", "T01", "--person", "王警官", "--date", "2026-11-25")
    _ = try sandbox.ok("team", "person", "add", "--name", "钱行长", "--role", "金融帮扶员")
    _ = try sandbox.ok("team", "join", "T01", "--person", "钱行长", "--from", "2026-11-25")
    _ = try sandbox.ok("village", "add", "--name", "清湖村")
    _ = try sandbox.ok("team", "serve", "T01", "--village", "清湖村", "--from", "2026-11-25")
    _ = try sandbox.ok("team", "person", "add", "--name", "吴副书记")
    _ = try sandbox.ok("team", "release", "T01", "--village", "清湖村", "--date", "2026-11-27")
    _ = try sandbox.ok(
      "team", "add", "--name", "清湖村服务团", "--leader", "吴副书记", "--village", "清湖村", "--from",
      "2026-11-27")
    let after = try formats.map {
      try sandbox.ok("team", "week", "--week", "2026-W47", "--format", $0)
    }
    for (format, (old, new)) in zip(formats, zip(before, after)) {
      #expect(old == new, "week 47 as \(format) changed after week 48's work")
    }
    #expect(try sandbox.ok("team", "week", "--week", "2026-W48").contains("审查完毕"))
  }

  @Test func refusalsNameWhatIsWrongAndChangeNothing() throws {
    let sandbox = try Self.township()
    let before = sandbox.snapshot()
    let cases: [([String], Int32, String)] = [
      (
        ["team", "task", "add", "--team", "T09", "--text", "x", "--assignee", "刘干事"], 64,
        "team list"
      ),
      (
        ["team", "task", "add", "--team", "T01", "--text", "x", "--assignee", "吴某"], 64,
        "team person list"
      ),
      (
        [
          "team", "task", "add", "--team", "T01", "--text", "x", "--assignee", "刘干事", "--week",
          "2026-W50",
        ], 65, "本周或下周"
      ),
      (["team", "work", "add", "--team", "T01", "--kind", "项目", "--by", "刘干事"], 65, "--place"),
      (["team", "work", "add", "--team", "T01", "--household", "王大妈"], 65, "--by"),
      (["team", "join", "T01", "--person", "刘干事"], 65, "team leave"),
      (["team", "add", "--name", "新团", "--leader", "刘干事", "--village", "凤林村"], 65, "team release"),
      (["team", "task", "done", "TK1", "--result", "x"], 64, "team task list"),
    ]
    for (arguments, status, text) in cases {
      let result = sandbox.run(arguments)
      #expect(result.status == status, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(text), "\(arguments): \(result.stderr)")
    }
    #expect(sandbox.snapshot() == before)
  }
}
