import Foundation

/// The rules `liaison rules init` writes and a folder without `rules/scoring.json` uses,
/// modelled on the seeds: a 100-point yearly score (000 开化) with re-education below 60,
/// a visit a week (000), an activity a month and 1–2 commitments a year (002), residents'
/// ratings each half-year (002), the democratic appraisal and items the clerk adjusts by
/// hand (004), red and black lists (000) and A/B/C/D by share 20/42/28/10 (003).
extension ScoringRules {
  public static let defaultText = #"""
    {
      "about": "凤林镇党员联户积分办法（百分制）。Each field is described in the README, section 'Scoring'. Total = base + every item, each item within its cap and floor, then kept within 0-100.",
      "period": "year",
      "base": 60,
      "visitRequirement": { "per": "week", "minimum": 1, "counted": "member" },
      "activitiesPerMonth": 1,
      "items": [
        { "id": "visits", "zh": "走访户次", "en": "visits", "metric": "visits", "points": 0.5, "cap": 12 },
        { "id": "households", "zh": "走访户数", "en": "households visited", "metric": "households-visited", "points": 1, "cap": 7 },
        { "id": "weeks-missed", "zh": "未走访的周", "en": "weeks without the required visits", "metric": "requirement-missed", "points": -2, "floor": -20 },
        { "id": "activity-months", "zh": "每月活动", "en": "months with an activity", "metric": "activity-months", "points": 1, "cap": 6 },
        { "id": "activities", "zh": "带头活动与志愿服务", "en": "activities", "metric": "activities", "points": 0.5, "cap": 4 },
        { "id": "needs-resolved", "zh": "办结诉求", "en": "needs resolved", "metric": "needs-resolved", "values": { "small": 1, "medium": 1.5, "large": 2 }, "cap": 6 },
        { "id": "needs-overdue", "zh": "超期诉求", "en": "needs overdue", "metric": "needs-overdue", "points": -1, "floor": -5 },
        { "id": "commitments", "zh": "承诺践诺", "en": "commitments fulfilled", "metric": "commitments-fulfilled", "points": 2.5, "cap": 5 },
        { "id": "appraisal", "zh": "民主评议", "en": "democratic appraisal", "metric": "appraisal-grade", "values": { "excellent": 5, "qualified": 3, "basically-qualified": 0, "unqualified": -10 } },
        { "id": "rating", "zh": "群众评价", "en": "residents' rating", "metric": "residents-rating", "values": { "good": 2.5, "fairly-good": 1.5, "average": 0, "poor": -2.5 } },
        { "id": "dues", "zh": "按时交纳党费", "en": "Party dues", "metric": "manual", "cap": 0, "floor": -5 },
        { "id": "study", "zh": "学习与组织生活", "en": "study and organisational life", "metric": "manual", "cap": 5, "floor": -5 },
        { "id": "other", "zh": "其他加减分", "en": "other merits and faults", "metric": "manual", "cap": 5, "floor": -10 }
      ],
      "thresholds": { "reeducation": 60 },
      "lists": { "red": { "top": 10, "atLeast": 90 }, "black": { "below": 60 } },
      "grading": { "A": 20, "B": 42, "C": 28, "D": 10 },
      "colours": { "red": 85, "yellow": 60 },
      "groups": "average"
    }

    """#

  /// The default rules, as `rules init` writes them.
  public static let standard: ScoringRules = {
    do {
      return try decode(Data(defaultText.utf8), path: fileName)
    } catch {
      preconditionFailure("the built-in scoring rules do not decode: \(error)")
    }
  }()
}
