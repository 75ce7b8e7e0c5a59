import Foundation

@testable import LiaisonCore

/// A small hand-made township for the scoring tests: one village, one member linked to two
/// households from 2026-11-02, and November's records, each answer counted by hand.
enum ScoringFixture {
  static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day)! }

  /// Every metric once, with simple points: base 50; visits +1 (cap 4); households +2;
  /// weeks met +1; weeks missed −3; activity months +2; activities +0.5; needs resolved
  /// 1/2/3 by scale; needs overdue −1; commitments +2.5; appraisal excellent +10; rating
  /// good +4, fairly good +2; dues (floor −1) and study (cap 5) by hand.
  static let rulesText = #"""
    {
      "base": 50,
      "visitRequirement": { "per": "week", "minimum": 1, "counted": "member" },
      "items": [
        { "id": "visits", "zh": "走访", "en": "visits", "metric": "visits", "points": 1, "cap": 4 },
        { "id": "homes", "zh": "户数", "en": "households", "metric": "households-visited", "points": 2 },
        { "id": "met", "zh": "达标周", "en": "weeks met", "metric": "requirement-met", "points": 1 },
        { "id": "missed", "zh": "未达标周", "en": "weeks missed", "metric": "requirement-missed", "points": -3 },
        { "id": "months", "zh": "活动月", "en": "activity months", "metric": "activity-months", "points": 2 },
        { "id": "activities", "zh": "活动", "en": "activities", "metric": "activities", "points": 0.5 },
        { "id": "resolved", "zh": "办结", "en": "resolved", "metric": "needs-resolved", "values": { "small": 1, "medium": 2, "large": 3 } },
        { "id": "overdue", "zh": "超期", "en": "overdue", "metric": "needs-overdue", "points": -1 },
        { "id": "kept", "zh": "践诺", "en": "kept", "metric": "commitments-fulfilled", "points": 2.5 },
        { "id": "grade", "zh": "评议", "en": "grade", "metric": "appraisal-grade", "values": { "excellent": 10, "qualified": 5, "basically-qualified": 0, "unqualified": -10 } },
        { "id": "rating", "zh": "评价", "en": "rating", "metric": "residents-rating", "values": { "good": 4, "fairly-good": 2, "average": 0, "poor": -4 } },
        { "id": "dues", "zh": "党费", "en": "dues", "metric": "manual", "floor": -1 },
        { "id": "study", "zh": "学习", "en": "study", "metric": "manual", "cap": 5 }
      ],
      "thresholds": { "reeducation": 60 },
      "lists": { "red": { "top": 1 }, "black": { "below": 60 } },
      "grading": { "A": 20, "B": 42, "C": 28, "D": 10 }
    }
    """#

  static func rules() throws -> ScoringRules {
    try ScoringRules.decode(Data(rulesText.utf8), path: "rules/scoring.json")
  }

  static let roster = Roster(
    villages: [Village(id: "C001", name: "凤林村"), Village(id: "C002", name: "清湖村")],
    members: [
      Member(id: "M0001", name: "张建国", phone: "13800138000", village: "C001"),
      Member(id: "M0002", name: "李秀英", phone: "13900139000", village: "C001"),
      Member(id: "M0003", name: "王小明", phone: "13700137000", village: "C002", left: day(11, 1)),
    ],
    households: [
      Household(id: "H00001", head: "王大妈", village: "C001"),
      Household(id: "H00002", head: "赵大爷", village: "C001"),
    ],
    links: [
      Link(id: "L00001", member: "M0001", household: "H00001", post: .a, from: day(11, 2)),
      Link(id: "L00002", member: "M0001", household: "H00002", post: .a, from: day(11, 2)),
    ])

  static func visit(
    _ number: Int, _ household: String, _ date: Day, member: String = "M0001"
  )
    -> Visit
  {
    Visit(
      id:
        "V\(date.year)\(String(format: "%02d%02d", date.month, date.day))-\(String(format: "%04d", number))",
      member: member, household: household, date: date, recordedAt: "t", recordedBy: "c")
  }

  /// A need raised on `raised` and resolved on `resolved`, if given.
  static func need(
    _ id: String, scale: NeedScale, raised: Day, due: Day, resolved: Day? = nil,
    handler: String? = nil, raisedBy: String? = nil
  ) -> Need {
    var history = [NeedEvent(date: raised, action: .raised, by: "c", recordedAt: "t")]
    if let resolved {
      history.append(NeedEvent(date: resolved, action: .resolved, by: "c", recordedAt: "t"))
    }
    var need = Need(
      id: id, household: "H00001", text: "诉求", scale: scale, raisedBy: raisedBy, raised: raised,
      due: due, handler: handler, status: resolved == nil ? .open : .resolved, history: history)
    need.resolved = resolved
    return need
  }

  /// November: 5 visits to 2 households (weeks W45, W46, W48 met; W47 missed), 2
  /// activities (and one in October), a small need resolved late (1 resolved, 1 overdue), a
  /// medium need raised and resolved, a small need not yet due, one of two commitments
  /// kept, a grade and two ratings, and three adjustments.
  static func records() -> ScoreRecords {
    ScoreRecords(
      roster: roster,
      visits: [
        visit(1, "H00001", day(11, 3)), visit(1, "H00002", day(11, 4)),
        visit(1, "H00001", day(11, 10)), visit(1, "H00001", day(11, 25)),
        visit(1, "H00001", day(11, 26)),
      ],
      needs: [
        need(
          "N00001", scale: .small, raised: day(11, 3), due: day(11, 4), resolved: day(11, 6),
          handler: "M0001"),
        need(
          "N00002", scale: .medium, raised: day(11, 10), due: day(11, 17), resolved: day(11, 20),
          handler: "村委李明", raisedBy: "M0001"),
        need("N00003", scale: .small, raised: day(11, 28), due: day(12, 13), handler: "M0001"),
      ],
      activities: [
        Activity(id: "A00001", member: "M0001", date: day(11, 5), kind: .policy),
        Activity(id: "A00002", member: "M0001", date: day(11, 20), kind: .patrol),
        Activity(id: "A00003", member: "M0001", date: day(10, 10), kind: .industry),
      ],
      commitments: [
        Commitment(id: "P00001", member: "M0001", year: 2026, text: "修路", fulfilled: day(11, 15)),
        Commitment(id: "P00002", member: "M0001", year: 2026, text: "帮扶"),
      ],
      appraisals: [
        Appraisal(id: "E00001", member: "M0001", year: 2026, grade: .excellent),
        Appraisal(id: "E00002", member: "M0001", year: 2026, half: .h1, rating: .fairlyGood),
        Appraisal(id: "E00003", member: "M0001", year: 2026, half: .h2, rating: .good),
      ],
      adjustments: [
        ScoreAdjustment(
          id: "S00001", member: "M0001", date: day(11, 10), item: "dues", points: Points(-2),
          reason: "迟交党费"),
        ScoreAdjustment(
          id: "S00002", member: "M0001", date: day(11, 12), item: "study", points: Points(3),
          reason: "参加党课"),
        ScoreAdjustment(
          id: "S00003", member: "M0001", date: day(11, 20), item: "study", points: Points(4),
          reason: "主题党日"),
      ])
  }

  /// The board of `period` on 2026-11-30.
  static func board(
    _ period: String, rules: ScoringRules? = nil, villages: [String: ScoringRules] = [:]
  ) throws -> ScoreBoard {
    ScoreBoard(
      records: records(),
      rulebook: ScoringRulebook(township: try rules ?? Self.rules(), villages: villages),
      period: Period(parsing: period)!, today: day(11, 30))
  }
}
