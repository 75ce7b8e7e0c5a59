/// A place for each member and household in force, so that counting a month's visits is
/// arithmetic on arrays: each id in a month's visit index is looked up once, not once a
/// visit (a county month is 270,000 visits, and counting them in dictionaries keyed by id
/// strings was half the monthly report).
///
/// One slot per distinct id: a hand-edited roster listing an id twice counts both entries
/// as that one id, as counting by id always did.
struct RosterSlots: Sendable {
  let memberSlots: [String: Int32]
  let householdSlots: [String: Int32]
  /// The slot of each entry of `RosterInForce.members` and `.households`, by position.
  let memberSlotAt: [Int32]
  let householdSlotAt: [Int32]

  /// The position of each household slot's first entry in `RosterInForce.households`.
  let householdPositions: [Int32]

  init(members: [Member], households: [Household]) {
    // Each record's id by position: mapping the records copied each of them first.
    (memberSlots, memberSlotAt, _) = Self.slots(of: members.indices.map { members[$0].id })
    (householdSlots, householdSlotAt, householdPositions) = Self.slots(
      of: households.indices.map { households[$0].id })
  }

  var members: Int { memberSlots.count }
  var households: Int { householdSlots.count }

  /// The slot of each id of `month`'s tables, -1 for one not in force.
  func places(of month: MonthVisits) -> (members: [Int32], households: [Int32]) {
    (
      month.members.map { memberSlots[$0] ?? -1 },
      month.households.map { householdSlots[$0] ?? -1 }
    )
  }

  /// Each distinct id's slot, the slot of each entry, and each slot's first entry.
  private static func slots(
    of ids: [String]
  ) -> ([String: Int32], [Int32], [Int32]) {
    var slots: [String: Int32] = [:]
    slots.reserveCapacity(ids.count)
    var firsts: [Int32] = []
    let at = ids.enumerated().map { position, id in
      if let slot = slots[id] { return slot }
      let slot = Int32(slots.count)
      slots[id] = slot
      firsts.append(Int32(position))
      return slot
    }
    return (slots, at, firsts)
  }
}
