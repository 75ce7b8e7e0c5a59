/// A month's visits as the monthly report counts them, by the slots of the members and
/// households in force (`RosterSlots`), in one pass over the visit index's months: per
/// member, per household and per day. The report used to copy the month's whole visits
/// (270,000 at county scale, some 300 bytes each) into a list per member, per household
/// and per rank, and then to count them in dictionaries keyed by id strings.
///
/// Counted are the visits to households in force dated from the month's first day to
/// `asOf`; any visit to one of them on or before `asOf`, in whichever month read, is a last
/// visit ("not visited lately" looks back past the month's start).
struct MonthTally: Sendable {
  let slots: RosterSlots
  private(set) var visits = 0
  private(set) var opinions = 0
  /// By member slot: visits, and distinct households visited.
  private(set) var memberVisits: [Int]
  private(set) var memberHouseholds: [Int]
  /// By household slot: visits and opinions, and the last visit's day (`Day.ordinal`;
  /// `Int32.min` for none).
  private(set) var householdVisits: [Int]
  private(set) var householdOpinions: [Int]
  private var lastVisits: [Int32]
  /// Visits by day, from the month's first day to `asOf`.
  private var dayVisits: [Int]
  private let first: Int32
  private let asOf: Int32
  /// Member and household slots seen together, for distinct households per member.
  private var pairs: Set<UInt64> = []

  init(slots: RosterSlots, month: YearMonth, asOf: Day) {
    self.slots = slots
    memberVisits = Array(repeating: 0, count: slots.members)
    memberHouseholds = memberVisits
    householdVisits = Array(repeating: 0, count: slots.households)
    householdOpinions = householdVisits
    lastVisits = Array(repeating: Int32.min, count: slots.households)
    first = Int32(month.firstDay.ordinal)
    self.asOf = Int32(min(month.lastDay, asOf).ordinal)
    dayVisits = Array(repeating: 0, count: max(0, Int(self.asOf - first) + 1))
  }

  /// Counts one month of the index (or of visits in memory); its ids are looked up once.
  mutating func add(_ month: MonthVisits) {
    let (members, households) = slots.places(of: month)
    pairs.reserveCapacity(pairs.count + month.count)
    for visit in month.visits {
      let household = households[Int(visit.household)]
      guard household >= 0 else { continue }
      let slot = Int(household)
      if visit.day <= asOf, visit.day > lastVisits[slot] { lastVisits[slot] = visit.day }
      guard visit.day >= first, visit.day <= asOf else { continue }
      let opinions = visit.hasOpinions == 0 ? 0 : Int(visit.opinions)
      visits += 1
      self.opinions += opinions
      householdVisits[slot] += 1
      householdOpinions[slot] += opinions
      dayVisits[Int(visit.day - first)] += 1
      let member = members[Int(visit.member)]
      guard member >= 0 else { continue }
      memberVisits[Int(member)] += 1
      if pairs.insert(UInt64(UInt32(member)) << 32 | UInt64(UInt32(household))).inserted {
        memberHouseholds[Int(member)] += 1
      }
    }
  }

  /// Distinct households visited in the month.
  var householdsVisited: Int { householdVisits.count { $0 > 0 } }

  /// The month's visits by ISO week.
  var byWeek: [IsoWeek: Int] {
    var weeks: [IsoWeek: Int] = [:]
    for (offset, count) in dayVisits.enumerated() where count > 0 {
      weeks[IsoWeek(containing: Day(ordinal: Int(first) + offset)), default: 0] += count
    }
    return weeks
  }

  /// A member's visits and distinct households visited; none for one not in force.
  func member(_ id: String) -> (visits: Int, households: Int) {
    guard let slot = slots.memberSlots[id] else { return (0, 0) }
    return (memberVisits[Int(slot)], memberHouseholds[Int(slot)])
  }

  /// The member at `position` of `RosterInForce.members`.
  func member(at position: Int) -> (visits: Int, households: Int) {
    let slot = Int(slots.memberSlotAt[position])
    return (memberVisits[slot], memberHouseholds[slot])
  }

  /// The last visit, on or before `asOf`, of the household at `position` of
  /// `RosterInForce.households`.
  func lastVisit(at position: Int) -> Day? {
    let day = lastVisits[Int(slots.householdSlotAt[position])]
    return day == Int32.min ? nil : Day(ordinal: Int(day))
  }
}
