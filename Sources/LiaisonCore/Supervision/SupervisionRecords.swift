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
    var facts = Dictionary(
      uniqueKeysWithValues: inForce.roster.villages.map { ($0.id, VillageFacts(village: $0.id)) })
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
    for month in visits {
      // Each household of the month is placed in its village once, not once a visit.
      let villages = month.households.map { householdVillage[$0] }
      for visit in month.visits where first <= visit.day && visit.day <= last {
        if let village = villages[Int(visit.household)] { facts[village]?.visits += 1 }
      }
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
