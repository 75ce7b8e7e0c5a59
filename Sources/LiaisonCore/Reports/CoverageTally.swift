/// How often and how lately each household was visited, and each member visited, up to a
/// day: what the coverage report needs from the logs, kept as counts so the logs can be read
/// a month at a time, and on two cores (tallies of different months add up).
struct CoverageTally: Sendable {
  struct Count: Sendable {
    var visits = 0
    var last: Day?
  }

  let asOf: Day
  /// The first day counted, when the report covers a period; nil for every visit before.
  let from: Day?
  /// Households on the roster that day (in the village, when the report is for one), by
  /// id, and their counts in the same order.
  private let householdSlots: [String: Int]
  private(set) var householdCounts: [Count]
  private var memberSlots: [String: Int]
  private var memberCounts: [Count]
  /// The links in force, grouped by household slot: `linkRanges[home]` are the positions of
  /// that household's links in `linkMembers` (the linked member's slot) and `linkVisited`.
  /// Only linked pairs are asked about, and a household has one or two links, so marking a
  /// link costs a comparison or two where a set of every home each member visited cost a
  /// hash per visit (3 million a year at county scale).
  private let linkRanges: [Range<Int>]
  private let linkMembers: [Int]
  private var linkVisited: [Bool]

  init(asOf: Day, from: Day? = nil, inForce: RosterInForce) {
    self.asOf = asOf
    self.from = from
    var slots: [String: Int] = [:]
    for household in inForce.households where slots[household.id] == nil {
      slots[household.id] = slots.count
    }
    householdSlots = slots
    householdCounts = Array(repeating: Count(), count: slots.count)
    var members: [String: Int] = [:]
    var linkMembers: [Int] = []
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(slots.count)
    // A household's slot is the count of slots before it, which skips a repeated id.
    for household in inForce.households where ranges.count == slots[household.id] {
      let start = linkMembers.count
      for link in inForce.linksByHousehold[household.id] ?? [] {
        let slot = members[link.member] ?? members.count
        members[link.member] = slot
        linkMembers.append(slot)
      }
      ranges.append(start..<linkMembers.count)
    }
    memberSlots = members
    memberCounts = Array(repeating: Count(), count: members.count)
    linkRanges = ranges
    self.linkMembers = linkMembers
    linkVisited = Array(repeating: false, count: linkMembers.count)
  }

  /// Counts a visit made from `from` to `asOf` to a household on the roster then; any other
  /// visit is left out.
  mutating func add(member: String, household: String, date: Day) {
    guard counts(date), let home = householdSlots[household] else { return }
    count(date, home: home, slot: memberSlot(member))
  }

  /// Counts a month as the visit index reads it, its households looked up once each.
  mutating func add(_ month: MonthVisits) {
    let homes = month.households.map { householdSlots[$0] }
    var slots = [Int?](repeating: nil, count: month.members.count)
    for visit in month.visits {
      let date = month.day(visit)
      guard counts(date), let home = homes[Int(visit.household)] else { continue }
      let slot = slots[Int(visit.member)] ?? memberSlot(month.member(visit))
      slots[Int(visit.member)] = slot
      count(date, home: home, slot: slot)
    }
  }

  /// Whether a visit on `date` falls in what the report counts.
  private func counts(_ date: Day) -> Bool { date <= asOf && from.map { $0 <= date } ?? true }

  private mutating func count(_ date: Day, home: Int, slot: Int) {
    householdCounts[home].add(date)
    memberCounts[slot].add(date)
    for link in linkRanges[home] where linkMembers[link] == slot { linkVisited[link] = true }
  }

  /// Adds the visits another tally counted (another lane's months).
  mutating func add(_ other: CoverageTally) {
    for home in householdCounts.indices { householdCounts[home].add(other.householdCounts[home]) }
    for (member, theirs) in other.memberSlots {
      memberCounts[memberSlot(member)].add(other.memberCounts[theirs])
    }
    // Both started from the same roster, so their links are the same, in the same order.
    for link in linkVisited.indices where other.linkVisited[link] { linkVisited[link] = true }
  }

  func household(_ id: String) -> Count? {
    householdSlots[id].flatMap { householdCounts[$0].visits > 0 ? householdCounts[$0] : nil }
  }

  func member(_ id: String) -> Count? { memberSlots[id].map { memberCounts[$0] } }

  /// How many of `linked`, the households linked to `member` in force, the member visited.
  func linkedHomesVisited(by member: String, among linked: Set<String>) -> Int {
    guard let slot = memberSlots[member] else { return 0 }
    return linked.count { id in
      guard let home = householdSlots[id] else { return false }
      return linkRanges[home].contains { linkMembers[$0] == slot && linkVisited[$0] }
    }
  }

  private mutating func memberSlot(_ member: String) -> Int {
    if let slot = memberSlots[member] { return slot }
    memberSlots[member] = memberCounts.count
    memberCounts.append(Count())
    return memberCounts.count - 1
  }
}

extension CoverageTally.Count {
  fileprivate mutating func add(_ date: Day) {
    visits += 1
    if last.map({ $0 < date }) ?? true { last = date }
  }

  fileprivate mutating func add(_ other: Self) {
    visits += other.visits
    if let date = other.last, last.map({ $0 < date }) ?? true { last = date }
  }
}
