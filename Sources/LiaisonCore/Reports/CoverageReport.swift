/// "服务不漏户，户户见党员" (seed 000): when each village, grid, member and household was
/// last visited and how often, and the gaps — households without a member, members below
/// the minimum, grids whose leader is not a serving Party member. As of one day, over every
/// visit up to it.
public struct CoverageReport: Codable, Hashable, Sendable {
  /// A village or grid.
  public struct AreaRow: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var village: String?
    public var households: Int
    public var householdsVisited: Int
    public var visits: Int
    public var lastVisit: Day?
  }

  public struct MemberRow: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var village: String
    public var grid: String?
    public var linkedHouseholds: Int
    /// Of the households linked now, how many this member has ever visited.
    public var linkedVisited: Int
    public var visits: Int
    public var lastVisit: Day?
  }

  public struct HouseholdRow: Codable, Hashable, Sendable {
    public var id: String
    public var head: String
    public var village: String
    public var grid: String?
    public var members: [String]
    public var visits: Int
    public var lastVisit: Day?
    /// Days from the last visit to `asOf`; nil when never visited.
    public var daysSince: Int?
  }

  public struct GridProblem: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var village: String
    /// `no-leader`, `leader-left`, `leader-not-member` (an activist) or `leader-unknown`.
    public var problem: String
  }

  public var township: String
  public var village: String?
  public var asOf: Day
  /// The period whose visits are counted (`2026-11`, `2026-H2`, `2026`); absent when the
  /// report counts every visit up to `asOf`.
  public var period: Period?
  public var minimumHouseholds: Int
  /// The order rows are listed in: `last-visit` (never visited first), `visits` (fewest
  /// first) or `name`.
  public var sort: String
  public var villages: [AreaRow]
  public var grids: [AreaRow]
  public var members: [MemberRow]
  public var households: [HouseholdRow]
  public var unlinkedHouseholds: [HouseholdEntry]
  public var membersBelowMinimum: [MemberRow]
  public var gridsWithoutMemberLeader: [GridProblem]
}

/// How coverage rows are ordered.
public enum CoverageSort: String, UserChoice {
  case lastVisit = "last-visit"
  case visits
  case name

  public var chineseLabel: String {
    switch self {
    case .lastVisit: "最近走访"
    case .visits: "走访次数"
    case .name: "名称"
    }
  }
}
