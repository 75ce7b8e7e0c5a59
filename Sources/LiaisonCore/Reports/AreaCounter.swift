/// Counts villages' and grids' rows of a report from records already in force, grouped once
/// by household slot (each row filtering every household and visit was quadratic: 1,800
/// places × 250,000 visits at county scale; grouping copies of 90,000 households by id was
/// a tenth of the report).
struct AreaCounter {
  /// A household's needs as the rows count them.
  private struct NeedCounts {
    var raised = 0
    var resolved = 0
    var open = 0
    var overdue = 0
  }

  private let tally: MonthTally
  /// By household slot: whether a link in force names it, and its needs.
  private let linked: [Bool]
  private let needs: [NeedCounts]
  /// The slots of each place's households, one for each entry of the roster.
  private let householdsByVillage: [String: [Int32]]
  private let householdsByGrid: [String: [Int32]]
  private let membersByVillage: [String: Int]
  private let membersByGrid: [String: Int]

  /// - Parameters:
  ///   - linked: by household slot, whether a link in force names it (`LinkTally`).
  ///   - needs: needs of households in force.
  init(
    inForce: RosterInForce, tally: MonthTally, linked: [Bool], needs: [Need], period: Period,
    asOf: Day
  ) {
    self.tally = tally
    let slots = tally.slots
    self.linked = linked
    var counts = [NeedCounts](repeating: NeedCounts(), count: slots.households)
    for need in needs {
      guard let slot = slots.householdSlots[need.household].map(Int.init) else { continue }
      if period.contains(need.raised) && need.raised <= asOf { counts[slot].raised += 1 }
      if need.resolvedDay(on: asOf).map(period.contains) ?? false { counts[slot].resolved += 1 }
      if need.status(on: asOf)?.isPending == true { counts[slot].open += 1 }
      if need.isOverdue(on: asOf) { counts[slot].overdue += 1 }
    }
    self.needs = counts
    let households = inForce.households
    householdsByVillage = Self.grouped(
      households.indices.map { households[$0].village }, slots: slots.householdSlotAt)
    householdsByGrid = Self.grouped(
      households.indices.map { households[$0].grid }, slots: slots.householdSlotAt)
    membersByVillage = inForce.members.reduce(into: [:]) { $0[$1.village, default: 0] += 1 }
    membersByGrid = inForce.members.reduce(into: [:]) { counts, member in
      if let grid = member.grid { counts[grid, default: 0] += 1 }
    }
  }

  /// The slots of each place's households, in roster order. A place is looked up only where
  /// it differs from the household's before: a place's households are mostly listed
  /// together, and looking each of a county's 90,000 up was a fifth of the rows' time.
  private static func grouped(_ places: [String?], slots: [Int32]) -> [String: [Int32]] {
    var groups: [String: [Int32]] = [:]
    var run: (place: String, slots: [Int32])?
    for (place, slot) in zip(places, slots) {
      if let current = run?.place, current == place {
        run?.slots.append(slot)
        continue
      }
      if let done = run { groups[done.place, default: []].append(contentsOf: done.slots) }
      run = place.map { ($0, [slot]) }
    }
    if let done = run { groups[done.place, default: []].append(contentsOf: done.slots) }
    return groups
  }

  func villageRow(id: String, name: String) -> MonthlyReport.AreaRow {
    row(
      id: id, name: name, villageName: nil, households: householdsByVillage[id] ?? [],
      members: membersByVillage[id] ?? 0)
  }

  func gridRow(id: String, name: String, villageName: String) -> MonthlyReport.AreaRow {
    row(
      id: id, name: name, villageName: villageName, households: householdsByGrid[id] ?? [],
      members: membersByGrid[id] ?? 0)
  }

  private func row(
    id: String, name: String, villageName: String?, households: [Int32], members: Int
  ) -> MonthlyReport.AreaRow {
    var row = MonthlyReport.AreaRow(
      id: id, name: name, village: villageName, members: members, households: households.count,
      linkedHouseholds: 0, visits: 0, householdsVisited: 0, householdsVisitedShare: nil,
      opinions: 0, needsRaised: 0, needsResolved: 0, needsOpen: 0, needsOverdue: 0)
    for slot in households.lazy.map(Int.init) {
      if linked[slot] { row.linkedHouseholds += 1 }
      let visits = tally.householdVisits[slot]
      row.visits += visits
      if visits > 0 { row.householdsVisited += 1 }
      row.opinions += tally.householdOpinions[slot]
      let needs = needs[slot]
      row.needsRaised += needs.raised
      row.needsResolved += needs.resolved
      row.needsOpen += needs.open
      row.needsOverdue += needs.overdue
    }
    row.householdsVisitedShare = .share(row.householdsVisited, of: households.count)
    return row
  }
}
