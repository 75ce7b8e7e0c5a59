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
  /// Visits after this day (`Day.ordinal`) are left out.
  let last: Int32
  /// The one slot whose visit ids are kept, or every slot or none: asked of each of a year's
  /// 3 million visits.
  let identified: Identified

  enum Identified: Sendable {
    case everySlot, noSlot
    case onlySlot(Int32)

    func contains(_ slot: Int32) -> Bool {
      switch self {
      case .everySlot: true
      case .noSlot: false
      case .onlySlot(let kept): slot == kept
      }
    }
  }

  init(roster: Roster, last: Day?, detail: ScoreDetail) {
    var memberIDs: [String] = []
    var memberSlots: [String: Int32] = [:]
    memberSlots.reserveCapacity(roster.members.count)
    // By position, taking each record's id only: a loop over the records copied each of a
    // county's 90,000 households (every one of its strings retained and released), a
    // twentieth of a month's score.
    for position in roster.members.indices {
      let id = roster.members[position].id
      guard memberSlots[id] == nil else { continue }
      memberSlots[id] = Int32(memberIDs.count)
      memberIDs.append(id)
    }
    var householdIndices: [String: Int32] = [:]
    householdIndices.reserveCapacity(roster.households.count)
    var householdIDs: [String] = []
    householdIDs.reserveCapacity(roster.households.count)
    for position in roster.households.indices {
      let id = roster.households[position].id
      guard householdIndices[id] == nil else { continue }
      householdIndices[id] = Int32(householdIDs.count)
      householdIDs.append(id)
    }
    self.memberIDs = memberIDs
    self.memberSlots = memberSlots
    self.householdIDs = householdIDs
    self.householdIndices = householdIndices
    self.last = last.map { Int32($0.ordinal) } ?? Int32.max
    switch detail {
    case .everyRecord: identified = .everySlot
    case .pointsOnly, .scoresOnly: identified = .noSlot
    case .recordsOf(let member): identified = memberSlots[member].map { .onlySlot($0) } ?? .noSlot
    }
  }

  /// Adds a decoded visit to `month`, unless it is after `last` or by a member not on the
  /// roster (no score counts it).
  func add(_ visit: Visit, to month: inout ScoredMonth) {
    guard let slot = memberSlots[visit.member] else { return }
    add(
      slot: slot, household: householdIndices[visit.household], id: { visit.household },
      day: Int32(visit.date.ordinal), visitID: { visit.id }, to: &month)
  }

  /// A month as the visit index reads it, each of its members and households looked up
  /// once rather than once a visit.
  /// A month with no visit on or before `last` (a later month's log) is left at that,
  /// its ids not looked up.
  func scored(_ read: MonthVisits) -> ScoredMonth {
    var month = ScoredMonth()
    guard read.visits.contains(where: { $0.day <= last }) else { return month }
    let slots = read.members.map { memberSlots[$0] }
    let indices = read.households.map { householdIndices[$0] }
    month.slots.reserveCapacity(read.count)
    month.visits.reserveCapacity(read.count)
    for (position, visit) in read.visits.enumerated() {
      guard let slot = slots[Int(visit.member)] else { continue }
      add(
        slot: slot, household: indices[Int(visit.household)], id: { read.household(visit) },
        day: visit.day, visitID: { read.id(at: position) }, to: &month)
    }
    return month
  }

  /// Adds one visit by `slot`'s member to the household at `household` (nil: not on the
  /// roster, its id asked of `id`); `visitID` is asked for only when the member's ids are
  /// kept.
  private func add(
    slot: Int32, household: Int32?, id: () -> String, day: Int32, visitID: () -> String,
    to month: inout ScoredMonth
  ) {
    guard day <= last else { return }
    if household == nil { month.newHouseholds.append((month.visits.count, id())) }
    if identified.contains(slot) { month.ids.append((month.visits.count, visitID())) }
    month.slots.append(slot)
    month.visits.append(ScoredVisit(day: day, household: household ?? -1))
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
