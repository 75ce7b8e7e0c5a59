/// A piece of service-day work as the clerk types it.
public struct TeamWorkDraft: Sendable {
  public var team: String
  public var kind: TeamWorkKind
  public var by: [String]
  /// For a household visit; its village is the household's.
  public var household: String?
  /// Nil: the household's village, else the team's only village.
  public var village: String?
  public var place: String?
  public var result: String?
  public var solved: Int
  public var task: String?

  public init(
    team: String, kind: TeamWorkKind, by: [String], household: String? = nil,
    village: String? = nil, place: String? = nil, result: String? = nil, solved: Int = 0,
    task: String? = nil
  ) {
    self.team = team
    self.kind = kind
    self.by = by
    self.household = household
    self.village = village
    self.place = place
    self.result = result
    self.solved = solved
    self.task = task
  }
}
