import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Seed 002's rule that each Party member holds at least one activity a month: the rule
/// is data (`activitiesPerMonth` in the scoring rules) and the monthly report lists who fell
/// short, in every format.
@Suite struct MonthlyActivityRuleTests {
  /// The sample township (张建国 a member, 李秀英 an activist) with a third member, 陈立新.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox(today: "2026-11-23")
    try sandbox.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "陈立新", "--phone", "13700137000", "--village", "凤林村",
      "--grid", "第二网格", "--status", "预备党员", "--since", Sandbox.rosterSince)
    return sandbox
  }

  static func october(_ sandbox: Sandbox) throws -> MonthlyReport {
    let result = sandbox.run("report", "monthly", "--month", "2026-10", "--format", "json")
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(MonthlyReport.self, from: Data(result.stdout.utf8))
  }

  static func short(_ report: MonthlyReport) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: report.membersShortOfActivities.map {
        ($0.name, "\($0.activities)/\($0.required)")
      })
  }

  @Test func aMemberWithNoActivityIsListedAndAnActivistIsNotHeldToTheRule() throws {
    let sandbox = try Self.township()
    let report = try Self.october(sandbox)
    #expect(Self.short(report) == ["张建国": "0/1", "陈立新": "0/1"])
    #expect(report.activitiesPerMonth == 1)
    #expect(report.summary.membersHeldToActivityRule == 2)
    #expect(report.summary.membersMeetingActivityRule == 0)
  }

  @Test func oneActivityInTheMonthMeetsTheRuleAndOneInAnotherMonthDoesNot() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "activity", "add", "--member", "张建国", "--date", "2026-10-31", "--kind", "宣政策")
    _ = try sandbox.ok(
      "activity", "add", "--member", "陈立新", "--date", "2026-11-01", "--kind", "办实事")
    let report = try Self.october(sandbox)
    #expect(Self.short(report) == ["陈立新": "0/1"])
    #expect(report.summary.membersMeetingActivityRule == 1)
    let november = try sandbox.ok("report", "monthly", "--month", "2026-11", "--lang", "zh")
    #expect(november.contains("本月活动未达要求的党员（1）"))
    #expect(november.contains("M0001  张建国"))
  }

  @Test func aMemberWhoJoinedOrLeftDuringTheMonthIsNotHeldToIt() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "周新来", "--phone", "13600136000", "--village", "凤林村",
      "--since", "2026-10-15")
    _ = try sandbox.ok("member", "leave", "陈立新", "--date", "2026-10-20")
    let october = try Self.october(sandbox)
    #expect(Self.short(october) == ["张建国": "0/1"])
    #expect(october.summary.membersHeldToActivityRule == 1)
    // The month after, the newcomer is asked like everyone else.
    let result = sandbox.run("report", "monthly", "--month", "2026-11", "--format", "json")
    let november = try JSONDecoder().decode(MonthlyReport.self, from: Data(result.stdout.utf8))
    #expect(Self.short(november) == ["张建国": "0/1", "周新来": "0/1"])
  }

  @Test func theRuleIsDataAndAVillageMaySetItsOwn() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("rules", "init")
    let rules = sandbox.data + "/" + ScoringRules.fileName
    let text = try String(contentsOfFile: rules, encoding: .utf8)
    #expect(text.contains(#""activitiesPerMonth": 1"#))
    try text.replacingOccurrences(
      of: #""activitiesPerMonth": 1"#, with: #""activitiesPerMonth": 2"#
    )
    .write(toFile: rules, atomically: true, encoding: .utf8)
    _ = try sandbox.ok(
      "activity", "add", "--member", "张建国", "--date", "2026-10-05", "--kind", "宣政策")
    var report = try Self.october(sandbox)
    #expect(Self.short(report) == ["张建国": "1/2", "陈立新": "0/2"])
    #expect(report.activitiesPerMonth == 2)
    // The month met the rule only with two activities, so the score counts it only then.
    let explained = try sandbox.ok("score", "explain", "张建国", "--period", "2026-10")
    #expect(explained.contains("months with an activity: none in the period"))
    // A village file of its own: 0 turns the rule off there.
    try Data(#"{"activitiesPerMonth": 0}"#.utf8).write(
      to: URL(fileURLWithPath: sandbox.data + "/" + ScoringRules.villageFileName("C001")))
    report = try Self.october(sandbox)
    #expect(report.membersShortOfActivities.isEmpty)
    #expect(report.summary.membersHeldToActivityRule == 0)
  }

  @Test(arguments: [#"-1"#, #""two""#, #"1.5"#, #"32"#])
  func aBadMonthlyNumberIsRefusedNamingTheField(_ value: String) throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("rules", "init")
    let rules = sandbox.data + "/" + ScoringRules.fileName
    let text = try String(contentsOfFile: rules, encoding: .utf8)
    try text.replacingOccurrences(
      of: #""activitiesPerMonth": 1"#, with: #""activitiesPerMonth": \#(value)"#
    ).write(toFile: rules, atomically: true, encoding: .utf8)
    let result = sandbox.run("rules", "check")
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(
        "rules/scoring.json: activitiesPerMonth: expected a whole number from 0 to 31"),
      "\(result.stderr)")
  }

  @Test(arguments: ["text", "csv", "md", "html"])
  func everyFormatListsTheMembersShortOfTheRule(_ format: String) throws {
    let sandbox = try Self.township()
    let result = sandbox.run(
      "report", "monthly", "--month", "2026-10", "--format", format, "--lang", "zh")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("本月活动未达要求的党员（2）"))
    #expect(result.stdout.contains("0/1"))
    #expect(result.stdout.contains("陈立新"))
  }
}
