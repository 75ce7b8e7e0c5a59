import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The team commands not walked through in the clerk's week: people, seats, lists, levels,
/// coverage, and `check` on damaged team files.
@Suite struct TeamCommandTests {
  @Test func peopleKeepTheirRolesInChineseOrTheTownshipsOwnWord() throws {
    let sandbox = try TeamWeekTests.township()
    let people = try decodeJSON(
      [TeamPerson].self, sandbox.ok("team", "person", "list", "--format", "json"))
    #expect(people.map(\.role) == ["leader", "liaison", "police", "法律顾问"])
    _ = try sandbox.ok("team", "person", "edit", "王警官", "--member", "张建国", "--unit", "")
    let edited = try decodeJSON(
      [TeamPerson].self, sandbox.ok("team", "person", "list", "--format", "json"))[2]
    #expect(edited.member == "M0001" && edited.unit == nil)
    let refused = sandbox.run("team", "person", "add", "--name", "李四", "--phone", "13905701001")
    #expect(refused.status == 65 && refused.stderr.contains("周副镇长"))
    let list = try sandbox.ok("team", "person", "list")
    #expect(list.contains("法律顾问") && list.contains("凤林村服务团"))
  }

  @Test func aTeamShowsItsSeatsAndVillagesPastOnesIncluded() throws {
    let sandbox = try TeamWeekTests.township()
    _ = try sandbox.ok("team", "leave", "T01", "--person", "王警官", "--date", "2026-11-20")
    let show = try sandbox.ok("team", "show", "凤林村服务团")
    #expect(show.contains("2026-11-20") && show.contains("民警治安员") && show.contains("法律顾问"))
    let before = try sandbox.ok("team", "list", "--on", "2026-11-19", "--format", "csv")
    let after = try sandbox.ok("team", "list", "--format", "csv")
    #expect(before.contains("王警官") && !after.contains("王警官"))
    // A second leader at once is refused; after the first leaves, the new one takes over.
    _ = try sandbox.ok("team", "person", "add", "--name", "吴副书记")
    #expect(sandbox.run("team", "join", "T01", "--person", "吴副书记", "--role", "团长").status == 65)
    _ = try sandbox.ok("team", "leave", "T01", "--person", "周副镇长", "--date", "2026-11-21")
    _ = try sandbox.ok(
      "team", "join", "T01", "--person", "吴副书记", "--role", "团长", "--from", "2026-11-21")
    let team = try decodeJSON(Team.self, sandbox.ok("team", "show", "T01", "--format", "json"))
    #expect(team.leader(on: Day(parsing: "2026-11-20")!) == "TP001")
    #expect(team.leader(on: Day(parsing: "2026-11-21")!) == "TP005")
  }

  @Test func levelsComeFromTheRulesFileAndSetDueDatesAndWhoAnswers() throws {
    let sandbox = try TeamWeekTests.township()
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try Data(#"{"levels": {"red": {"days": 0, "responsible": "民警"}, "green": {"days": 2}}}"#.utf8)
      .write(to: URL(fileURLWithPath: sandbox.data + "/rules/teams.json"))
    let levels = try sandbox.ok("team", "levels")
    #expect(levels.contains("民警治安员") && levels.contains("承办人"))
    _ = try sandbox.ok(
      "team", "task", "add", "--team", "T01", "--text", "巡逻", "--assignee", "刘干事", "--level", "红")
    _ = try sandbox.ok(
      "team", "task", "add", "--team", "T01", "--text", "宣传", "--assignee", "刘干事", "--level",
      "green", "--date", "2026-11-22", "--week", "2026-W48")
    let tasks = try decodeJSON(
      [TeamTask].self, sandbox.ok("team", "task", "list", "--format", "json"))
    #expect(tasks.map(\.due.description) == ["2026-11-23", "2026-11-25"])
    #expect(tasks.map(\.responsible) == ["TP003", "TP002"])
    try Data(#"{"levels": {"purple": {"days": 1}}}"#.utf8)
      .write(to: URL(fileURLWithPath: sandbox.data + "/rules/teams.json"))
    let bad = sandbox.run(
      "team", "task", "add", "--team", "T01", "--text", "x", "--assignee", "刘干事")
    #expect(bad.status == 65 && bad.stderr.contains("levels.purple"))
    #expect(sandbox.run("check").stdout.contains("rules/teams.json"))
  }

  @Test func cancelledAndNotedTasksAndTheHouseholdsStillToVisit() throws {
    let sandbox = try TeamWeekTests.township()
    try TeamWeekTests.weekOfWork(sandbox)
    _ = try sandbox.ok("team", "task", "note", "TK3", "--note", "已联系合同方", "--date", "2026-11-21")
    _ = try sandbox.ok(
      "team", "task", "cancel", "TK3", "--reason", "合同已由镇统一审查", "--date", "2026-11-22")
    #expect(sandbox.run("team", "task", "carry", "TK3", "--reason", "x").status == 65)
    #expect(sandbox.run("team", "clear", "--week", "2026-W47").status == 0)
    let shown = try sandbox.ok("team", "task", "show", "TK3")
    #expect(shown.contains("已联系合同方") && shown.contains("撤销") && shown.contains("已撤销"))
    let coverage = sandbox.run("team", "coverage", "T01", "--format", "csv")
    #expect(coverage.status == 0 && coverage.stdout.contains("孙阿姨"))
    #expect(!coverage.stdout.contains("王大妈") && coverage.stderr.contains("已走访 2 户，共 3 户"))
    let work = try sandbox.ok("team", "work", "list", "--week", "2026-W47", "--format", "csv")
    #expect(work.split(whereSeparator: \.isNewline).count == 4 && work.contains("土地整治项目"))
  }

  @Test func checkNamesTheFileAndLineOfDamagedTeamRecords() throws {
    let sandbox = try TeamWeekTests.township()
    try TeamWeekTests.weekOfWork(sandbox)
    #expect(sandbox.run("check").status == 0)
    func edit(_ file: String, _ change: (String) -> String) throws {
      let path = sandbox.data + "/" + file
      try change(try String(contentsOfFile: path, encoding: .utf8)).write(
        toFile: path, atomically: false, encoding: .utf8)
    }
    try edit("team-work.json") { $0.replacingOccurrences(of: "\"TP002\"", with: "\"TP099\"") }
    try edit("team-tasks.json") {
      $0.replacingOccurrences(of: "\"status\":\"done\"", with: "\"status\":\"open\"")
    }
    try edit("teams.json") { $0.replacingOccurrences(of: "\"C001\"", with: "\"C009\"") }
    let result = sandbox.run("check", "--lang", "en")
    #expect(result.status != 0)
    for text in [
      "team-work.json:2", "TP099", "team-tasks.json:2", "history ends done", "teams.json:2",
      "unknown village C009",
    ] {
      #expect(result.stdout.contains(text), "\(text) missing from:\n\(result.stdout)")
    }
  }

  @Test func aHardProjectWithMilestonesAndTheMonthsPioneers() throws {
    let sandbox = try TeamWeekTests.township()
    try TeamWeekTests.weekOfWork(sandbox)
    let id = try sandbox.ok(
      "team", "project", "add", "--team", "T01", "--name", "土地整治", "--lead", "周副镇长", "--date",
      "2026-11-02")
    #expect(id == "TJ001")
    _ = try sandbox.ok(
      "team", "project", "milestone", "TJ1", "--text", "政策处理", "--due", "2026-11-15")
    _ = try sandbox.ok("team", "project", "milestone", "TJ1", "--text", "开工", "--due", "2026-12-15")
    _ = try sandbox.ok(
      "team", "project", "reach", "TJ1", "--milestone", "1", "--date", "2026-11-14", "--note", "已完成"
    )
    #expect(sandbox.run("team", "project", "reach", "TJ1", "--milestone", "1").status == 65)
    #expect(sandbox.run("team", "project", "reach", "TJ1", "--milestone", "3").status == 65)
    #expect(try sandbox.ok("team", "project", "list", "--year", "2026").contains("1/2"))
    #expect(try sandbox.ok("team", "project", "show", "TJ001").contains("政策处理"))
    let year = try decodeJSON(
      TeamYearReport.self, sandbox.ok("team", "year", "--format", "json"))
    #expect(year.hardProjects.map(\.reached) == [1] && year.teamsWithoutHardProject.isEmpty)
    // The month proposes pioneers from the records; the office's choice is kept.
    var month = try decodeJSON(
      TeamMonthReport.self, sandbox.ok("team", "month", "--month", "2026-11", "--format", "json"))
    let diligence = try #require(month.pioneers.first { $0.kind == .diligence })
    #expect(diligence.candidates.first?.name == "刘干事" && diligence.candidates.first?.figure == 3)
    #expect(diligence.chosen.isEmpty)
    _ = try sandbox.ok(
      "team", "pioneer", "--month", "2026-11", "--kind", "勤勉", "--person", "刘干事", "王警官")
    #expect(
      sandbox.run(
        "team", "pioneer", "--month", "2026-11", "--kind", "项目", "--person", "刘干事", "王警官", "陈律师"
      ).status == 65)
    month = try decodeJSON(
      TeamMonthReport.self, sandbox.ok("team", "month", "--month", "2026-11", "--format", "json"))
    #expect(month.pioneers.first { $0.kind == .diligence }?.chosen == ["刘干事", "王警官"])
    #expect(try sandbox.ok("team", "month", "--month", "2026-11").contains("勤勉先锋  刘干事、王警官"))
  }

  @Test func theThreeColourAppraisalFollowsItsRulesFileAndExplainsItself() throws {
    let sandbox = try TeamWeekTests.township()
    try TeamWeekTests.weekOfWork(sandbox)
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try Data(
      #"""
      {"items": [{"metric": "visits", "points": 2, "cap": 3}, {"metric": "tasks", "points": 1},
        {"metric": "carried", "points": -2, "cap": 1}], "red": 3, "grey": 1}
      """#.utf8
    ).write(to: URL(fileURLWithPath: sandbox.data + "/rules/team-evaluation.json"))
    _ = try sandbox.ok("team", "task", "carry", "TK3", "--reason", "待审")
    let evaluation = try decodeJSON(
      TeamEvaluation.self,
      sandbox.ok("team", "evaluate", "--period", "2026-11", "--format", "json"))
    let colours = Dictionary(uniqueKeysWithValues: evaluation.rows.map { ($0.name, $0.colour) })
    // 刘干事: 2 visits × 2 = 4 capped at 3, 1 task → 4, red; 王警官: 1 visit, 1 task → 3, red;
    // 陈律师: a carry, capped at −1 → grey; 周副镇长: nothing counted → grey.
    #expect(colours == ["刘干事": .red, "王警官": .red, "陈律师": .grey, "周副镇长": .grey])
    let explained = try sandbox.ok("team", "evaluate", "--person", "刘干事", "--period", "2026-11")
    #expect(explained.contains("走访农户: 2 × 2 = 3（上限 3）"))
    #expect(explained.contains("合计 4 分，红：提请组织办研究晋档晋前"))
    let table = try sandbox.ok("team", "evaluate", "--period", "2026-11")
    #expect(table.contains("停发暂停") && table.contains("rules/team-evaluation.json"))
    try Data(#"{"items": [{"metric": "smiles", "points": 1}], "red": 3, "grey": 1}"#.utf8)
      .write(to: URL(fileURLWithPath: sandbox.data + "/rules/team-evaluation.json"))
    let bad = sandbox.run("team", "evaluate")
    #expect(bad.status == 65 && bad.stderr.contains("team-evaluation.json"))
    #expect(sandbox.run("check").stdout.contains("rules/team-evaluation.json"))
  }

  @Test func aHandEditedTeamFileThatNoLongerParsesIsNamedAndNeverOverwritten() throws {
    let sandbox = try TeamWeekTests.township()
    try TeamWeekTests.weekOfWork(sandbox)
    let path = sandbox.data + "/team-tasks.json"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"level\":\"yellow\"", with: "\"level\":\"purple\"")
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let before = sandbox.snapshot()
    let week = sandbox.run("team", "week", "--week", "2026-W47", "--lang", "en")
    #expect(
      week.status == 65 && week.stderr.contains("team-tasks.json")
        && week.stderr.contains("team-tasks.json:3: field 'level'")
    )
    let add = sandbox.run("team", "rate", "T01", "--rating", "好")
    #expect(add.status == 65)
    #expect(sandbox.snapshot() == before)
    #expect(sandbox.run("check", "--lang", "en").stdout.contains("team-tasks.json:3"))
  }

  @Test func teamPeopleComeFromAChineseSpreadsheetAllRowsOrNone() throws {
    let sandbox = try TeamWeekTests.township()
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    let csv =
      "姓名,联系电话,工作单位,职务,备注\r\n钱行长,13905709001,县农商银行,金融帮扶员,\r\n"
      + "孙主任,13905709002,镇文化站,文化专干,\r\n,,,,\r\n"
    try #require(csv.data(using: gb18030)).write(to: sandbox.root.appendingPathComponent("人员.csv"))
    _ = try sandbox.ok(
      "team", "person", "import", sandbox.root.appendingPathComponent("人员.csv").path)
    let people = try decodeJSON(
      [TeamPerson].self, sandbox.ok("team", "person", "list", "--format", "json"))
    #expect(people.suffix(2).map(\.name) == ["钱行长", "孙主任"])
    #expect(people.suffix(2).map(\.role) == ["finance", "文化专干"])
    // A phone already on file stops the whole file, naming its line.
    let again = "name,phone\n李四,13905709003\n王五,13905709001\n"
    try Data(again.utf8).write(to: sandbox.root.appendingPathComponent("again.csv"))
    let before = sandbox.snapshot()
    let refused = sandbox.run(
      "team", "person", "import", sandbox.root.appendingPathComponent("again.csv").path)
    #expect(
      refused.status == 65 && refused.stderr.contains("第 3 行") && refused.stderr.contains("钱行长"))
    #expect(sandbox.snapshot() == before)
  }

  @Test func aBackupCarriesTheTeamFilesAndReadsTheSameWeek() throws {
    let sandbox = try TeamWeekTests.township()
    try TeamWeekTests.weekOfWork(sandbox)
    let path = try sandbox.ok("backup")
    for name in [
      "team-people.json", "teams.json", "team-tasks.json", "team-work.json", "team-ratings.json",
    ] {
      #expect(
        FileManager.default.contents(atPath: path + "/" + name)
          == FileManager.default.contents(atPath: sandbox.data + "/" + name), "\(name)")
    }
    let week = ["team", "week", "--week", "2026-W47", "--format", "json"]
    let original = sandbox.run(week)
    let copy = sandbox.run(week + ["--data", path], data: false)
    #expect(original.status == 0 && copy.stdout == original.stdout)
  }
}
