/// Counts villages' and grids' rows of a report from records already in force, grouped once
/// (each row filtering every household and visit was quadratic: 1,800 places × 250,000
/// visits at county scale).
struct AreaCounter {
  let inForce: RosterInForce
  let period: Period
  let asOf: Day
  private let visitsByHousehold: [String: MonthTally.HouseholdVisits]
  private let needsByHousehold: [String: [Need]]
  private let householdsByVillage: [String: [Household]]
  private let householdsByGrid: [String: [Household]]
  private let membersByVillage: [String: Int]
  private let membersByGrid: [String: Int]

  init(inForce: RosterInForce, visits: MonthTally, needs: [Need], period: Period, asOf: Day) {
    self.inForce = inForce
    self.period = period
    self.asOf = asOf
    visitsByHousehold = visits.byHousehold
    needsByHousehold = Dictionary(grouping: needs, by: \.household)
    householdsByVillage = Dictionary(grouping: inForce.households, by: \.village)
    householdsByGrid = Dictionary(
      grouping: inForce.households.filter { $0.grid != nil }, by: { $0.grid! })
    membersByVillage = inForce.members.reduce(into: [:]) { $0[$1.village, default: 0] += 1 }
    membersByGrid = inForce.members.reduce(into: [:]) { counts, member in
      if let grid = member.grid { counts[grid, default: 0] += 1 }
    }
  }

  func villageRow(id: String, name: String) -> MonthlyReport.AreaRow {
    row(
      id: id, name: name, villageName: nil, households: householdsByVillage[id] ?? [],
      members: membersByVillage[id] ?? 0)
  }

  func gridRow(id: String, name: String, villageName: String) -> MonthlyReport.AreaRow {
    row(
      id: id, name: name, villageName: villageName, households: householdsByGrid[id] ?? [],
      members: membersByGrid[id] ?? 0)
  }

  private func row(
    id: String, name: String, villageName: String?, households: [Household], members: Int
  ) -> MonthlyReport.AreaRow {
    let visits = households.compactMap { visitsByHousehold[$0.id] }
    let needs = households.flatMap { needsByHousehold[$0.id] ?? [] }
    let visited = visits.count
    return MonthlyReport.AreaRow(
      id: id, name: name, village: villageName, members: members, households: households.count,
      linkedHouseholds: households.count { inForce.linksByHousehold[$0.id] != nil },
      visits: visits.reduce(0) { $0 + $1.visits }, householdsVisited: visited,
      householdsVisitedShare: .share(visited, of: households.count),
      opinions: visits.reduce(0) { $0 + $1.opinions },
      needsRaised: needs.count { period.contains($0.raised) && $0.raised <= asOf },
      needsResolved: needs.count { $0.resolvedDay(on: asOf).map(period.contains) ?? false },
      needsOpen: needs.count { $0.status(on: asOf)?.isPending == true },
      needsOverdue: needs.count { $0.isOverdue(on: asOf) })
  }
}
