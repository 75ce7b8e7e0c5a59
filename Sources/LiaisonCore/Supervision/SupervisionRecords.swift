/// Everything the index of a period is computed from, read once from the data folder.
public struct SupervisionRecords: Sendable {
  public var roster: Roster
  /// The visits of the period's months as the visit index holds them: a county year as
  /// `CountedVisit`s, two id strings each, took 400 MB.
  var visits: [MonthVisits] = []
  public var needs: [Need]
  public var inspections: [Inspection]
  public var workReports: [WorkReport]
  public var adjustments: [IndexAdjustment]
  /// Village id → its members' average score for the period (双向积分).
  public var memberAverages: [String: Points]

  public init(
    roster: Roster, needs: [Need] = [], inspections: [Inspection] = [],
    workReports: [WorkReport] = [], adjustments: [IndexAdjustment] = [],
    memberAverages: [String: Points] = [:]
  ) {
    self.roster = roster
    self.needs = needs
    self.inspections = inspections
    self.workReports = workReports
    self.adjustments = adjustments
    self.memberAverages = memberAverages
  }

  /// Each village's facts for `period`, counted up to `end`.
  func facts(period: Period, end: Day) -> [String: VillageFacts] {
    let inForce = RosterInForce(roster, on: end)
    // A village id written twice by hand is one village here, as in every report ('check'
    // names the repeat), never a crash.
    var facts = Dictionary(
      inForce.roster.villages.map { ($0.id, VillageFacts(village: $0.id)) },
      uniquingKeysWith: { first, _ in first })
    let householdVillage = Dictionary(
      inForce.roster.households.map { ($0.id, $0.village) }, uniquingKeysWith: { a, _ in a })
    for household in inForce.households {
      facts[household.village]?.households += 1
      if inForce.linksByHousehold[household.id] != nil {
        facts[household.village]?.linkedHouseholds += 1
      }
    }
    for member in inForce.members { facts[member.village]?.members += 1 }
    func counts(_ day: Day) -> Bool { period.first <= day && day <= end }
    let (first, last) = (Int32(period.first.ordinal), Int32(end.ordinal))
    // Each household of a month is placed in its village once, not once a visit, and the
    // visits are counted by the village's place: a county year is 3 million of them.
    let villageIDs = inForce.roster.villages.map(\.id)
    let villagePlaces = Dictionary(
      villageIDs.indices.map { (villageIDs[$0], $0) }, uniquingKeysWith: { a, _ in a })
    var visitsByPlace = [Int](repeating: 0, count: villageIDs.count)
    for month in visits {
      let places = month.households.map { householdVillage[$0].flatMap { villagePlaces[$0] } }
      for visit in month.visits where first <= visit.day && visit.day <= last {
        if let place = places[Int(visit.household)] { visitsByPlace[place] += 1 }
      }
    }
    for (place, count) in visitsByPlace.enumerated() where count > 0 {
      facts[villageIDs[place]]?.visits += count
    }
    for need in needs {
      guard let village = householdVillage[need.household] else { continue }
      if let resolved = need.resolvedDay(on: end), counts(resolved) {
        facts[village]?.needsResolved.append(need.id)
      }
      let firstLateDay = need.due.adding(days: 1)
      if counts(firstLateDay), need.isOverdue(on: firstLateDay) {
        facts[village]?.needsOverdue.append(need.id)
      }
    }
    for inspection in inspections.sorted(by: { $0.id < $1.id }) where counts(inspection.date) {
      if inspection.outcome == .passed {
        facts[inspection.village]?.passed.append(inspection.id)
      } else {
        facts[inspection.village]?.notices.append(inspection.id)
      }
    }
    for report in workReports where counts(report.month.firstDay) {
      facts[report.village]?.reportedMonths.append(report.month)
    }
    for adjustment in adjustments.sorted(by: { $0.id < $1.id }) where counts(adjustment.date) {
      facts[adjustment.village]?.adjustments.append(adjustment)
    }
    for (village, average) in memberAverages { facts[village]?.memberAverage = average }
    for key in facts.keys { facts[key]?.reportedMonths.sort() }
    return facts
  }
}
