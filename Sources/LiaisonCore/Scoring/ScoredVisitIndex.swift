/// Where a visit goes when a score reads it: the member's slot and the household's index.
/// Shared, read only, by the threads that read month logs side by side.
struct ScoredVisitIndex: Sendable {
  /// Member ids by slot, and slots by id (a member id on the roster twice has one slot).
  let memberIDs: [String]
  let memberSlots: [String: Int32]
  /// Household ids by index; the roster's, in its order. A visit to a household not on the
  /// roster is given a further index when the months are put together.
  let householdIDs: [String]
  let householdIndices: [String: Int32]
  /// Visits after this day are left out (nil: none).
  let last: Day?
  /// The slots whose visit ids are kept (nil: every slot).
  let identified: Set<Int32>?

  init(roster: Roster, last: Day?, detail: ScoreDetail) {
    var memberIDs: [String] = []
    var memberSlots: [String: Int32] = [:]
    memberSlots.reserveCapacity(roster.members.count)
    for member in roster.members where memberSlots[member.id] == nil {
      memberSlots[member.id] = Int32(memberIDs.count)
      memberIDs.append(member.id)
    }
    var householdIndices: [String: Int32] = [:]
    householdIndices.reserveCapacity(roster.households.count)
    var householdIDs: [String] = []
    householdIDs.reserveCapacity(roster.households.count)
    for household in roster.households where householdIndices[household.id] == nil {
      householdIndices[household.id] = Int32(householdIDs.count)
      householdIDs.append(household.id)
    }
    self.memberIDs = memberIDs
    self.memberSlots = memberSlots
    self.householdIDs = householdIDs
    self.householdIndices = householdIndices
    self.last = last
    switch detail {
    case .everyRecord: identified = nil
    case .pointsOnly: identified = []
    case .recordsOf(let member): identified = Set(memberSlots[member].map { [$0] } ?? [])
    }
  }

  /// Adds a visit to `month`, unless it is after `last` or by a member not on the roster
  /// (no score counts it). `id` is asked for only when the member's ids are kept.
  func add(
    member: String, household: String, date: Day, id: () -> String,
    to month: inout ScoredMonth
  ) {
    guard let slot = memberSlots[member], last.map({ date <= $0 }) ?? true else { return }
    let index = householdIndices[household]
    if index == nil { month.newHouseholds.append((month.visits.count, household)) }
    if identified?.contains(slot) ?? true { month.ids.append((month.visits.count, id())) }
    month.slots.append(slot)
    month.visits.append(ScoredVisit(day: Int32(date.ordinal), household: index ?? -1))
  }

  /// Adds a decoded visit.
  func add(_ visit: Visit, to month: inout ScoredMonth) {
    add(
      member: visit.member, household: visit.household, date: visit.date, id: { visit.id },
      to: &month)
  }
}

/// One month log's visits as a score reads them, before they are grouped by member.
struct ScoredMonth: Sendable {
  /// Each visit's member slot, and the visit.
  var slots: [Int32] = []
  var visits: [ScoredVisit] = []
  /// The ids kept, by position in `visits`.
  var ids: [(position: Int, id: String)] = []
  /// Visits to households not on the roster, by position (their index is still -1).
  var newHouseholds: [(position: Int, id: String)] = []
}
