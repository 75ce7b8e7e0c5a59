import Testing

@testable import LiaisonCore

/// The coverage report counts and lists by the roster's slots and positions; on a roster a
/// clerk edited by hand (`LinkTallyTests.edited`: ids listed twice, links by members not in
/// force, ended links) its rows must be what the plain definitions give, row by row and in
/// the same order: each household's visits and linked members, each member's linked and
/// visited households, each village's sums.
@Suite struct CoverageBySlotTests {
  static let day = LinkTallyTests.day

  static func visit(_ number: Int, _ member: String, _ household: String, _ date: Day) -> Visit {
    Visit(
      id: "V\(number)", member: member, household: household, date: date, recordedAt: "x",
      recordedBy: "y")
  }

  /// Visits by members in and out of force, to households in and out of it, before the
  /// report's day and after it.
  static var visits: [Visit] {
    let early = Day(year: 2026, month: 3, day: 2)!
    let late = Day(year: 2026, month: 11, day: 20)!
    return [
      visit(1, "M1", "H1", early), visit(2, "M1", "H1", late), visit(3, "M2", "H2", early),
      visit(4, "M9", "H2", late), visit(5, "M3", "H3", early), visit(6, "M2", "H4", late),
      visit(7, "M4", "H3", late), visit(8, "M1", "H99", late), visit(9, "M7", "H3", late),
      visit(10, "M2", "H2", day.adding(days: 1)), visit(11, "M1", "H2", day),
    ]
  }

  /// Rows in the order the report promises, by `String` comparisons.
  static func ordered<Row>(
    _ rows: [Row], _ sort: CoverageSort, name: (Row) -> String, id: (Row) -> String,
    visits: (Row) -> Int, last: (Row) -> Day?
  ) -> [Row] {
    func first(_ row: Row) -> Int {
      switch sort {
      case .name: 0
      case .visits: visits(row)
      case .lastVisit: last(row)?.ordinal ?? Int.min
      }
    }
    return rows.sorted { a, b in
      if first(a) != first(b) { return first(a) < first(b) }
      if name(a) != name(b) { return name(a) < name(b) }
      if id(a).count != id(b).count { return id(a).count < id(b).count }
      return id(a) < id(b)
    }
  }

  @Test(arguments: [CoverageSort.lastVisit, .visits, .name])
  func rowsAreWhatThePlainDefinitionsGive(sort: CoverageSort) {
    let roster = LinkTallyTests.edited
    let report = CoverageReport(
      roster: roster, visits: Self.visits, township: "凤林镇", asOf: Self.day, village: nil,
      minimum: 2, sort: sort)
    let inForce = RosterInForce(roster, on: Self.day)
    // Names as they stood that day, as the report gives them.
    let names = inForce.roster
    let counted = Self.visits.filter { visit in
      visit.date <= Self.day && inForce.households.contains { $0.id == visit.household }
    }
    let homes = inForce.households.map { home in
      let own = counted.filter { $0.household == home.id }
      let last = own.map(\.date).max()
      return CoverageReport.HouseholdRow(
        id: home.id, head: home.head, village: names.villageName(home.village),
        grid: home.grid.map(names.gridName),
        members: inForce.links.filter { $0.household == home.id }.map {
          names.memberName($0.member)
        }, visits: own.count, lastVisit: last, daysSince: last.map { Self.day.ordinal - $0.ordinal }
      )
    }
    #expect(
      report.households
        == Self.ordered(
          homes, sort, name: \.head, id: \.id, visits: \.visits, last: \.lastVisit))
    let members = inForce.members.map { member in
      let own = counted.filter { $0.member == member.id }
      let linked = Set(inForce.links.filter { $0.member == member.id }.map(\.household))
      return CoverageReport.MemberRow(
        id: member.id, name: member.name, village: names.villageName(member.village),
        grid: member.grid.map(names.gridName), linkedHouseholds: linked.count,
        linkedVisited: linked.intersection(own.map(\.household)).count, visits: own.count,
        lastVisit: own.map(\.date).max())
    }
    #expect(
      report.members
        == Self.ordered(
          members, sort, name: \.name, id: \.id, visits: \.visits, last: \.lastVisit))
    #expect(report.membersBelowMinimum == members.filter { $0.linkedHouseholds < 2 })
    #expect(
      report.unlinkedHouseholds.map(\.id)
        == homes.filter { $0.members.isEmpty }.map { $0.id })
    let villages = roster.villages.map { village in
      let own = zip(inForce.households, homes).filter { $0.0.village == village.id }.map(\.1)
      return CoverageReport.AreaRow(
        id: village.id, name: village.name, village: nil, households: own.count,
        householdsVisited: own.count { $0.visits > 0 }, visits: own.map(\.visits).reduce(0, +),
        lastVisit: own.compactMap(\.lastVisit).max())
    }
    #expect(
      report.villages
        == Self.ordered(
          villages, sort, name: \.name, id: \.id, visits: \.visits, last: \.lastVisit))
    #expect(report.households.contains { $0.members.count == 2 })
    #expect(report.members.contains { $0.linkedVisited > 0 && $0.linkedVisited < $0.visits })
  }

  /// Households named with every kind of text, as a hand-edited file may hold, are listed
  /// in the order `String` gives, whichever way the names are compared inside.
  @Test func householdsNamedAnyWayAreOrderedAsStringsAre() {
    let names = SortTextTests.texts
    var roster = LinkTallyTests.edited
    roster.households =
      names.enumerated().map { place, name in
        // Ids of several lengths, some with the same name, so each key is reached.
        Household(
          id: "H\(place % 7)\(String(repeating: "0", count: place % 3))", head: name,
          village: "C001")
      } + names.map { Household(id: "X", head: $0, village: "C002") }
    for sort in [CoverageSort.name, .lastVisit] {
      let report = CoverageReport(
        roster: roster, visits: [], township: "凤林镇", asOf: Self.day, village: nil, minimum: 1,
        sort: sort)
      let expected = Self.ordered(
        report.households, sort, name: \.head, id: \.id, visits: \.visits, last: \.lastVisit)
      #expect(report.households.map(\.head) == expected.map(\.head), "\(sort)")
      #expect(report.households.map(\.id) == expected.map(\.id), "\(sort)")
    }
  }
}
