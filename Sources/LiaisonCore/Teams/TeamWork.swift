/// A piece of a team's service-day work (周二聚服务): a household visited, a project site,
/// an enterprise; who went and what came of it. Household visits count towards the team's
/// yearly coverage of its villages (连心结亲大走访). A line of `team-work.json`.
public struct TeamWork: Codable, Hashable, Sendable, Identifiable {
  /// `TW00001`.
  public var id: String
  public var team: String
  public var date: Day
  public var kind: TeamWorkKind
  public var village: String
  /// The household visited, on a `household` record.
  public var household: String?
  /// The project site or enterprise, as the clerk names it (苗青头村土地整治项目).
  public var place: String?
  /// The team people who went.
  public var by: [String]
  /// What came of it.
  public var result: String?
  /// How many of the people's problems it solved (解决问题), 0 when none.
  public var solved: Int
  /// The team task it worked on, if any.
  public var task: String?
  public var recordedAt: String
  public var recordedBy: String

  /// The most problems one record may claim (a hand-edited file may say more; `check`
  /// names it, and the figures count no more than this, so no sum can overflow).
  public static let mostSolved = 1_000

  /// `solved` as the figures count it: from 0 to `mostSolved`.
  public var countedSolved: Int { min(max(solved, 0), Self.mostSolved) }

  public init(
    id: String, team: String, date: Day, kind: TeamWorkKind, village: String,
    household: String? = nil, place: String? = nil, by: [String], result: String? = nil,
    solved: Int = 0, task: String? = nil, recordedAt: String, recordedBy: String
  ) {
    self.id = id
    self.team = team
    self.date = date
    self.kind = kind
    self.village = village
    self.household = household
    self.place = place
    self.by = by
    self.result = result
    self.solved = solved
    self.task = task
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}
