/// A township's or village's scoring rules (积分评价办法), read from `rules/scoring.json`
/// and `rules/<village-id>.json`: a base, items that each count one metric, the total
/// clamped to 0–100, a re-education threshold, red and black lists, optional grading by
/// share and colours, and the visit and monthly activity requirements. Rules are data because each village may
/// set its own (seed 004).
public struct ScoringRules: Hashable, Sendable, Codable {
  /// The span `score show` covers unless told: year, half, quarter or month.
  public var period: PeriodKind
  public var base: Points
  public var visitRequirement: VisitRequirement
  /// Activities each Party member should hold every month (seed 002: 党员每月应至少开展1次活动);
  /// 0 for no such rule. The monthly report lists who fell short, `activity-months` counts
  /// the months that met it.
  public var activitiesPerMonth: Int
  public var items: [ScoreItem]
  public var thresholds: Thresholds
  public var lists: ListRules
  /// Shares of A, B, C and D in percent, summing to 100 (seed 003: 20/42/28/10); nil for
  /// no grades.
  public var grading: [String: Int]?
  /// Colour ratings (红/黄/灰, seed 000); nil for none.
  public var colours: Colours?
  public var groups: GroupMethod

  /// The grades, best first.
  public static let gradeNames = ["A", "B", "C", "D"]

  public struct VisitRequirement: Hashable, Sendable, Codable {
    public var per: RequirementUnit
    public var minimum: Int
    public var counted: RequirementCounting
  }

  public struct Thresholds: Hashable, Sendable, Codable {
    /// Below this a member is sent for re-education (回炉教育, seed 000: 60).
    public var reeducation: Points
  }

  public struct ListRules: Hashable, Sendable, Codable {
    public var red: RedList
    public var black: BlackList
  }

  /// The red list (红榜): the top N by rank, or anyone at or above a score, or both.
  public struct RedList: Hashable, Sendable, Codable {
    public var top: Int?
    public var atLeast: Points?
  }

  /// The black list (黑榜): anyone below a score.
  public struct BlackList: Hashable, Sendable, Codable {
    public var below: Points
  }

  /// Red at or above `red`, yellow at or above `yellow`, grey below.
  public struct Colours: Hashable, Sendable, Codable {
    public var red: Points
    public var yellow: Points
  }
}

/// One scoring item: what it counts and how many points each unit is worth, with an
/// optional cap (most it can give) and floor (most it can take away).
public struct ScoreItem: Hashable, Sendable, Codable {
  public var id: String
  public var zh: String
  public var en: String
  public var metric: ScoreMetric
  /// Points per unit; for `needs-resolved` when every scale is worth the same.
  public var points: Points?
  /// Points by category: by scale for `needs-resolved`, by grade for `appraisal-grade`, by
  /// rating for `residents-rating`.
  public var values: [String: Points]?
  public var cap: Points?
  public var floor: Points?

  public var label: Localized { Localized(en: en, zh: zh) }
}
