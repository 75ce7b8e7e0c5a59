/// A village organisation's index (堡垒指数) for a period, with the lines that explain it
/// and where it places the village among the township's: rank, grade by share, and the
/// accountability flag when three consecutive monthly notices reach into the period.
public struct VillageIndex: Hashable, Sendable, Encodable {
  public var village: String
  public var name: String
  public var period: String
  public var index: Points
  /// Competition rank among the township's villages (1, 2, 2, 4).
  public var rank: Int
  /// A, B, C or D by share.
  public var grade: String
  /// The colour of the village's cadres by the index (红黄灰), when the rules colour.
  public var colour: ScoreColour?
  public var accountability: AccountabilityFlag?
  public var lines: [ScoreLine]
  /// Each item's name, for the records under it.
  public var itemLabels: [String: Localized] = [:]

  enum CodingKeys: String, CodingKey {
    case village, name, period, index, rank, grade, colour, accountability, lines
  }

  /// The lines' sum: equal to `index`, always (the tests hold it to that).
  public var linesTotal: Points { lines.reduce(.zero) { $0 + $1.points } }
}
