/// A month's visits as the monthly report counts them, tallied in one pass: per member, per
/// household and per week. The report used to copy the month's whole visits (270,000 at
/// county scale, some 300 bytes each) into a list per member, per household and per rank.
struct MonthTally {
  struct MemberVisits {
    var visits = 0
    var households: Set<String> = []
  }

  struct HouseholdVisits {
    var visits = 0
    var opinions = 0
  }

  private(set) var visits = 0
  private(set) var opinions = 0
  private(set) var byMember: [String: MemberVisits] = [:]
  private(set) var byHousehold: [String: HouseholdVisits] = [:]
  private(set) var byWeek: [IsoWeek: Int] = [:]

  mutating func add(_ visit: CountedVisit) {
    visits += 1
    opinions += visit.opinions ?? 0
    byMember[visit.member, default: MemberVisits()].visits += 1
    byMember[visit.member]!.households.insert(visit.household)
    byHousehold[visit.household, default: HouseholdVisits()].visits += 1
    byHousehold[visit.household]!.opinions += visit.opinions ?? 0
    byWeek[IsoWeek(containing: visit.date), default: 0] += 1
  }
}
