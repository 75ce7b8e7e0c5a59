/// A Party member, probationary member or activist who takes households to liaise with.
public struct Member: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  /// The stored phone form (see `Phone`).
  public var phone: String
  public var village: String
  public var grid: String?
  public var gender: Gender?
  /// `YYYY-MM` or `YYYY-MM-DD`: rosters often give only the month of birth (出生年月).
  public var born: String?
  /// The day the member joined the Party (入党时间).
  public var joined: Day?
  public var status: MemberStatus
  public var category: MemberCategory?
  public var duties: [Duty]
  /// The Party branch (所在党支部).
  public var branch: String?
  /// A family member who does the liaison for an elderly member (家属代联系).
  public var proxyName: String?
  public var proxyPhone: String?
  /// The day the member left (moved away, transferred, died); history is kept.
  public var left: Day?
  /// The first day the member is on this roster (入册日期): reports of earlier periods
  /// leave them out. Absent on records made before it was kept: on the roster from the
  /// beginning. Format-1 folders called it `added`.
  public var since: Day?
  /// What the dated facts (village, grid, status, category, branch, duties) held before
  /// each life event, oldest first.
  public var history: [PastFacts]

  public init(
    id: String, name: String, phone: String, village: String, grid: String? = nil,
    gender: Gender? = nil, born: String? = nil, joined: Day? = nil,
    status: MemberStatus = .full, category: MemberCategory? = nil, duties: [Duty] = [],
    branch: String? = nil, proxyName: String? = nil, proxyPhone: String? = nil, left: Day? = nil,
    since: Day? = nil, history: [PastFacts] = []
  ) {
    self.id = id
    self.name = name
    self.phone = phone
    self.village = village
    self.grid = grid
    self.gender = gender
    self.born = born
    self.joined = joined
    self.status = status
    self.category = category
    self.duties = duties
    self.branch = branch
    self.proxyName = proxyName
    self.proxyPhone = proxyPhone
    self.left = left
    self.since = since
    self.history = history
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    phone = try c.decode(String.self, forKey: .phone)
    village = try c.decode(String.self, forKey: .village)
    grid = try c.decodeIfPresent(String.self, forKey: .grid)
    gender = try c.decodeIfPresent(Gender.self, forKey: .gender)
    born = try c.decodeIfPresent(String.self, forKey: .born)
    joined = try c.decodeIfPresent(Day.self, forKey: .joined)
    status = try c.decodeIfPresent(MemberStatus.self, forKey: .status) ?? .full
    category = try c.decodeIfPresent(MemberCategory.self, forKey: .category)
    duties = try c.decodeIfPresent([Duty].self, forKey: .duties) ?? []
    branch = try c.decodeIfPresent(String.self, forKey: .branch)
    proxyName = try c.decodeIfPresent(String.self, forKey: .proxyName)
    proxyPhone = try c.decodeIfPresent(String.self, forKey: .proxyPhone)
    left = try c.decodeIfPresent(Day.self, forKey: .left)
    since =
      try c.decodeIfPresent(Day.self, forKey: .since)
      ?? c.decodeIfPresent(Day.self, forKey: .added)
    history = try c.decodeIfPresent([PastFacts].self, forKey: .history) ?? []
  }

  enum CodingKeys: String, CodingKey {
    case id, name, phone, village, grid, gender, born, joined, status, category, duties, branch
    case proxyName, proxyPhone, left, since, history
    /// Format 1's name for `since`, read and never written.
    case added
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(phone, forKey: .phone)
    try c.encode(village, forKey: .village)
    try c.encodeIfPresent(grid, forKey: .grid)
    try c.encodeIfPresent(gender, forKey: .gender)
    try c.encodeIfPresent(born, forKey: .born)
    try c.encodeIfPresent(joined, forKey: .joined)
    try c.encode(status, forKey: .status)
    try c.encodeIfPresent(category, forKey: .category)
    try c.encode(duties, forKey: .duties)
    try c.encodeIfPresent(branch, forKey: .branch)
    try c.encodeIfPresent(proxyName, forKey: .proxyName)
    try c.encodeIfPresent(proxyPhone, forKey: .proxyPhone)
    try c.encodeIfPresent(left, forKey: .left)
    try c.encodeIfPresent(since, forKey: .since)
    if !history.isEmpty { try c.encode(history, forKey: .history) }
  }

  /// Whether the member was on the roster at the end of `day`: entered by then and not
  /// yet gone.
  public func isOnRoster(on day: Day) -> Bool {
    hasStarted(by: day) && isActive(on: day)
  }

  /// Whether the member is still on the roster on `day`.
  public func isActive(on day: Day) -> Bool {
    guard let left else { return true }
    return day < left
  }

  /// The post a new link takes when the clerk does not say: migrant members and activists
  /// serve as auxiliary liaisons (B), everyone else as primary (A) — seed 000.
  public var defaultPost: Post {
    status == .activist || category == .migrant ? .b : .a
  }
}
