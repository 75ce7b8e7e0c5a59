import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// History that holds: life events change only the days from theirs on, corrections say
/// which months' reports they change, and what is accepted is counted.
@Suite struct HistoryTests {
  /// A township with two villages, an October of visits, links and needs, a probationary
  /// member and a grid leader — everything a life event can touch.
  static func october() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    let since = Sandbox.rosterSince
    _ = try sandbox.ok("village", "add", "--name", "清湖村", "--since", since)
    _ = try sandbox.ok("grid", "add", "--village", "清湖村", "--name", "第一网格", "--since", since)
    _ = try sandbox.ok(
      "member", "add", "--name", "周强", "--phone", "13700137000", "--village", "凤林村", "--grid",
      "第二网格", "--status", "预备", "--category", "农民",
      "--duty", "政策宣传员", "--branch", "第一支部", "--since", since)
    _ = try sandbox.ok("grid", "edit", "G001", "--leader", "张建国", "--on", since)
    for (member, household) in [("张建国", "王大妈"), ("张建国", "赵大爷"), ("周强", "孙阿姨")] {
      _ = try sandbox.ok(
        "link", "add", "--member", member, "--household", household, "--from", "2026-10-01")
    }
    for (member, household, date) in [
      ("张建国", "王大妈", "2026-10-05"), ("张建国", "赵大爷", "2026-10-14"),
      ("周强", "孙阿姨", "2026-10-20"), ("周强", "孙阿姨", "2026-10-28"),
    ] {
      _ = try sandbox.ok(
        "visit", "add", "--member", member, "--household", household, "--date", date,
        "--opinions", "1")
    }
    _ = try sandbox.ok(
      "need", "add", "--household", "孙阿姨", "--text", "屋顶漏雨", "--date", "2026-10-20",
      "--raised-by", "周强")
    _ = try sandbox.ok("activity", "add", "--member", "周强", "--date", "2026-10-09", "--kind", "护河")
    return sandbox
  }

  /// Everything printed of October: the monthly report, a week of it, coverage at its end,
  /// the month's score and need figures, each in text and JSON.
  static let octoberPrints: [[String]] = [
    ["report", "monthly", "--month", "2026-10"],
    ["report", "monthly", "--month", "2026-10", "--format", "json"],
    ["report", "monthly", "--month", "2026-10", "--village", "凤林村", "--format", "csv"],
    ["report", "weekly", "--week", "2026-W43"],
    ["report", "weekly", "--week", "2026-W43", "--format", "json"],
    ["report", "coverage", "--today", "2026-10-31"],
    ["report", "coverage", "--today", "2026-10-31", "--format", "json"],
    ["score", "show", "--period", "2026-10"],
    ["score", "show", "--period", "2026-10", "--format", "json"],
    ["need", "figures", "--period", "2026-10", "--village", "凤林村"],
    ["need", "figures", "--period", "2026-10", "--format", "json"],
    ["need", "week", "--week", "2026-W43", "--village", "凤林村", "--format", "json"],
  ]

  static func prints(_ sandbox: Sandbox) throws -> [String] {
    try octoberPrints.map { arguments in
      let result = sandbox.run(arguments)
      try #require(result.status == 0, "\(arguments): \(result.stderr)")
      return result.stdout
    }
  }

  @Test func lifeEventsInNovemberLeaveOctoberExactlyAsReported() throws {
    let sandbox = try Self.october()
    let before = try Self.prints(sandbox)
    let on = ["--on", "2026-11-10"]
    // Every kind of life event, each dated in November.
    _ = try sandbox.ok(["household", "edit", "王大妈", "--grid", "第二网格"] + on)
    _ = try sandbox.ok(["household", "edit", "赵大爷", "--village", "清湖村", "--grid", "第一网格"] + on)
    _ = try sandbox.ok(["household", "edit", "孙阿姨", "--courtyard", "东院", "--tag", "空巢老人"] + on)
    _ = try sandbox.ok(["member", "edit", "周强", "--status", "正式"] + on)  // 转正
    _ = try sandbox.ok(["member", "edit", "周强", "--category", "流动", "--branch", "第二支部"] + on)
    _ = try sandbox.ok(["member", "edit", "周强", "--duty", "矛盾调解员"] + on)
    _ = try sandbox.ok(["member", "edit", "李秀英", "--grid", "第一网格"] + on)
    _ = try sandbox.ok(["grid", "edit", "G002", "--leader", "周强", "--staff", "李秀英"] + on)
    _ = try sandbox.ok("member", "leave", "张建国", "--date", "2026-11-12")
    _ = try sandbox.ok("household", "edit", "孙阿姨", "--village", "清湖村", "--grid", "第一网格")  // today
    let after = try Self.prints(sandbox)
    for (index, arguments) in Self.octoberPrints.enumerated() {
      #expect(after[index] == before[index], "\(arguments) changed after November's life events")
    }
    // …and the roster now does show them: 周强 is a full member, 孙阿姨 in 清湖村.
    let member = try sandbox.ok("member", "show", "周强", "--format", "json")
    #expect(member.contains("\"status\" : \"full\""), "\(member)")
    let household = try sandbox.ok("household", "show", "孙阿姨", "--format", "json")
    #expect(household.contains("\"village\" : \"C002\""), "\(household)")
  }

  @Test func anEditWithNoDateIsALifeEventTodayAndChangesNoPrintedMonth() throws {
    let sandbox = try Self.october()
    let before = try Self.prints(sandbox)
    let result = sandbox.run("household", "edit", "王大妈", "--grid", "第二网格")
    #expect(result.status == 0)
    #expect(!result.stderr.contains("changes the report"))
    #expect(try Self.prints(sandbox) == before)
  }

  static let corrections: [(arguments: [String], months: String)] = [
    (["member", "edit", "周强", "--grid", "第一网格", "--correct"], "2026-01 to 2026-11"),
    (["household", "edit", "王大妈", "--grid", "第二网格", "--correct"], "2026-01 to 2026-11"),
    (["grid", "edit", "G002", "--leader", "周强", "--correct"], "2026-01 to 2026-11"),
    (["member", "edit", "周强", "--since", "2026-09-15"], "2026-01 to 2026-09"),
    (["household", "edit", "孙阿姨", "--since", "2025-06-01"], "2025-06 to 2026-01"),
    (["village", "edit", "清湖村", "--since", "2025-01-01"], "2025-01 to 2026-01"),
    (["member", "edit", "周强", "--status", "正式", "--on", "2026-10-15"], "2026-10 to 2026-11"),
  ]

  @Test(arguments: 0..<corrections.count)
  func aCorrectionSaysWhichMonthsReportsItChanges(_ index: Int) throws {
    let (arguments, months) = Self.corrections[index]
    let sandbox = try Self.october()
    let result = sandbox.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("This changes the reports of \(months)."), "\(result.stderr)")
  }

  @Test func aCorrectionChangesThePastOnPurpose() throws {
    let sandbox = try Self.october()
    let before = try sandbox.ok("report", "monthly", "--month", "2026-10", "--format", "json")
    _ = try sandbox.ok("household", "edit", "王大妈", "--grid", "第二网格", "--correct")
    let after = try sandbox.ok("report", "monthly", "--month", "2026-10", "--format", "json")
    #expect(after != before)
  }

  @Test func lifeEventsOutOfOrderAreRefusedWithWhatToDo() throws {
    let sandbox = try Self.october()
    _ = try sandbox.ok("member", "edit", "周强", "--grid", "第一网格", "--on", "2026-11-10")
    let snapshot = sandbox.snapshot()
    let cases: [([String], String)] = [
      (
        ["member", "edit", "周强", "--grid", "第二网格", "--on", "2026-11-01"],
        "the grid last changed on 2026-11-10"
      ),
      (["member", "edit", "周强", "--branch", "三支部", "--on", "2025-12-01"], "--correct"),
      (["member", "edit", "周强", "--branch", "三支部", "--on", "2026-12-01"], "in the future"),
      (["member", "edit", "周强", "--branch", "三支部", "--on", "2026-11-01", "--correct"], "--on"),
    ]
    for (arguments, expected) in cases {
      let result = sandbox.run(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
      #expect(sandbox.snapshot() == snapshot, "\(arguments) wrote something")
    }
  }

  /// Point 4: a record dated before its member or household came onto the roster is
  /// refused, naming the command that fixes it; nothing is written.
  static let refusals: [(prepare: [String], arguments: [String], fix: String)] = [
    (
      [], ["visit", "add", "--member", "钱叔家", "--household", "王大妈", "--date", "2026-10-05"],
      "liaison member edit M0003 --since 2026-10-05"
    ),
    (
      [], ["visit", "add", "--member", "张建国", "--household", "钱叔", "--date", "2026-10-05"],
      "liaison household edit H00004 --since 2026-10-05"
    ),
    (
      [], ["link", "add", "--member", "钱叔家", "--household", "王大妈", "--from", "2026-10-01"],
      "liaison member edit M0003 --since 2026-10-01"
    ),
    (
      [], ["need", "add", "--household", "钱叔", "--text", "路灯", "--date", "2026-10-09"],
      "liaison household edit H00004 --since 2026-10-09"
    ),
    (
      [], ["activity", "add", "--member", "钱叔家", "--date", "2026-10-09", "--kind", "护河"],
      "liaison member edit M0003 --since 2026-10-09"
    ),
    (
      [], ["commitment", "add", "--member", "钱叔家", "--year", "2025", "--text", "修路"],
      "liaison member edit M0003 --since 2025-12-31"
    ),
    (
      [], ["appraisal", "set", "--member", "钱叔家", "--year", "2025", "--grade", "优秀"],
      "liaison member edit M0003 --since 2025-12-31"
    ),
  ]

  @Test(arguments: 0..<refusals.count)
  func aRecordDatedBeforeItsPeopleWereOnTheRosterIsRefused(_ index: Int) throws {
    let (_, arguments, fix) = Self.refusals[index]
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "钱叔家", "--phone", "13700137001", "--village", "凤林村", "--since",
      "2026-11-01")
    _ = try sandbox.ok("household", "add", "--head", "钱叔", "--village", "凤林村")
    let snapshot = sandbox.snapshot()
    let result = sandbox.run(arguments)
    #expect(result.status == 65)
    #expect(result.stderr.contains(fix), "\(result.stderr)")
    #expect(sandbox.snapshot() == snapshot)
    // The command it names makes the same record go in, and count.
    let fixWords = fix.split(separator: " ").dropFirst().map(String.init)
    _ = try sandbox.ok(fixWords)
    #expect(sandbox.run(arguments).status == 0)
  }

  @Test func aLaterStartThatWouldLeaveRecordsOutIsRefused() throws {
    let sandbox = try Self.october()
    _ = try sandbox.ok(
      "household", "add", "--head", "钱叔", "--village", "凤林村", "--since", Sandbox.rosterSince)
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "钱叔", "--date", "2026-10-07")
    let snapshot = sandbox.snapshot()
    let cases: [([String], String)] = [
      (["member", "edit", "周强", "--since", "2026-10-25"], "link L00003 of 2026-10-01"),
      (["household", "edit", "王大妈", "--since", "2026-10-03"], "link L00001 of 2026-10-01"),
      (["household", "edit", "钱叔", "--since", "2026-10-10"], "visit V20261007-0001 of 2026-10-07"),
    ]
    for (arguments, earliest) in cases {
      let result = sandbox.run(arguments)
      #expect(result.status == 65, "\(arguments)")
      #expect(result.stderr.contains(earliest), "\(result.stderr)")
      #expect(sandbox.snapshot() == snapshot)
    }
    let moved = sandbox.run("member", "edit", "周强", "--since", "2026-09-01")
    #expect(moved.status == 0)
    #expect(moved.stderr.contains("This changes the reports of 2026-01 to 2026-09."))
  }

  @Test func visitListAndTheMonthlyReportAgreeOnTheMonthsVisits() throws {
    let sandbox = try Self.october()
    _ = try sandbox.ok("household", "edit", "赵大爷", "--village", "清湖村", "--grid", "第一网格")
    let listed = try sandbox.ok("visit", "list", "--month", "2026-10", "--format", "json")
    let report = try sandbox.ok("report", "monthly", "--month", "2026-10", "--format", "json")
    let visits = try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [Any]
    let summary =
      (try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])?["summary"]
      as? [String: Any]
    #expect(visits?.count == 4)
    #expect(summary?["visits"] as? Int == 4)
  }

  @Test func aLinkWithVisitsUnderItIsEndedNotRemoved() throws {
    let sandbox = try Self.october()
    let snapshot = sandbox.snapshot()
    let refused = sandbox.run("link", "remove", "L00001")
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("liaison link end L00001"), "\(refused.stderr)")
    #expect(sandbox.snapshot() == snapshot)
    _ = try sandbox.ok(
      "link", "add", "--member", "周强", "--household", "王大妈", "--from", "2026-11-20", "--post", "B")
    #expect(sandbox.run("link", "remove", "L00004").status == 0)
  }
}

/// Point 6: Party members' obligations are not an activist's.
@Suite struct ActivistObligationTests {
  @Test func anActivistIsNotGivenADemocraticAppraisalGrade() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let snapshot = sandbox.snapshot()
    let refused = sandbox.run(
      "appraisal", "set", "--member", "李秀英", "--year", "2026", "--grade", "优秀")
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("is an activist"), "\(refused.stderr)")
    #expect(sandbox.snapshot() == snapshot)
    // Residents still rate them.
    _ = try sandbox.ok(
      "appraisal", "set", "--member", "李秀英", "--year", "2026", "--rating", "好", "--half", "下半年")
  }

  @Test func anActivistIsNeitherFlaggedForReeducationNorAMemberHousehold() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    // Both docked below the re-education threshold of 60.
    for name in ["张建国", "李秀英"] {
      _ = try sandbox.ok(
        "score", "adjust", "--member", name, "--date", "2026-11-20", "--item", "study", "--points",
        "-5", "--reason", "缺席组织生活")
    }
    let scores = try sandbox.ok("score", "show", "--period", "2026-11", "--format", "json")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(scores.utf8)) as? [[String: Any]])
    let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as? String ?? "", $0) })
    #expect(byName["张建国"]?["reeducation"] as? Bool == true)
    #expect(byName["李秀英"]?["reeducation"] as? Bool != true)
    let lists = try sandbox.ok("score", "lists", "--year", "2026", "--format", "json")
    #expect(lists.contains("\"memberHouseholds\" : 1"), "\(lists)")
  }
}

/// Issue #14, point 4: an id removed as a mistake is never given again.
@Suite struct RetiredIDTests {
  @Test func removedIdsAreNeverGivenAgainAndCheckVerifiesIt() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("household", "remove", "孙阿姨")
    #expect(try sandbox.ok("household", "add", "--head", "钱叔", "--village", "凤林村") == "H00004")
    _ = try sandbox.ok("household", "remove", "钱叔")
    #expect(try sandbox.ok("household", "add", "--head", "周婶", "--village", "凤林村") == "H00005")
    _ = try sandbox.ok("member", "remove", "李秀英")
    #expect(
      try sandbox.ok("member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村")
        == "M0003")
    #expect(sandbox.file("retired.json").contains("\"households\":[\"H00003\",\"H00004\"]"))
    // An old export that still names the removed household does not bring its id back.
    try "户主,村,编号\n孙阿姨,凤林村,H00003\n".write(
      toFile: sandbox.root.path + "/old.csv", atomically: true, encoding: .utf8)
    let reimport = sandbox.run("import", "households", sandbox.root.path + "/old.csv")
    #expect(reimport.status != 0)
    let reason = reimport.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(reason.contains("never given again"), "\(reimport.stdout)")
    #expect(try sandbox.ok("check").isEmpty)
    // A hand edit that reuses a retired id is what check reports.
    let path = sandbox.data + "/households.json"
    let households = sandbox.file("households.json").replacingOccurrences(
      of: "\"id\":\"H00005\"", with: "\"id\":\"H00004\"")
    try households.write(toFile: path, atomically: true, encoding: .utf8)
    let check = sandbox.run("check")
    #expect(check.status == 65)
    #expect((check.stdout + check.stderr).contains("H00004 was retired"))
  }
}

/// Issue #19, point 6: leaving ends grid posts too, and the clerk is told which.
@Suite struct LeavingPostsTests {
  @Test func leavingSaysWhichGridPostsEnd() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("grid", "edit", "G001", "--leader", "张建国", "--on", Sandbox.rosterSince)
    _ = try sandbox.ok("grid", "edit", "G002", "--staff", "张建国", "--on", Sandbox.rosterSince)
    let result = sandbox.run("member", "leave", "张建国", "--date", "2026-11-20")
    #expect(result.status == 0)
    #expect(
      result.stderr.contains("no longer leader of 凤林村/第一网格, staff of 凤林村/第二网格"),
      "\(result.stderr)")
    // The posts held until then: October's grids still show him.
    let grid = try sandbox.ok("grid", "show", "G001", "--format", "json")
    #expect(grid.contains("\"leader\" : \"M0001\"") && grid.contains("\"to\" : \"2026-11-20\""))
  }
}
