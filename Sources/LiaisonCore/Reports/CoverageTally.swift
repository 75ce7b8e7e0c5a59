/// How often and how lately each household was visited, and each member visited, up to a
/// day: what the coverage report needs from the logs, kept as counts so the logs can be read
/// a month at a time, and on two cores (tallies of different months add up).
///
/// A county year is 3 million visits, each landing on a household at random, so what a
/// visit touches is kept small: counts by day ordinal (`Day.ordinal`, as the index keeps
/// days), and a household's links next to its count.
struct CoverageTally: Sendable {
  struct Count: Sendable {
    var visits = 0
    var last: Day?
  }

  /// The days counted, as ordinals: from the period's first day (or any) up to `asOf`;
  /// nil when the period starts after it.
  private let counted: ClosedRange<Int>?
  /// Households on the roster that day (in the village, when the report is for one), by
  /// id, and their tallies in the same order.
  private let householdSlots: [String: Int]
  private var homes: [Home]
  private var memberSlots: [String: Int]
  private var memberCounts: [Tally]
  /// The links in force, grouped by household: a home's `links` are positions in
  /// `linkMembers` (the linked member's slot) and `linkVisited`. Only linked pairs are asked
  /// about, and a household has one or two links, so marking one costs a comparison or two.
  private let linkMembers: [Int]
  private var linkVisited: [Bool]

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

  private struct Home {
    var tally = Tally()
    var links: Range<Int>
  }

  init(asOf: Day, from: Day? = nil, inForce: RosterInForce) {
    let first = from?.ordinal ?? Int.min
    counted = first <= asOf.ordinal ? first...asOf.ordinal : nil
    var slots: [String: Int] = [:]
    var members: [String: Int] = [:]
    var linkMembers: [Int] = []
    var homes: [Home] = []
    for household in inForce.households where slots[household.id] == nil {
      slots[household.id] = homes.count
      let start = linkMembers.count
      for link in inForce.linksByHousehold[household.id] ?? [] {
        let slot = members[link.member] ?? members.count
        members[link.member] = slot
        linkMembers.append(slot)
      }
      homes.append(Home(links: start..<linkMembers.count))
    }
    householdSlots = slots
    self.homes = homes
    memberSlots = members
    memberCounts = Array(repeating: Tally(), count: members.count)
    self.linkMembers = linkMembers
    linkVisited = Array(repeating: false, count: linkMembers.count)
  }

  /// Counts a visit made from `from` to `asOf` to a household on the roster then; any other
  /// visit is left out.
  mutating func add(member: String, household: String, date: Day) {
    let day = date.ordinal
    guard counts(day), let home = householdSlots[household] else { return }
    count(day, home: home, slot: memberSlot(member))
  }

  /// Counts a month as the visit index reads it, its households looked up once each.
  mutating func add(_ month: MonthVisits) {
    let homes = month.households.map { householdSlots[$0] }
    var slots = [Int?](repeating: nil, count: month.members.count)
    for visit in month.visits {
      let day = Int(visit.day)
      guard counts(day), let home = homes[Int(visit.household)] else { continue }
      let slot = slots[Int(visit.member)] ?? memberSlot(month.member(visit))
      slots[Int(visit.member)] = slot
      count(day, home: home, slot: slot)
    }
  }

  /// Whether a visit on the day `ordinal` falls in what the report counts.
  private func counts(_ ordinal: Int) -> Bool { counted?.contains(ordinal) ?? false }

  private mutating func count(_ day: Int, home: Int, slot: Int) {
    homes[home].tally.add(day)
    memberCounts[slot].add(day)
    for link in homes[home].links where linkMembers[link] == slot { linkVisited[link] = true }
  }

  /// Adds the visits another tally counted (another lane's months).
  mutating func add(_ other: CoverageTally) {
    for home in homes.indices { homes[home].tally.add(other.homes[home].tally) }
    for (member, theirs) in other.memberSlots {
      memberCounts[memberSlot(member)].add(other.memberCounts[theirs])
    }
    // Both started from the same roster, so their links are the same, in the same order.
    for link in linkVisited.indices where other.linkVisited[link] { linkVisited[link] = true }
  }

  func household(_ id: String) -> Count? {
    householdSlots[id].flatMap { homes[$0].tally.visits > 0 ? homes[$0].tally.count : nil }
  }

  func member(_ id: String) -> Count? { memberSlots[id].map { memberCounts[$0].count } }

  /// How many of `linked`, the households linked to `member` in force, the member visited.
  func linkedHomesVisited(by member: String, among linked: Set<String>) -> Int {
    guard let slot = memberSlots[member] else { return 0 }
    return linked.count { id in
      guard let home = householdSlots[id] else { return false }
      return homes[home].links.contains { linkMembers[$0] == slot && linkVisited[$0] }
    }
  }

  private mutating func memberSlot(_ member: String) -> Int {
    if let slot = memberSlots[member] { return slot }
    memberSlots[member] = memberCounts.count
    memberCounts.append(Tally())
    return memberCounts.count - 1
  }
}
