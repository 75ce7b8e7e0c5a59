/// The post a member holds for a household (AB岗, seed 000).
public enum Post: String, UserChoice {
  /// Primary liaison (主联), a member living in the village.
  case a = "A"
  /// Auxiliary liaison (辅联): migrant members and activists.
  case b = "B"

  public var chineseLabel: String { self == .a ? "主联" : "辅联" }
  public var synonyms: [String] { self == .a ? ["A岗", "a岗"] : ["B岗", "b岗"] }
}

/// Why a member was paired with a household (seed 000, 开化).
public enum NeighbourType: String, UserChoice {
  case area
  case kinship
  case service

  public var chineseLabel: String {
    switch self {
    case .area: "区域邻里"
    case .kinship: "情感邻里"
    case .service: "服务邻里"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .area: ["区域"]
    case .kinship: ["情感", "亲情"]
    case .service: ["服务"]
    }
  }
}

/// A member linked to a household (联户) over a span of days.
///
/// Links are ended, never deleted, so a report for a past month sees the links in force
/// then. `to` is the first day the link no longer holds.
public struct Link: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var member: String
  public var household: String
  public var post: Post
  public var type: NeighbourType?
  public var from: Day
  public var to: Day?

  public init(
    id: String, member: String, household: String, post: Post, type: NeighbourType? = nil,
    from: Day, to: Day? = nil
  ) {
    self.id = id
    self.member = member
    self.household = household
    self.post = post
    self.type = type
    self.from = from
    self.to = to
  }

  /// Whether the link holds on `day`.
  public func isActive(on day: Day) -> Bool {
    from <= day && (to.map { day < $0 } ?? true)
  }

  /// Whether the link's span shares any day with another span.
  public func overlaps(from otherFrom: Day, to otherTo: Day?) -> Bool {
    let startsBeforeOtherEnds = otherTo.map { from < $0 } ?? true
    let otherStartsBeforeThisEnds = to.map { otherFrom < $0 } ?? true
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds
  }
}
