/// Points given to a village's index by hand, under a `manual` item of its index rules,
/// always with a reason: what the records cannot count (a commendation, an incident).
/// A line of `index-adjustments.json`.
public struct IndexAdjustment: Codable, Hashable, Sendable, Identifiable {
  /// `K00001`.
  public var id: String
  public var village: String
  public var date: Day
  public var item: String
  public var points: Points
  public var reason: String
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, village: String, date: Day, item: String, points: Points, reason: String,
    recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.village = village
    self.date = date
    self.item = item
    self.points = points
    self.reason = reason
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}
