/// A grid (网格) inside a village, or a micro-grid (微网格) inside a grid.
public struct Grid: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var village: String
  public var name: String
  /// The grid's code (编码代号), as the county assigns it.
  public var code: String?
  /// The grid this micro-grid belongs to.
  public var parent: String?
  /// The grid leader (网格长): must be a Party member, not an activist.
  public var leader: String?
  /// Grid staff (网格员), by member id.
  public var staff: [String]
  /// The first day the grid is on the roster; absent: from the beginning.
  public var since: Day?
  /// What the dated facts (village, leader, staff) held before each change, oldest first.
  public var history: [PastFacts]

  public init(
    id: String, village: String, name: String, code: String? = nil, parent: String? = nil,
    leader: String? = nil, staff: [String] = [], since: Day? = nil, history: [PastFacts] = []
  ) {
    self.id = id
    self.village = village
    self.name = name
    self.code = code
    self.parent = parent
    self.leader = leader
    self.staff = staff
    self.since = since
    self.history = history
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    village = try container.decode(String.self, forKey: .village)
    name = try container.decode(String.self, forKey: .name)
    code = try container.decodeIfPresent(String.self, forKey: .code)
    parent = try container.decodeIfPresent(String.self, forKey: .parent)
    leader = try container.decodeIfPresent(String.self, forKey: .leader)
    staff = try container.decodeIfPresent([String].self, forKey: .staff) ?? []
    since = try container.decodeIfPresent(Day.self, forKey: .since)
    history = try container.decodeIfPresent([PastFacts].self, forKey: .history) ?? []
  }

  enum CodingKeys: String, CodingKey {
    case id, village, name, code, parent, leader, staff, since, history
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(village, forKey: .village)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(code, forKey: .code)
    try c.encodeIfPresent(parent, forKey: .parent)
    try c.encodeIfPresent(leader, forKey: .leader)
    try c.encode(staff, forKey: .staff)
    try c.encodeIfPresent(since, forKey: .since)
    if !history.isEmpty { try c.encode(history, forKey: .history) }
  }
}
