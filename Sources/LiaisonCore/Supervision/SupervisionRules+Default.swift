import Foundation

/// The rules `index init-rules` writes and a folder without `rules/supervision.json` uses:
/// the checklist the seeds name (links in place, visit records, needs handled, ledgers,
/// the monthly report), a 100-point index counting the village's own records, the
/// quarterly review (seed 003) and A/B/C/D by share 20/42/28/10.
extension SupervisionRules {
  public static let defaultText = #"""
    {
      "about": "凤林镇村党组织堡垒指数与督查办法。Each field is described in the README, section 'Supervising villages'. Index = base + every item, each within its cap and floor, then kept within 0-100.",
      "checklist": [
        { "id": "links", "zh": "联户关系落实", "en": "links in place" },
        { "id": "visits", "zh": "走访记录", "en": "visit records" },
        { "id": "needs", "zh": "诉求办理", "en": "needs handled" },
        { "id": "ledgers", "zh": "台账资料", "en": "ledgers" },
        { "id": "public-table", "zh": "公示上墙", "en": "public table posted" },
        { "id": "monthly-report", "zh": "月报制落实", "en": "monthly work report" }
      ],
      "period": "quarter",
      "index": {
        "base": 60,
        "items": [
          { "id": "coverage", "zh": "联户覆盖", "en": "households linked", "metric": "coverage", "points": 0.1, "cap": 10 },
          { "id": "visits", "zh": "人均走访", "en": "visits per member", "metric": "visits-per-member", "points": 1, "cap": 10 },
          { "id": "needs-resolved", "zh": "诉求办结", "en": "needs resolved", "metric": "needs-resolved", "points": 0.5, "cap": 5 },
          { "id": "needs-overdue", "zh": "诉求超期", "en": "needs overdue", "metric": "needs-overdue", "points": -1, "floor": -5 },
          { "id": "inspections", "zh": "督查通过", "en": "inspections passed", "metric": "inspections-passed", "points": 2, "cap": 6 },
          { "id": "notices", "zh": "通报批评", "en": "notices of criticism", "metric": "notices", "points": -5, "floor": -15 },
          { "id": "members", "zh": "党员平均积分", "en": "members' average score", "metric": "member-average", "points": 0.1, "cap": 10 },
          { "id": "work-reports", "zh": "工作推进月报", "en": "monthly work reports", "metric": "work-reports", "points": 1, "cap": 3 },
          { "id": "other", "zh": "其他加减分", "en": "other merits and faults", "metric": "manual", "cap": 5, "floor": -10 }
        ]
      },
      "grading": { "A": 20, "B": 42, "C": 28, "D": 10 },
      "colours": { "red": 90, "yellow": 80 },
      "reserve": { "minimumScore": 80, "ratings": ["good"], "perVillage": 2 },
      "villages": {}
    }

    """#

  /// The default rules, as `index init-rules` writes them.
  public static let standard: SupervisionRules = {
    do {
      return try decode(Data(defaultText.utf8), path: fileName, defaults: nil)
    } catch {
      preconditionFailure("the built-in supervision rules do not decode: \(error)")
    }
  }()
}
