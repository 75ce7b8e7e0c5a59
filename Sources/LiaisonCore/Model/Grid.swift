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

  public init(
    id: String, village: String, name: String, code: String? = nil, parent: String? = nil,
    leader: String? = nil, staff: [String] = []
  ) {
    self.id = id
    self.village = village
    self.name = name
    self.code = code
    self.parent = parent
    self.leader = leader
    self.staff = staff
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
  }
}
