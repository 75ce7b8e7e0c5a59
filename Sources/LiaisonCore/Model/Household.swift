/// A household (农户 / 联系户) that members are linked to.
public struct Household: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  /// The head of household (户主).
  public var head: String
  public var village: String
  public var grid: String?
  public var phone: String?
  /// The courtyard or building (院落 / 楼栋).
  public var courtyard: String?
  public var address: String?
  /// The number of people in the household (家庭人口).
  public var size: Int?
  /// Focus groups (重点人群): 空巢老人, 留守儿童, 低保户 … as the clerk writes them.
  public var tags: [String]
  public var note: String?
  /// The first day the household is on this roster (入册日期): reports of earlier periods
  /// leave it out. Absent on records made before it was kept: on the roster from the
  /// beginning. Format-1 folders called it `added`.
  public var since: Day?
  /// What the dated facts (village, grid, courtyard, tags) held before each life event,
  /// oldest first.
  public var history: [PastFacts]

  public init(
    id: String, head: String, village: String, grid: String? = nil, phone: String? = nil,
    courtyard: String? = nil, address: String? = nil, size: Int? = nil, tags: [String] = [],
    note: String? = nil, since: Day? = nil, history: [PastFacts] = []
  ) {
    self.id = id
    self.head = head
    self.village = village
    self.grid = grid
    self.phone = phone
    self.courtyard = courtyard
    self.address = address
    self.size = size
    self.tags = tags
    self.note = note
    self.since = since
    self.history = history
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    head = try c.decode(String.self, forKey: .head)
    village = try c.decode(String.self, forKey: .village)
    grid = try c.decodeIfPresent(String.self, forKey: .grid)
    phone = try c.decodeIfPresent(String.self, forKey: .phone)
    courtyard = try c.decodeIfPresent(String.self, forKey: .courtyard)
    address = try c.decodeIfPresent(String.self, forKey: .address)
    size = try c.decodeIfPresent(Int.self, forKey: .size)
    tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
    note = try c.decodeIfPresent(String.self, forKey: .note)
    since =
      try c.decodeIfPresent(Day.self, forKey: .since)
      ?? c.decodeIfPresent(Day.self, forKey: .added)
    history = try c.decodeIfPresent([PastFacts].self, forKey: .history) ?? []
  }

  enum CodingKeys: String, CodingKey {
    case id, head, village, grid, phone, courtyard, address, size, tags, note, since, history
    /// Format 1's name for `since`, read and never written.
    case added
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(head, forKey: .head)
    try c.encode(village, forKey: .village)
    try c.encodeIfPresent(grid, forKey: .grid)
    try c.encodeIfPresent(phone, forKey: .phone)
    try c.encodeIfPresent(courtyard, forKey: .courtyard)
    try c.encodeIfPresent(address, forKey: .address)
    try c.encodeIfPresent(size, forKey: .size)
    try c.encode(tags, forKey: .tags)
    try c.encodeIfPresent(note, forKey: .note)
    try c.encodeIfPresent(since, forKey: .since)
    if !history.isEmpty { try c.encode(history, forKey: .history) }
  }

  /// Whether the household was on the roster at the end of `day`.
  public func isOnRoster(on day: Day) -> Bool { hasStarted(by: day) }
}
