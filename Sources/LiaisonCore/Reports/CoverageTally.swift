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
  private var memberSlots: [String: Int] = [:]
  private var memberCounts: [Count] = []
  /// The household slots each member visited.
  private var memberHomes: [Set<Int>] = []

  init(asOf: Day, from: Day? = nil, inForce: RosterInForce) {
    self.asOf = asOf
    self.from = from
    var slots: [String: Int] = [:]
    for household in inForce.households where slots[household.id] == nil {
      slots[household.id] = slots.count
    }
    householdSlots = slots
    householdCounts = Array(repeating: Count(), count: slots.count)
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
    memberHomes[slot].insert(home)
  }

  /// Adds the visits another tally counted (another lane's months).
  mutating func add(_ other: CoverageTally) {
    for home in householdCounts.indices { householdCounts[home].add(other.householdCounts[home]) }
    for (member, theirs) in other.memberSlots {
      let slot = memberSlot(member)
      memberCounts[slot].add(other.memberCounts[theirs])
      memberHomes[slot].formUnion(other.memberHomes[theirs])
    }
  }

  func household(_ id: String) -> Count? {
    householdSlots[id].flatMap { householdCounts[$0].visits > 0 ? householdCounts[$0] : nil }
  }

  func member(_ id: String) -> Count? { memberSlots[id].map { memberCounts[$0] } }

  /// The households a member visited, by id.
  func homes(of member: String, among ids: Set<String>) -> Int {
    guard let slot = memberSlots[member] else { return 0 }
    return ids.count { householdSlots[$0].map(memberHomes[slot].contains) ?? false }
  }

  private mutating func memberSlot(_ member: String) -> Int {
    if let slot = memberSlots[member] { return slot }
    memberSlots[member] = memberCounts.count
    memberCounts.append(Count())
    memberHomes.append([])
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
