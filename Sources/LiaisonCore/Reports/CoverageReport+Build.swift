/// Counting coverage from every visit up to the report's day.
extension CoverageReport {
  public static func make(
    session: StoreSession, today: Day, village: String? = nil, minimum: Int = 7,
    sort: CoverageSort = .lastVisit
  ) throws -> CoverageReport {
    var visits: [Visit] = []
    for month in try session.visitMonths() where month <= today.yearMonth {
      visits += try session.visits(in: month).filter { $0.date <= today }
    }
    return CoverageReport(
      roster: try session.roster(), visits: visits, township: session.manifest.township.name,
      asOf: today, village: village, minimum: minimum, sort: sort)
  }

  public init(
    roster: Roster, visits allVisits: [Visit], township: String, asOf: Day, village: String?,
    minimum: Int, sort: CoverageSort
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let visits = allVisits.filter { $0.date <= asOf && inForce.householdsByID[$0.household] != nil }
    self.township = township
    self.village = village.map(roster.villageName)
    self.asOf = asOf
    minimumHouseholds = minimum
    self.sort = sort.rawValue
    let byHousehold = Dictionary(grouping: visits, by: \.household)
    let byMember = Dictionary(grouping: visits, by: \.member)
    func area(_ id: String, _ name: String, _ villageName: String?, _ homes: [Household]) -> AreaRow
    {
      let own = homes.flatMap { byHousehold[$0.id] ?? [] }
      return AreaRow(
        id: id, name: name, village: villageName, households: homes.count,
        householdsVisited: homes.count { byHousehold[$0.id] != nil }, visits: own.count,
        lastVisit: own.map(\.date).max())
    }
    let homesByVillage = Dictionary(grouping: inForce.households, by: \.village)
    let homesByGrid = Dictionary(
      grouping: inForce.households.filter { $0.grid != nil }, by: { $0.grid! })
    let villageIDs = Set(inForce.members.map(\.village) + inForce.households.map(\.village))
    villages = roster.villages.filter { villageIDs.contains($0.id) }.map {
      area($0.id, $0.name, nil, homesByVillage[$0.id] ?? [])
    }
    let gridIDs = Set(inForce.members.compactMap(\.grid) + inForce.households.compactMap(\.grid))
    let grids = roster.grids.filter { gridIDs.contains($0.id) }
    self.grids = grids.map {
      area($0.id, $0.name, roster.villageName($0.village), homesByGrid[$0.id] ?? [])
    }
    members = inForce.members.map { member in
      let own = byMember[member.id] ?? []
      let linked = Set((inForce.linksByMember[member.id] ?? []).map(\.household))
      return MemberRow(
        id: member.id, name: member.name, village: roster.villageName(member.village),
        grid: member.grid.map(roster.gridName), linkedHouseholds: linked.count,
        linkedVisited: Set(own.map(\.household)).intersection(linked).count, visits: own.count,
        lastVisit: own.map(\.date).max())
    }
    households = inForce.households.map { home in
      let own = byHousehold[home.id] ?? []
      let last = own.map(\.date).max()
      return HouseholdRow(
        id: home.id, head: home.head, village: roster.villageName(home.village),
        grid: home.grid.map(roster.gridName),
        members: (inForce.linksByHousehold[home.id] ?? []).map { roster.memberName($0.member) },
        visits: own.count, lastVisit: last, daysSince: last.map { asOf.ordinal - $0.ordinal })
    }
    unlinkedHouseholds = inForce.households.filter { inForce.linksByHousehold[$0.id] == nil }.map {
      HouseholdEntry($0, roster: roster, lastVisit: byHousehold[$0.id]?.map(\.date).max())
    }
    membersBelowMinimum = members.filter { $0.linkedHouseholds < minimum }
    gridsWithoutMemberLeader = grids.compactMap { grid in
      let problem: String?
      if let leader = grid.leader {
        if let member = roster.members.first(where: { $0.id == leader }) {
          problem =
            !member.isActive(on: asOf)
            ? "leader-left" : member.status.isPartyMember ? nil : "leader-not-member"
        } else {
          problem = "leader-unknown"
        }
      } else {
        problem = "no-leader"
      }
      return problem.map {
        GridProblem(
          id: grid.id, name: grid.name, village: roster.villageName(grid.village), problem: $0)
      }
    }
    sortRows(by: sort)
  }

  private mutating func sortRows(by sort: CoverageSort) {
    /// Sorts by the chosen key, then by name and id, so equal rows keep one order.
    func order<T>(
      _ rows: inout [T], name: (T) -> String, id: (T) -> String, visits: (T) -> Int,
      last: (T) -> Day?
    ) {
      rows.sort { a, b in
        let tie = (name(a), id(a).count, id(a)) < (name(b), id(b).count, id(b))
        switch sort {
        case .name: return tie
        case .visits: return visits(a) != visits(b) ? visits(a) < visits(b) : tie
        case .lastVisit:
          // Never visited first, then the longest ago.
          let left = last(a)?.ordinal ?? Int.min
          let right = last(b)?.ordinal ?? Int.min
          return left != right ? left < right : tie
        }
      }
    }
    order(&villages, name: \.name, id: \.id, visits: \.visits, last: \.lastVisit)
    order(
      &grids, name: { ($0.village ?? "") + $0.name }, id: \.id, visits: \.visits, last: \.lastVisit)
    order(&members, name: \.name, id: \.id, visits: \.visits, last: \.lastVisit)
    order(&households, name: \.head, id: \.id, visits: \.visits, last: \.lastVisit)
  }
}
