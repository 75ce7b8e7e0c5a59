/// The roster as it stood at the end of one day: the members and households on it by then
/// and not gone, each with its dated facts (village, grid, status …) as they were, and the
/// links in force — what a report of a past period counts, so later life events never
/// change it.
public struct RosterInForce: Sendable {
  public let day: Day
  /// The whole roster as it stood that day (`Roster.asOf`): names, grids and villages for
  /// the report's rows.
  public let roster: Roster
  public let members: [Member]
  public let households: [Household]
  public let links: [Link]
  /// A place for each member and household by id, which the links in force are found by
  /// and the monthly report counts in.
  let slots: RosterSlots
  /// The household slot of each of `links`, by position.
  let linkSlots: [Int32]
  /// Active links by household and by member, and the records by id: each made when first
  /// asked for (`InForceLookups`).
  public var linksByHousehold: [String: [Link]] { lookups.linksByHousehold(links) }
  public var linksByMember: [String: [Link]] { lookups.linksByMember(links) }
  public var householdsByID: RecordsByID<Household> { lookups.households(households) }
  public var membersByID: RecordsByID<Member> { lookups.members(members) }
  private let lookups = InForceLookups()

  /// - Parameter village: keep only this village's members and households.
  public init(_ roster: Roster, on day: Day, village: String? = nil) {
    self.day = day
    let roster = roster.asOf(day)
    self.roster = roster
    members = Self.kept(roster.members) {
      $0.isOnRoster(on: day) && (village == nil || $0.village == village)
    }
    households = Self.kept(roster.households) {
      $0.isOnRoster(on: day) && (village == nil || $0.village == village)
    }
    let slots = RosterSlots(members: members, households: households)
    self.slots = slots
    // Each link's household looked up once, for the filter and for `linkSlots`.
    let found = roster.links.map { $0.isActive(on: day) ? slots.householdSlots[$0.household] : nil }
    if found.allSatisfy({ $0 != nil }) {
      links = roster.links
      linkSlots = found.map { $0 ?? -1 }
    } else {
      links = zip(roster.links, found).compactMap { $1 == nil ? nil : $0 }
      linkSlots = found.compactMap { $0 }
    }
  }

  /// The records `keep` keeps: the list itself when it keeps them all, as it mostly does
  /// (a township's whole roster in force), rather than a copy of each of them.
  private static func kept<Record>(_ records: [Record], _ keep: (Record) -> Bool) -> [Record] {
    records.allSatisfy(keep) ? records : records.filter(keep)
  }

  /// The distinct households a member is linked to.
  public func linkedHouseholds(of member: String) -> Int {
    Set((linksByMember[member] ?? []).map(\.household)).count
  }
}
