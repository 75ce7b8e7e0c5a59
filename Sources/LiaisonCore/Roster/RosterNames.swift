/// The names a listing prints beside ids, looked up through dictionaries built once.
///
/// `Roster.memberName` and its kin search the arrays, which is right for one record and
/// quadratic for a list: a county's `member list` counted each member's links across
/// 100,000 links, 12,000 times over (11 s, now a fraction of a second). For a handful of
/// rows (`show`) searching stays cheaper than building the dictionaries.
struct RosterNames {
  private let roster: Roster
  private let index: Index?

  private struct Index {
    var villages: [String: String]
    var grids: [String: String]
    var members: [String: String]
    var heads: [String: String]
    var openLinksByMember: [String: [Link]]
    var openLinksByHousehold: [String: [Link]]
  }

  init(_ roster: Roster, rows: Int) {
    self.roster = roster
    guard rows > 20 else {
      index = nil
      return
    }
    func names<T>(_ records: [T], _ key: (T) -> String, _ value: (T) -> String) -> [String: String]
    {
      Dictionary(records.map { (key($0), value($0)) }, uniquingKeysWith: { first, _ in first })
    }
    let open = roster.links.filter { $0.to == nil }
    index = Index(
      villages: names(roster.villages, \.id, \.name), grids: names(roster.grids, \.id, \.name),
      members: names(roster.members, \.id, \.name), heads: names(roster.households, \.id, \.head),
      openLinksByMember: Dictionary(grouping: open, by: \.member),
      openLinksByHousehold: Dictionary(grouping: open, by: \.household))
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
