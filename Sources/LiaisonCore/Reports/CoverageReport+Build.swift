/// Counting coverage from every visit up to the report's day.
extension CoverageReport {
  /// Reads the logs month by month into a tally, never holding every visit at once: at
  /// county scale that is 3 million visits a year.
  /// - Parameter period: count only the visits dated in it, with the roster as it stood
  ///   at its end (or `today` while it runs); nil for every visit up to `today`.
  public static func make(
    session: StoreSession, today: Day, village: String? = nil, minimum: Int = 7,
    sort: CoverageSort = .lastVisit, period: Period? = nil
  ) throws -> CoverageReport {
    let asOf = period.map { min($0.last, today) } ?? today
    let roster = try session.roster()
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let firstMonth = period?.first.yearMonth
    let months = try session.visitMonths().filter { month in
      month <= asOf.yearMonth && firstMonth.map { month >= $0 } ?? true
    }
    let tally = try session.coverageTally(
      months: months, asOf: asOf, from: period?.first, inForce: inForce)
    var report = CoverageReport(
      inForce: inForce, tally: tally, township: session.manifest.township.name,
      asOf: asOf, village: village, minimum: minimum, sort: sort)
    report.period = period
    return report
  }

  public init(
    roster: Roster, visits allVisits: [Visit], township: String, asOf: Day, village: String?,
    minimum: Int, sort: CoverageSort
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: village)
    var tally = CoverageTally(asOf: asOf, inForce: inForce)
    for visit in allVisits {
      tally.add(member: visit.member, household: visit.household, date: visit.date)
    }
    self.init(
      inForce: inForce, tally: tally, township: township, asOf: asOf,
      village: village, minimum: minimum, sort: sort)
  }

  private init(
    inForce: RosterInForce, tally: CoverageTally, township: String, asOf: Day,
    village: String?, minimum: Int, sort: CoverageSort
  ) {
    let roster = inForce.roster
    self.township = township
    self.village = village.map(roster.villageName)
    self.asOf = asOf
    minimumHouseholds = minimum
    self.sort = sort.rawValue
    let names = RosterNames(roster, rows: inForce.households.count)
    // Each household's count, looked up once for its village, its grid and its own row;
    // areas group households by position rather than copying 90,000 of them.
    let homes = inForce.households
    let counts = homes.map { tally.household($0.id) }
    func area(_ id: String, _ name: String, _ villageName: String?, _ places: [Int]) -> AreaRow {
      let own = places.compactMap { counts[$0] }
      return AreaRow(
        id: id, name: name, village: villageName, households: places.count,
        householdsVisited: own.count, visits: own.reduce(0) { $0 + $1.visits },
        lastVisit: own.compactMap(\.last).max())
    }
    let homesByVillage = Dictionary(grouping: homes.indices, by: { homes[$0].village })
    let homesByGrid = Dictionary(
      grouping: homes.indices.filter { homes[$0].grid != nil }, by: { homes[$0].grid! })
    let villageIDs = Set(inForce.members.map(\.village) + inForce.households.map(\.village))
    villages = roster.villages.filter { villageIDs.contains($0.id) }.map {
      area($0.id, $0.name, nil, homesByVillage[$0.id] ?? [])
    }
    let gridIDs = Set(inForce.members.compactMap(\.grid) + inForce.households.compactMap(\.grid))
    let grids = roster.grids.filter { gridIDs.contains($0.id) }
    self.grids = grids.map {
      area($0.id, $0.name, names.village($0.village), homesByGrid[$0.id] ?? [])
    }
    members = inForce.members.map { member in
      let own = tally.member(member.id) ?? CoverageTally.Count()
      let linked = Set((inForce.linksByMember[member.id] ?? []).map(\.household))
      return MemberRow(
        id: member.id, name: member.name, village: names.village(member.village),
        grid: member.grid.map(names.grid), linkedHouseholds: linked.count,
        linkedVisited: tally.linkedHomesVisited(by: member.id, among: linked),
        visits: own.visits, lastVisit: own.last)
    }
    households = zip(homes, counts).map { home, count in
      let own = count ?? CoverageTally.Count()
      return HouseholdRow(
        id: home.id, head: home.head, village: names.village(home.village),
        grid: home.grid.map(names.grid),
        members: (inForce.linksByHousehold[home.id] ?? []).map { names.member($0.member) },
        visits: own.visits, lastVisit: own.last,
        daysSince: own.last.map { asOf.ordinal - $0.ordinal })
    }
    unlinkedHouseholds = zip(homes, counts).filter { inForce.linksByHousehold[$0.0.id] == nil }
      .map { HouseholdEntry($0, roster: roster, lastVisit: $1?.last) }
    membersBelowMinimum = members.filter { $0.linkedHouseholds < minimum }
    gridsWithoutMemberLeader = grids.compactMap { grid in
      let problem: String?
      if let leader = grid.leader {
        if let member = roster.members.record(id: leader) {
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
          id: grid.id, name: grid.name, village: names.village(grid.village), problem: $0)
      }
    }
    sortRows(by: sort)
  }
}
