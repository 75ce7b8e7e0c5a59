/// How often and how lately each household was visited, and each member visited, up to a
/// day: what the coverage report needs from the logs, kept as counts so the logs can be read
/// one month at a time.
struct CoverageTally {
  struct Count {
    var visits = 0
    var last: Day?
  }

  let asOf: Day
  let inForce: RosterInForce
  private(set) var households: [String: Count] = [:]
  private(set) var members: [String: Count] = [:]
  /// The households each member visited.
  private(set) var memberHomes: [String: Set<String>] = [:]

  init(asOf: Day, inForce: RosterInForce) {
    self.asOf = asOf
    self.inForce = inForce
  }

  /// Counts a visit made by `asOf` to a household on the roster then (in the village, when
  /// the report is for one); any other visit is left out.
  mutating func add(member: String, household: String, date: Day) {
    guard date <= asOf, inForce.householdsByID[household] != nil else { return }
    households[household, default: Count()].add(date)
    members[member, default: Count()].add(date)
    memberHomes[member, default: []].insert(household)
  }
}

extension CoverageTally.Count {
  fileprivate mutating func add(_ date: Day) {
    visits += 1
    if last.map({ $0 < date }) ?? true { last = date }
  }
}
