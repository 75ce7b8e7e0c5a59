/// The township's monthly report (月报, seed 000): the summary figures, a row per village
/// and per grid, who has not visited, who fell short of the monthly activity, which households were not visited lately, which
/// have no member, the overdue needs, and the month's top and bottom of the ranking.
///
/// Counted as things stood at the end of the month (or `asOf`, while the month runs):
/// members and households entered by then and not gone, links in force then, visits dated
/// in the month, needs from their history. The JSON of `report monthly` is this value.
public struct MonthlyReport: Codable, Hashable, Sendable {
  public struct Summary: Codable, Hashable, Sendable {
    public var villages: Int
    public var grids: Int
    public var members: Int
    /// By status (`full`, `probationary`, `activist`), category and post (`A`, `B`, `none`).
    public var membersByStatus: [String: Int]
    public var membersByCategory: [String: Int]
    public var membersByPost: [String: Int]
    public var households: Int
    public var linkedHouseholds: Int
    public var linkedShare: Double?
    /// Members linked to at least `requiredHouseholds` households.
    public var membersMeetingRequirement: Int
    public var visits: Int
    public var householdsVisited: Int
    public var householdsVisitedShare: Double?
    /// Distinct households each member visited, averaged over all members.
    public var averageHouseholdsVisitedPerMember: Double?
    public var opinions: Int
    /// Members held to the monthly activity rule, and those of them who met it.
    public var membersHeldToActivityRule: Int
    public var membersMeetingActivityRule: Int
    public var needs: NeedFigures
    /// Households in each focus group (重点人群): keyed by the group's value for the known
    /// groups (`empty-nest`), by the tag as typed for others. A household may be in several.
    public var householdsByFocusGroup: [String: Int]
  }

  /// One village's or grid's figures.
  public struct AreaRow: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// The village a grid belongs to (nil on village rows).
    public var village: String?
    public var members: Int
    public var households: Int
    public var linkedHouseholds: Int
    public var visits: Int
    public var householdsVisited: Int
    public var householdsVisitedShare: Double?
    public var opinions: Int
    public var needsRaised: Int
    public var needsResolved: Int
    public var needsOpen: Int
    public var needsOverdue: Int
  }

  /// A member's place in the month's ranking.
  public struct RankEntry: Codable, Hashable, Sendable {
    public var rank: Int
    public var member: String
    public var name: String
    public var village: String
    /// The month's score, when members are ranked by score.
    public var score: Points?
    public var visits: Int
    public var householdsVisited: Int
  }

  public struct Ranking: Codable, Hashable, Sendable {
    /// What members are ranked by: `score` (the month's score under the scoring rules, 一月
    /// 一排名), or `visits` (then distinct households visited) when the rules cannot be read.
    public var basis: String
    public var top: [RankEntry]
    public var bottom: [RankEntry]
  }

  public var township: String
  public var code: String?
  /// The village the report is limited to, when it is.
  public var village: String?
  public var month: YearMonth
  public var from: Day
  public var to: Day
  public var asOf: Day
  public var requiredHouseholds: Int
  public var notVisitedDays: Int
  public var summary: Summary
  public var villages: [AreaRow]
  public var grids: [AreaRow]
  public var membersWithoutVisits: [MemberEntry]
  /// The township's monthly activity rule (`activitiesPerMonth`; a village may set its own).
  public var activitiesPerMonth: Int
  /// Members who held fewer activities in the month than their rules ask.
  public var membersShortOfActivities: [ActivityShortfall]
  /// Households with no visit in the `notVisitedDays` days up to `asOf`.
  public var householdsNotVisited: [HouseholdEntry]
  public var unlinkedHouseholds: [HouseholdEntry]
  public var overdueNeeds: [NeedSummary]
  public var ranking: Ranking
  public var visitsByWeek: [WeekCount]
  /// Each village's links in force by neighbour type (区域 / 情感 / 服务邻里).
  public var neighbourTypes: [NeighbourTypeRow]
}

/// What the clerk may set for a monthly report.
public struct MonthlyReportOptions: Sendable {
  /// Linked households a member should have ("1+7").
  public var requiredHouseholds = 7
  /// Households not visited in this many days are listed.
  public var notVisitedDays = 30
  /// How many members the ranking shows at the top and at the bottom.
  public var rankingSize = 5
  public var village: String?

  public init() {}
}
