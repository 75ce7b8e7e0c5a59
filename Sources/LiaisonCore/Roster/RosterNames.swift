/// The names a listing prints beside ids, looked up through dictionaries built once.
///
/// `Roster.memberName` and its kin search the arrays, which is right for one record and
/// quadratic for a list: a county's `member list` counted each member's links across
/// 100,000 links, 12,000 times over (11 s, now a fraction of a second). For a handful of
/// rows (`show`) searching stays cheaper than building the dictionaries.
///
/// Each dictionary is built the first time it is asked for: the coverage report names
/// villages, grids and members but never households or open links, and hashing a county's
/// 90,000 households and grouping its links two ways was a tenth of that report.
struct RosterNames {
  private let roster: Roster
  private let index: Index?

  /// The lookups, each made on first use. Used on one thread: a listing builds its rows in
  /// one pass.
  private final class Index {
    let roster: Roster

    init(_ roster: Roster) { self.roster = roster }

    lazy var villages = Index.names(roster.villages, \.id, \.name)
    lazy var grids = Index.names(roster.grids, \.id, \.name)
    lazy var members = Index.names(roster.members, \.id, \.name)
    lazy var heads = Index.names(roster.households, \.id, \.head)
    lazy var openLinksByMember = Dictionary(grouping: openLinks, by: \.member)
    lazy var openLinksByHousehold = Dictionary(grouping: openLinks, by: \.household)
    private lazy var openLinks = roster.links.filter { $0.to == nil }

    /// Each record's `value` by its `key`; the first record wins where a hand edit repeats
    /// an id, as searching the array would find it.
    private static func names<T>(
      _ records: [T], _ key: (T) -> String, _ value: (T) -> String
    ) -> [String: String] {
      Dictionary(records.map { (key($0), value($0)) }, uniquingKeysWith: { first, _ in first })
    }
  }

  init(_ roster: Roster, rows: Int) {
    self.roster = roster
    index = rows > 20 ? Index(roster) : nil
  }

  /// As `Roster.villageName`: the name, or the id when there is no such village.
  func village(_ id: String) -> String {
    index.map { $0.villages[id] ?? id } ?? roster.villageName(id)
  }

  /// As `Roster.gridName`: empty for no grid, the id when there is no such grid.
  func grid(_ id: String?) -> String {
    guard let id else { return "" }
    return index.map { $0.grids[id] ?? id } ?? roster.gridName(id)
  }

  /// As `Roster.memberName`.
  func member(_ id: String) -> String {
    index.map { $0.members[id] ?? id } ?? roster.memberName(id)
  }

  /// As `Roster.householdHead`.
  func head(_ id: String) -> String {
    index.map { $0.heads[id] ?? id } ?? roster.householdHead(id)
  }

  /// The links still open (no end day) of a member, in file order.
  func openLinks(member id: String) -> [Link] {
    index.map { $0.openLinksByMember[id] ?? [] }
      ?? roster.links.filter { $0.member == id && $0.to == nil }
  }

  /// The links still open of a household, in file order.
  func openLinks(household id: String) -> [Link] {
    index.map { $0.openLinksByHousehold[id] ?? [] }
      ?? roster.links.filter { $0.household == id && $0.to == nil }
  }
}
