/// A hard project a team leads for a year ("1+1" 挂联, 一个项目攻难点, seed 001: 一个服务团每年
/// 至少领办 1 个难点项目), with its milestones, each reached on a dated day.
/// A line of `team-projects.json`.
public struct TeamProject: Codable, Hashable, Sendable, Identifiable {
  /// `TJ001`.
  public var id: String
  public var team: String
  public var village: String
  public var year: Int
  public var name: String
  /// The team person who leads it.
  public var lead: String
  /// The day the team took it on.
  public var added: Day
  public var milestones: [TeamMilestone]
  public var note: String?

  public init(
    id: String, team: String, village: String, year: Int, name: String, lead: String,
    added: Day, milestones: [TeamMilestone] = [], note: String? = nil
  ) {
    self.id = id
    self.team = team
    self.village = village
    self.year = year
    self.name = name
    self.lead = lead
    self.added = added
    self.milestones = milestones
    self.note = note
  }

  /// The milestones reached by `day`.
  public func reached(on day: Day) -> Int {
    milestones.count { $0.reached.map { $0 <= day } ?? false }
  }
}

/// A step of a hard project: what, by when, and the day it was reached.
public struct TeamMilestone: Codable, Hashable, Sendable {
  /// 1 for the first, in the order they were set.
  public var number: Int
  public var text: String
  public var due: Day
  public var reached: Day?
  public var note: String?

  public init(number: Int, text: String, due: Day, reached: Day? = nil, note: String? = nil) {
    self.number = number
    self.text = text
    self.due = due
    self.reached = reached
    self.note = note
  }
}
