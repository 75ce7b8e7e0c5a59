/// Which roster records a list shows — by village, grid, member, household and focus group,
/// with or without those whose time is over — one filter for every roster list, as
/// `VisitFilter` is for visits and `NeedFilter` for needs. References are ids: the command
/// line resolves what the clerk typed first.
public struct RosterFilter: Sendable, Equatable {
  public var village: String?
  public var grid: String?
  public var member: String?
  public var household: String?
  /// A focus group (重点人群), as typed: `空巢老人`, `low-income`, `低保` (`Household.isTagged`).
  public var tag: String?
  /// Members who have left and links that have ended are shown too.
  public var includeEnded = false
  /// Only households no member is linked to on this day.
  public var unlinkedOn: Day?

  public init() {}

  /// The members to list, in roster order.
  public func members(of roster: Roster) -> [Member] {
    roster.members.filter { member in
      (includeEnded || member.left == nil) && village.map { member.village == $0 } ?? true
        && grid.map { member.grid == $0 } ?? true
    }
  }

  /// The households to list, in roster order.
  public func households(of roster: Roster) -> [Household] {
    let linked = unlinkedOn.map { day in
      Set(roster.links.filter { $0.isActive(on: day) }.map(\.household))
    }
    return roster.households.filter { household in
      village.map { household.village == $0 } ?? true && grid.map { household.grid == $0 } ?? true
        && tag.map { household.isTagged($0) } ?? true
        && !(linked?.contains(household.id) ?? false)
    }
  }

  /// The links to list, in roster order; a village's are those of its households.
  public func links(of roster: Roster) -> [Link] {
    let inVillage = village.map { village in
      Set(roster.households.filter { $0.village == village }.map(\.id))
    }
    return roster.links.filter { link in
      (includeEnded || link.to == nil) && member.map { link.member == $0 } ?? true
        && household.map { link.household == $0 } ?? true
        && inVillage.map { $0.contains(link.household) } ?? true
    }
  }
}
