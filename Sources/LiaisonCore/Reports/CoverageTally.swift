/// How often and how lately each household was visited, and each member visited, up to a
/// day: what the coverage report needs from the logs, kept as counts so the logs can be read
/// a month at a time, and on two cores (tallies of different months add up).
///
/// A county year is 3 million visits, each landing on a household at random, so what a
/// visit touches is kept small: counts by day ordinal (`Day.ordinal`, as the index keeps
/// days) in arrays by the roster's slots (`RosterSlots`), each month's ids looked up once,
/// and a household's links next to each other.
struct CoverageTally: Sendable {
  struct Count: Sendable {
    var visits = 0
    var last: Day?
  }

  /// The days counted, as ordinals: from the period's first day (or any) up to `asOf`;
  /// nil when the period starts after it.
  private let counted: ClosedRange<Int>?
  private let slots: RosterSlots
  /// By household slot and by member slot of the roster in force.
  private var homes: [Home]
  private var members: [Tally]
  /// The links in force grouped by household slot, in file order within each (a home's
  /// `links`): their places in `RosterInForce.links`, and each one's member and whether
  /// that member visited. A household has one or two links, so marking one costs a
  /// comparison or two, next to what the visit counted.
  private let linkPositions: [Int]
  private var links: [LinkMark]

  /// Visits and the last one's day ordinal (`Int.min` before any).
  private struct Tally {
    var visits = 0
    var last = Int.min

    var count: Count { Count(visits: visits, last: visits > 0 ? Day(ordinal: last) : nil) }

    mutating func add(_ day: Int) {
      visits += 1
      last = max(last, day)
    }

    mutating func add(_ other: Self) {
      visits += other.visits
      last = max(last, other.last)
    }
  }

  /// A household's tally and where its links are in `links`.
  private struct Home {
    var tally = Tally()
    let firstLink: Int32
    let endLink: Int32

    var links: Range<Int> { Int(firstLink)..<Int(endLink) }
  }

  /// A link's member slot (-1 for a member not in force), and whether the member visited.
  private struct LinkMark {
    let member: Int32
    var visited = false
  }

  init(asOf: Day, from: Day? = nil, inForce: RosterInForce) {
    let first = from?.ordinal ?? Int.min
    counted = first <= asOf.ordinal ? first...asOf.ordinal : nil
    slots = inForce.slots
    members = Array(repeating: Tally(), count: slots.members)
    // A counting sort of the links by household slot keeps each one's file order.
    var starts = [Int](repeating: 0, count: slots.households + 1)
    for slot in inForce.linkSlots where slot >= 0 && Int(slot) < slots.households {
      starts[Int(slot) + 1] += 1
    }
    for slot in starts.indices.dropFirst() { starts[slot] += starts[slot - 1] }
    var next = starts
    var positions = [Int](repeating: 0, count: starts[slots.households])
    var linkMembers = [Int32](repeating: -1, count: positions.count)
    for (position, slot) in inForce.linkSlots.enumerated()
    where slot >= 0 && Int(slot) < slots.households {
      let place = next[Int(slot)]
      next[Int(slot)] += 1
      positions[place] = position
      linkMembers[place] = slots.memberSlots[inForce.links[position].member] ?? -1
    }
    homes = (0..<slots.households).map {
      Home(firstLink: Int32(starts[$0]), endLink: Int32(starts[$0 + 1]))
    }
    linkPositions = positions
    links = linkMembers.map { LinkMark(member: $0) }
  }

  /// Counts a visit made from `from` to `asOf` to a household on the roster then; any other
  /// visit is left out.
  mutating func add(member: String, household: String, date: Day) {
    let day = date.ordinal
    guard counts(day), let home = slots.householdSlots[household] else { return }
    count(day, home: Int(home), member: slots.memberSlots[member] ?? -1)
  }

  /// Counts a month as the visit index reads it, its ids looked up once each.
  mutating func add(_ month: MonthVisits) {
    let (memberPlaces, homePlaces) = slots.places(of: month)
    for visit in month.visits {
      let day = Int(visit.day)
      guard counts(day), homePlaces.indices.contains(Int(visit.household)) else { continue }
      let home = homePlaces[Int(visit.household)]
      guard home >= 0 else { continue }
      let member =
        memberPlaces.indices.contains(Int(visit.member)) ? memberPlaces[Int(visit.member)] : -1
      count(day, home: Int(home), member: member)
    }
  }

  /// Whether a visit on the day `ordinal` falls in what the report counts.
  private func counts(_ ordinal: Int) -> Bool { counted?.contains(ordinal) ?? false }

  /// A visit by the member in slot `member` (-1 for one not in force: the household's
  /// visit all the same).
  private mutating func count(_ day: Int, home: Int, member: Int32) {
    homes[home].tally.add(day)
    guard member >= 0 else { return }
    members[Int(member)].add(day)
    for link in homes[home].links where links[link].member == member { links[link].visited = true }
  }

  /// Adds the visits another tally counted (another lane's months). Both started from the
  /// same roster, so their slots and links are the same, in the same order.
  mutating func add(_ other: CoverageTally) {
    for home in homes.indices { homes[home].tally.add(other.homes[home].tally) }
    for member in members.indices { members[member].add(other.members[member]) }
    for link in links.indices where other.links[link].visited { links[link].visited = true }
  }

  /// The visits of the household in `slot`; nil when it had none.
  func household(slot: Int) -> Count? {
    homes[slot].tally.visits > 0 ? homes[slot].tally.count : nil
  }

  /// The visits the member in `slot` made.
  func member(slot: Int) -> Count { members[slot].count }

  /// The places in `RosterInForce.links` of the household in `slot`'s links, in file order.
  func links(household slot: Int) -> ArraySlice<Int> {
    linkPositions[homes[slot].links]
  }

  /// By member slot: the distinct households linked in force, and how many of them the
  /// member visited.
  func linkedHouseholds() -> (linked: [Int], visited: [Int]) {
    var linked = [Int](repeating: 0, count: members.count)
    var visited = linked
    for home in homes {
      for link in home.links where links[link].member >= 0 {
        let member = links[link].member
        // A repeated link of the same pair is one linked household; the visit marked both.
        guard !home.links[..<link].contains(where: { links[$0].member == member }) else {
          continue
        }
        linked[Int(member)] += 1
        if links[link].visited { visited[Int(member)] += 1 }
      }
    }
    return (linked, visited)
  }
}
