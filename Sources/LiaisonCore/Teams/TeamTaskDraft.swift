/// A task as the clerk types it at the Monday meeting, before the rules fill it in.
public struct TeamTaskDraft: Sendable {
  public var team: String
  public var text: String
  public var assignee: String
  /// Nil: the team's only village.
  public var village: String?
  public var list: TeamTaskList
  public var level: NeedUrgency
  /// Nil: the one the level's rule names.
  public var responsible: String?
  /// Nil: the week of the day it is planned.
  public var week: IsoWeek?
  /// Nil: from the level's time limit.
  public var due: Day?

  public init(
    team: String, text: String, assignee: String, village: String? = nil,
    list: TeamTaskList = .weekly, level: NeedUrgency = .green, responsible: String? = nil,
    week: IsoWeek? = nil, due: Day? = nil
  ) {
    self.team = team
    self.text = text
    self.assignee = assignee
    self.village = village
    self.list = list
    self.level = level
    self.responsible = responsible
    self.week = week
    self.due = due
  }
}
