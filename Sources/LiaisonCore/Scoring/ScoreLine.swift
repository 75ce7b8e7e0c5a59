/// One line of a score's explanation: the base, what one item gave for some records, a cap
/// or floor that held an item back, or the clamp to 0–100. The lines of a score add up to
/// it exactly.
public struct ScoreLine: Hashable, Sendable, Encodable {
  public enum Kind: String, Sendable, Encodable {
    case base, item, cap, floor, clamp
  }

  public var kind: Kind
  /// The rules item it belongs to; nil for the base and the clamp.
  public var item: String?
  public var points: Points
  /// What was counted, e.g. `+0.5 × 24 visits = +12`.
  public var text: Localized
  /// The ids (or weeks, months) of the records behind it.
  public var records: [String]

  public init(
    kind: Kind, item: String? = nil, points: Points, text: Localized, records: [String] = []
  ) {
    self.kind = kind
    self.item = item
    self.points = points
    self.text = text
    self.records = records
  }

  enum CodingKeys: String, CodingKey {
    case kind, item, points, en, zh, records
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(item, forKey: .item)
    try container.encode(points, forKey: .points)
    try container.encode(text.en, forKey: .en)
    try container.encode(text.zh, forKey: .zh)
    try container.encode(records, forKey: .records)
  }
}

/// Which public list a score puts a member on (红黑榜, seed 000).
public enum ScoreBand: String, UserChoice {
  case red, black

  public var chineseLabel: String { self == .red ? "红榜" : "黑榜" }
}

/// A member's score for a period, with the lines that explain it, and where it places them.
public struct MemberScore: Hashable, Sendable, Encodable {
  public var member: String
  public var name: String
  public var village: String
  public var grid: String?
  public var branch: String?
  public var period: String
  public var score: Points
  /// Competition rank among the members scored together (1, 2, 2, 4).
  public var rank: Int
  public var band: ScoreBand?
  /// A, B, C or D by share, when the rules grade.
  public var grade: String?
  public var colour: ScoreColour?
  /// Below the re-education threshold (回炉教育).
  public var reeducation: Bool
  public var lines: [ScoreLine]

  /// The lines' sum: equal to `score`, always (the tests hold it to that).
  public var linesTotal: Points { lines.reduce(.zero) { $0 + $1.points } }
}
