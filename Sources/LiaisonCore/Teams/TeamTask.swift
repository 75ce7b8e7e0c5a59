/// A task on a team's list (周一排清单): a village, who does it, by when, how urgent, and
/// who answers for it. It stays on the lists week after week until it is done or dropped
/// (不完成不脱钩、不办结不销号). A line of `team-tasks.json`, with its history.
public struct TeamTask: Codable, Hashable, Sendable, Identifiable {
  /// `TK00001`.
  public var id: String
  public var team: String
  public var village: String
  public var list: TeamTaskList
  public var text: String
  /// The team person who does it.
  public var assignee: String
  /// The cadre who answers for it, as its level asks (seed 001: 对应不同的完成时限和责任干部).
  public var responsible: String
  public var level: NeedUrgency
  /// The week whose list it was first put on.
  public var week: IsoWeek
  /// The day it was put on the list (the Monday evening meeting, or the Sunday before).
  public var planned: Day
  /// The last day to finish it, from its level's time limit.
  public var due: Day
  public var status: TeamTaskStatus
  /// What was achieved, once done.
  public var result: String?
  /// The day it was done.
  public var done: Day?
  /// Every change, oldest first; nothing is ever taken out.
  public var history: [TeamTaskEvent]

  public init(
    id: String, team: String, village: String, list: TeamTaskList, text: String,
    assignee: String, responsible: String, level: NeedUrgency, week: IsoWeek, planned: Day,
    due: Day, status: TeamTaskStatus = .open, history: [TeamTaskEvent] = []
  ) {
    self.id = id
    self.team = team
    self.village = village
    self.list = list
    self.text = text
    self.assignee = assignee
    self.responsible = responsible
    self.level = level
    self.week = week
    self.planned = planned
    self.due = due
    self.status = status
    self.history = history
  }
}

/// One change to a team task: when, what, who typed it in, and why.
public struct TeamTaskEvent: Codable, Hashable, Sendable {
  /// The day it happened.
  public var date: Day
  public var action: TeamTaskAction
  /// On `carried`: the week whose list it goes onto.
  public var week: IsoWeek?
  /// The result on `done`, the reason on `carried` and `cancelled`.
  public var note: String?
  /// Who recorded it (the clerk's login, or `LIAISON_CLERK`).
  public var by: String
  /// When it was typed in, ISO 8601 with offset.
  public var recordedAt: String

  public init(
    date: Day, action: TeamTaskAction, week: IsoWeek? = nil, note: String? = nil, by: String,
    recordedAt: String
  ) {
    self.date = date
    self.action = action
    self.week = week
    self.note = note
    self.by = by
    self.recordedAt = recordedAt
  }
}
