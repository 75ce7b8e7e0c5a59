/// The names a listing prints beside ids, looked up through dictionaries built once.
///
/// `Roster.memberName` and its kin search the arrays, which is right for one record and
/// quadratic for a list: a county's `member list` counted each member's links across
/// 100,000 links, 12,000 times over (11 s, now a fraction of a second).
struct RosterNames {
  private let villages: [String: String]
  private let grids: [String: String]
  private let members: [String: String]
  private let heads: [String: String]
  /// The links still open (no end day), by member and by household, in file order.
  let openLinksByMember: [String: [Link]]
  let openLinksByHousehold: [String: [Link]]

  init(_ roster: Roster) {
    func index<T>(_ records: [T], _ key: (T) -> String, _ value: (T) -> String) -> [String: String]
    {
      Dictionary(records.map { (key($0), value($0)) }, uniquingKeysWith: { first, _ in first })
    }
    villages = index(roster.villages, \.id, \.name)
    grids = index(roster.grids, \.id, \.name)
    members = index(roster.members, \.id, \.name)
    heads = index(roster.households, \.id, \.head)
    let open = roster.links.filter { $0.to == nil }
    openLinksByMember = Dictionary(grouping: open, by: \.member)
    openLinksByHousehold = Dictionary(grouping: open, by: \.household)
  }

  /// As `Roster.villageName`: the name, or the id when there is no such village.
  func village(_ id: String) -> String { villages[id] ?? id }

  /// As `Roster.gridName`: empty for no grid, the id when there is no such grid.
  func grid(_ id: String?) -> String {
    guard let id else { return "" }
    return grids[id] ?? id
  }

  /// As `Roster.memberName`.
  func member(_ id: String) -> String { members[id] ?? id }

  /// As `Roster.householdHead`.
  func head(_ id: String) -> String { heads[id] ?? id }
}
