/// Points given or taken by hand for what no record captures — dues paid, study attended,
/// organisational life (seed 004) — always with the item they count under and the reason.
/// A line of `adjustments.json`.
public struct ScoreAdjustment: Codable, Hashable, Sendable, Identifiable {
  /// `S00001`.
  public var id: String
  public var member: String
  public var date: Day
  /// The id of a rules item whose metric is `manual`.
  public var item: String
  public var points: Points
  public var reason: String
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, member: String, date: Day, item: String, points: Points, reason: String,
    recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.member = member
    self.date = date
    self.item = item
    self.points = points
    self.reason = reason
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}
