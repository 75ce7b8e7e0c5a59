/// The visits a board scores from, grouped by member once: each member's days and
/// households in the order read, and their ids where the detail asks for them.
struct ScoredVisits: Sendable {
  /// Household ids, by the index each `ScoredVisit` holds.
  let householdIDs: [String]
  private let memberSlots: [String: Int32]
  private let members: [MemberVisits]

  /// Groups months read with `index`, oldest first; each month is let go once grouped, so
  /// a year is never held twice.
  init(months: consuming [ScoredMonth], index: ScoredVisitIndex) {
    var householdIDs = index.householdIDs
    var newIndices: [String: Int32] = [:]
    var counts = [Int](repeating: 0, count: index.memberIDs.count)
    for position in months.indices {
      for slot in months[position].slots { counts[Int(slot)] += 1 }
    }
    var members = counts.map { count in
      var visits = MemberVisits()
      visits.visits.reserveCapacity(count)
      return visits
    }
    for position in months.indices {
      var month = ScoredMonth()
      swap(&month, &months[position])
      for (at, id) in month.newHouseholds {
        let found = newIndices[id]
        let assigned = found ?? Int32(householdIDs.count)
        if found == nil {
          newIndices[id] = assigned
          householdIDs.append(id)
        }
        month.visits[at].household = assigned
      }
      var ids = month.ids.makeIterator()
      var nextID = ids.next()
      for (at, visit) in month.visits.enumerated() {
        let slot = Int(month.slots[at])
        members[slot].visits.append(visit)
        if let next = nextID, next.position == at {
          members[slot].ids.append(next.id)
          nextID = ids.next()
        }
      }
    }
    self.householdIDs = householdIDs
    self.memberSlots = index.memberSlots
    self.members = members
  }

  /// Decoded visits (a board made from records in memory), every id kept or as `detail` says.
  init(_ visits: [Visit], roster: Roster, detail: ScoreDetail = .everyRecord) {
    let index = ScoredVisitIndex(roster: roster, last: nil, detail: detail)
    var month = ScoredMonth()
    for visit in visits { index.add(visit, to: &month) }
    self.init(months: [month], index: index)
  }

  /// One member's visits; none for a member not on the roster.
  func of(_ member: String) -> MemberVisits {
    memberSlots[member].map { members[Int($0)] } ?? MemberVisits()
  }
}

/// One member's visits as a score counts them.
struct MemberVisits: Sendable {
  var visits: [ScoredVisit] = []
  /// Their ids in the same order, when kept; empty otherwise.
  var ids: [String] = []
}
