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
    let slots = inForce.slots
    // Each household's count, looked up once by its slot for its village, its grid and its
    // own row; rows are worked on by position, never by id.
    let homes = inForce.households
    let counts = slots.householdSlotAt.map { tally.household(slot: Int($0)) }
    let byVillage = AreaSum.sums(homes.count, counts) { homes[$0].village }
    let byGrid = AreaSum.sums(homes.count, counts) { homes[$0].grid }
    let memberVillages = Set(inForce.members.map(\.village))
    let villageRows = roster.villages.filter {
      byVillage[$0.id] != nil || memberVillages.contains($0.id)
    }.map { (byVillage[$0.id] ?? AreaSum()).row(id: $0.id, name: $0.name, village: nil) }
    let memberGrids = Set(inForce.members.compactMap(\.grid))
    let grids = roster.grids.filter { byGrid[$0.id] != nil || memberGrids.contains($0.id) }
    let gridRows = grids.map {
      (byGrid[$0.id] ?? AreaSum()).row(id: $0.id, name: $0.name, village: names.village($0.village))
    }
    villages = Self.order(villageRows, by: sort, name: \.name)
    self.grids = Self.order(gridRows, by: sort) { ($0.village ?? "") + $0.name }
    let (linked, visited) = tally.linkedHouseholds()
    let memberRows = zip(inForce.members, slots.memberSlotAt).map { member, slot in
      let own = tally.member(slot: Int(slot))
      return MemberRow(
        id: member.id, name: member.name, village: names.village(member.village),
        grid: member.grid.map(names.grid), linkedHouseholds: linked[Int(slot)],
        linkedVisited: visited[Int(slot)], visits: own.visits, lastVisit: own.last)
    }
    members = Self.order(memberRows, by: sort, name: \.name)
    // Households are the most rows by far: they are made in the order listed, not moved.
    let listed = Self.order(
      homes.count, by: sort, name: { homes[$0].head }, id: { homes[$0].id },
      visits: { counts[$0]?.visits ?? 0 }, last: { counts[$0]?.last })
    // The names each row needs, looked up here, so that the rows can be made in two halves
    // on the two cores.
    let villageNames = Self.named(homes.count, { homes[$0].village }, names.village)
    let gridNames = Self.named(homes.count, { homes[$0].grid }, names.grid)
    let memberNames = inForce.links.map { names.member($0.member) }
    let slotAt = slots.householdSlotAt
    households = TwoCores.joined(
      TwoCores.inHalves(listed.count) { range in
        listed[range].map { position in
          let own = counts[position] ?? CoverageTally.Count()
          return HouseholdRow(
            id: homes[position].id, head: homes[position].head,
            village: villageNames[position] ?? "", grid: gridNames[position],
            members: tally.links(household: Int(slotAt[position])).map { memberNames[$0] },
            visits: own.visits, lastVisit: own.last,
            daysSince: own.last.map { asOf.ordinal - $0.ordinal })
        }
      })
    unlinkedHouseholds = homes.indices.filter {
      tally.links(household: Int(slots.householdSlotAt[$0])).isEmpty
    }.map { HouseholdEntry(homes[$0], roster: roster, lastVisit: counts[$0]?.last) }
    // In the roster's order, as the members are before they are sorted.
    membersBelowMinimum = memberRows.filter { $0.linkedHouseholds < minimum }
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
  }

  /// `name` of the id at each of `count` positions (nil where there is none), looked up once
  /// for each run of one id: households come in runs of one village and one grid.
  private static func named(
    _ count: Int, _ id: (Int) -> String?, _ name: (String) -> String
  ) -> [String?] {
    var names: [String?] = []
    names.reserveCapacity(count)
    var last: (id: String, name: String)?
    for position in 0..<count {
      guard let id = id(position) else {
        names.append(nil)
        continue
      }
      if last?.id != id { last = (id, name(id)) }
      names.append(last?.name)
    }
    return names
  }
}
