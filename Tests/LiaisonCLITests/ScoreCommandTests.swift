import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// `rules` and `score` on the test township (today 2026-11-23), under the default rules.
@Suite struct ScoreCommandTests {
  /// 张建国 linked to 王大妈 from 2 November, visits in W45 and W46 (none in W47), an
  /// activity, a kept commitment and +2 by hand. November under the default rules:
  /// 60 + 1 (2 visits) + 1 (1 household) − 2 (W47) + 1 (a month with an activity)
  /// + 0.5 (1 activity) + 2.5 (a commitment kept) + 2 (study) = 66.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-11-02")
    for date in ["2026-11-03", "2026-11-10"] {
      _ = try sandbox.ok("visit", "add", "--member", "张建国", "--household", "王大妈", "--date", date)
    }
    _ = try sandbox.ok(
      "activity", "add", "--member", "张建国", "--date", "2026-11-05", "--kind", "政策宣传")
    _ = try sandbox.ok("commitment", "add", "--member", "张建国", "--text", "修屋顶")
    _ = try sandbox.ok("commitment", "fulfil", "P1", "--date", "2026-11-10")
    _ = try sandbox.ok(
      "score", "adjust", "--member", "张建国", "--date", "2026-11-12", "--item", "study", "--points",
      "+2", "--reason", "参加党课")
    return sandbox
  }

  struct Explained: Decodable {
    struct Line: Decodable {
      var kind: String
      var points: Decimal
      var en: String
      var records: [String]
    }
    var score: Decimal
    var rank: Int
    var lines: [Line]
  }

  @Test func explainGivesEveryContributionAndTheLinesSumToTheScore() throws {
    let sandbox = try Self.township()
    let json = try sandbox.ok("score", "explain", "张建国", "--period", "2026-11", "--format", "json")
    let explained = try JSONDecoder().decode(Explained.self, from: Data(json.utf8))
    #expect(explained.score == 66)
    #expect(explained.lines.reduce(Decimal(0)) { $0 + $1.points } == explained.score)
    let missed = try #require(explained.lines.first { $0.en.contains("2026-W47") })
    #expect(missed.points == -2 && missed.records == ["2026-W47"])
    let visits = try #require(explained.lines.first { $0.en.hasPrefix("visits:") })
    #expect(visits.en == "visits: +0.5 × 2 visits = +1")
    #expect(visits.records == ["V20261103-0001", "V20261110-0001"])
    let table = try sandbox.ok("score", "explain", "M0001", "--period", "2026-11", "--lang", "zh")
    #expect(table.contains("= 66") && table.contains("基础分") && table.contains("2026-W47 周"))
  }

  @Test func showRanksTheMembersAndRankUsesLastMonth() throws {
    let sandbox = try Self.township()
    let shown = sandbox.run("score", "show", "--period", "2026-11", "--format", "csv")
    #expect(shown.status == 0, "\(shown.stderr)")
    let rows = shown.stdout.split(separator: "\r\n").map(String.init)
    // 李秀英 has no links and no records: the base 60, not below the black list's 60. Of
    // two members, A's places end at round(0.4) = 0, B's at round(1.24) = 1: B and C.
    #expect(rows[1].hasPrefix("1,M0001,张建国,凤林村,第一网格,66,red,B,yellow"))
    #expect(rows[2].hasPrefix("2,M0002,李秀英,凤林村,第二网格,60,red,C,yellow"))
    let ranked = sandbox.run("score", "rank")
    #expect(ranked.stderr.contains("Period 2026-10."))
    let grids = try sandbox.ok("score", "show", "--period", "2026-11", "--by", "grid")
    #expect(grids.contains("第一网格") && grids.contains("66"))
  }

  /// Every village has its 第一网格: a grid's row names its village (issue #19, point 2).
  @Test func gridsOfTwoVillagesAreToldApartByTheirVillage() throws {
    let sandbox = try Self.township()
    let since = Sandbox.rosterSince
    _ = try sandbox.ok("village", "add", "--name", "清湖村", "--since", since)
    _ = try sandbox.ok("grid", "add", "--village", "清湖村", "--name", "第一网格", "--since", since)
    _ = try sandbox.ok(
      "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "清湖村", "--grid",
      "清湖村/第一网格", "--since", since)
    let csv = try sandbox.ok(
      "score", "show", "--period", "2026-11", "--by", "grid", "--format", "csv", "--lang", "zh")
    let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
    #expect(rows[0].contains("村"))
    let firstGrids = rows.filter { $0.contains("第一网格") }.compactMap {
      $0.first { $0.hasSuffix("村") }
    }
    #expect(Set(firstGrids) == ["凤林村", "清湖村"], "\(csv)")
    let json = try sandbox.ok(
      "score", "show", "--period", "2026-11", "--by", "grid", "--format", "json")
    #expect(json.contains("\"village\" : \"清湖村\""))
  }

  @Test func aVillageFileOverridesTheTownshipForItsMembers() throws {
    let sandbox = try Self.township()
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try #"{"base": 50}"#.write(
      toFile: sandbox.data + "/rules/C001.json", atomically: false, encoding: .utf8)
    let json = try sandbox.ok("score", "explain", "张建国", "--period", "2026-11", "--format", "json")
    #expect(try JSONDecoder().decode(Explained.self, from: Data(json.utf8)).score == 56)
    #expect(try sandbox.ok("rules", "show", "--village", "凤林村").contains("\"base\" : 50"))
    #expect(try sandbox.ok("rules", "show").contains("\"base\" : 60"))
    let checked = sandbox.run("rules", "check")
    #expect(checked.stderr.contains("rules/C001.json"))
  }

  @Test func brokenRulesStopEveryScoreCommandAndChangeNothing() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("rules", "init")
    let path = sandbox.data + "/rules/scoring.json"
    let broken = sandbox.file("rules/scoring.json").replacingOccurrences(
      of: #""metric": "activity-months", "points": 1"#,
      with: #""metric": "activity-months", "points": "one""#)
    try broken.write(toFile: path, atomically: false, encoding: .utf8)
    let before = sandbox.snapshot()
    let message = "rules/scoring.json: items[3].points: expected a number"
    for arguments in [
      ["score", "show"], ["score", "explain", "张建国"], ["score", "rank"], ["score", "lists"],
      ["score", "adjust", "--member", "张建国", "--item", "study", "--points", "1", "--reason", "x"],
      ["rules", "check"], ["rules", "show"],
    ] {
      let result = sandbox.run(arguments)
      #expect(result.status == 65, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
    #expect(sandbox.snapshot() == before)
    let check = sandbox.run("check")
    #expect(check.status == 65 && (check.stdout + check.stderr).contains("items[3].points"))
  }

  @Test func rulesCheckNamesTheFileAndFieldOfAnotherFile() throws {
    let sandbox = try Self.township()
    let file = sandbox.root.appendingPathComponent("新办法.json").path
    try
      #"{"base": 60, "visitRequirement": {"per": "week", "minimum": 1}, "items": [], "thresholds": {"reeducation": 60}, "lists": {"red": {"top": 5}, "black": {"below": "60"}}}"#
      .write(toFile: file, atomically: false, encoding: .utf8)
    let result = sandbox.run("rules", "check", file)
    #expect(result.status == 65)
    #expect(result.stderr.contains("新办法.json: lists.black.below: expected a number"))
    let before = sandbox.snapshot()
    #expect(sandbox.run("score", "what-if", "--rules", file).status == 65)
    #expect(sandbox.snapshot() == before)
  }

  @Test func rulesInitWritesTheDefaultOnceAndForceReplacesIt() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("rules", "init")
    #expect(sandbox.file("rules/scoring.json") == ScoringRules.defaultText)
    let before = sandbox.snapshot()
    let again = sandbox.run("rules", "init")
    #expect(again.status == 65 && again.stderr.contains("already exists"))
    #expect(sandbox.snapshot() == before)
    #expect(sandbox.run("rules", "init", "--force").status == 0)
    #expect(sandbox.run("rules", "check", sandbox.data + "/rules/scoring.json").status == 0)
  }

  @Test func whatIfListsWhoseListOrGradeWouldChange() throws {
    let sandbox = try Self.township()
    let file = sandbox.root.appendingPathComponent("strict.json").path
    // The default rules with the black list raised to 65: 李秀英 (60) moves to it.
    let strict = ScoringRules.defaultText.replacingOccurrences(
      of: #""black": { "below": 60 }"#, with: #""black": { "below": 65 }"#)
    try strict.write(toFile: file, atomically: false, encoding: .utf8)
    let result = sandbox.run(
      "score", "what-if", "--rules", file, "--period", "2026-11", "--format", "csv")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("1 of 2 members would change"))
    #expect(result.stdout.contains("M0002,李秀英,凤林村,60,red,C,,60,black,C,"))
  }

  @Test func listsGiveTheRedListStarsAndCentralHouseholds() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("appraisal", "set", "--member", "张建国", "--grade", "优秀")
    let result = sandbox.run("score", "lists", "--year", "2026", "--lang", "zh")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("学习宣传星"))
    // Two members: 15 % rounds up to 1, 20 % down to 0, so the village proposes 1.
    let json = try sandbox.ok("score", "lists", "--year", "2026", "--format", "json")
    let lists = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let central = try #require((lists["centralHouseholds"] as? [[String: Any]])?.first)
    #expect(central["minimum"] as? Int == 1 && central["maximum"] as? Int == 1)
    #expect((central["proposed"] as? [[String: Any]])?.first?["member"] as? String == "M0001")
  }
}
