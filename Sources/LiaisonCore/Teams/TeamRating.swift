/// A village's rating of its team for one week (组团评价, seed 001: 各行政村根据完成情况给予
/// 组团评价). A line of `team-ratings.json`; rating the same team, village and week again
/// replaces it.
public struct TeamRating: Codable, Hashable, Sendable, Identifiable {
  /// `TR0001`.
  public var id: String
  public var team: String
  public var village: String
  public var week: IsoWeek
  public var rating: ResidentRating
  public var note: String?
  /// The day the village gave it.
  public var date: Day

  public init(
    id: String, team: String, village: String, week: IsoWeek, rating: ResidentRating,
    note: String? = nil, date: Day
  ) {
    self.id = id
    self.team = team
    self.village = village
    self.week = week
    self.rating = rating
    self.note = note
    self.date = date
  }
}
