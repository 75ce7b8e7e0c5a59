/// Counts one village's or grid's row of a report, from records already in force.
struct AreaCounter {
  let inForce: RosterInForce
  let visits: [Visit]
  let needs: [Need]
  let period: Period
  let asOf: Day

  /// The row for the members and households `contains` selects (by their village or grid).
  func row(
    id: String, name: String, villageName: String?, contains: (Place) -> Bool
  ) -> MonthlyReport.AreaRow {
    let households = inForce.households.filter { contains(Place($0)) }
    let ids = Set(households.map(\.id))
    let visits = visits.filter { ids.contains($0.household) }
    let needs = needs.filter { ids.contains($0.household) }
    let visited = Set(visits.map(\.household)).count
    return MonthlyReport.AreaRow(
      id: id, name: name, village: villageName,
      members: inForce.members.count { contains(Place($0)) }, households: households.count,
      linkedHouseholds: households.count { inForce.linksByHousehold[$0.id] != nil },
      visits: visits.count, householdsVisited: visited,
      householdsVisitedShare: .share(visited, of: households.count),
      opinions: visits.reduce(0) { $0 + ($1.opinions ?? 0) },
      needsRaised: needs.count { period.contains($0.raised) && $0.raised <= asOf },
      needsResolved: needs.count { $0.resolvedDay(on: asOf).map(period.contains) ?? false },
      needsOpen: needs.count { $0.status(on: asOf)?.isPending == true },
      needsOverdue: needs.count { $0.isOverdue(on: asOf) })
  }

  /// Where a member or household sits.
  struct Place {
    var village: String
    var grid: String?
    init(_ member: Member) { (village, grid) = (member.village, member.grid) }
    init(_ household: Household) { (village, grid) = (household.village, household.grid) }
  }
}
