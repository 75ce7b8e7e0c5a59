/// What an import or export file holds.
public enum ImportKind: String, UserChoice {
  case villages, grids, members, households, links, visits

  public var chineseLabel: String {
    switch self {
    case .villages: "村"
    case .grids: "网格"
    case .members: "党员"
    case .households: "农户"
    case .links: "联户"
    case .visits: "走访"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .villages: ["village", "社区"]
    case .grids: ["grid"]
    case .members: ["member", "党员名册"]
    case .households: ["household", "联系户"]
    case .links: ["link", "联户关系"]
    case .visits: ["visit", "走访记录"]
    }
  }

  /// The columns a file of this kind may have.
  public var fields: [ImportField] {
    switch self {
    case .villages: RosterImportFields.villages
    case .grids: RosterImportFields.grids
    case .members: RosterImportFields.members
    case .households: RosterImportFields.households
    case .links: RosterImportFields.links
    case .visits: RosterImportFields.visits
    }
  }
}
