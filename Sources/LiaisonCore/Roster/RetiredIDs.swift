import Foundation

/// The ids of roster records removed as mistakes: never given again, so an old export or a
/// note that names `H00281` can never be taken for the household that came after it.
///
/// Kept in `retired.json` (absent until the first removal), one sorted list per kind:
/// `{"households":["H00281"],"members":["M0007"]}`. A new id is the next after the highest
/// in use *or retired*; an id brought by an import that is retired is refused.
public struct RetiredIDs: Codable, Hashable, Sendable {
  public var villages: [String] = []
  public var grids: [String] = []
  public var members: [String] = []
  public var households: [String] = []
  public var links: [String] = []

  public init() {}

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    villages = try c.decodeIfPresent([String].self, forKey: .villages) ?? []
    grids = try c.decodeIfPresent([String].self, forKey: .grids) ?? []
    members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
    households = try c.decodeIfPresent([String].self, forKey: .households) ?? []
    links = try c.decodeIfPresent([String].self, forKey: .links) ?? []
  }

  /// The retired ids of a kind (empty for kinds that are never removed this way).
  public func ids(_ kind: RecordKind) -> [String] {
    switch kind {
    case .village: villages
    case .grid: grids
    case .member: members
    case .household: households
    case .link: links
    default: []
    }
  }

  /// Retires `id` as one of `kind`.
  mutating func retire(_ id: String, as kind: RecordKind) {
    func add(_ list: inout [String]) {
      if !list.contains(id) { list = (list + [id]).sorted() }
    }
    switch kind {
    case .village: add(&villages)
    case .grid: add(&grids)
    case .member: add(&members)
    case .household: add(&households)
    case .link: add(&links)
    default: break
    }
  }

  var isEmpty: Bool { self == RetiredIDs() }

  /// Adds another folder's retired ids (an `import all`).
  mutating func merge(_ other: RetiredIDs) {
    for kind in [RecordKind.village, .grid, .member, .household, .link] {
      for id in other.ids(kind) { retire(id, as: kind) }
    }
  }

  /// The file's bytes: sorted keys, one line, as the roster files' records are written.
  func encoded() throws -> Data {
    try RecordCodec.encoder().encode(self) + Data("\n".utf8)
  }
}
