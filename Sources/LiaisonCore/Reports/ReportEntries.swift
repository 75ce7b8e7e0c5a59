/// A member named in a report's list.
public struct MemberEntry: Codable, Hashable, Sendable {
  public var id: String
  public var name: String
  public var village: String
  public var grid: String?
  public var phone: String

  public init(_ member: Member, roster: Roster) {
    id = member.id
    name = member.name
    village = roster.villageName(member.village)
    grid = member.grid.map(roster.gridName)
    phone = member.phone
  }
}

/// A household named in a report's list, with the last visit seen.
public struct HouseholdEntry: Codable, Hashable, Sendable {
  public var id: String
  public var head: String
  public var village: String
  public var grid: String?
  /// The last visit on or before the report's day, when one was found in the months read.
  public var lastVisit: Day?

  public init(_ household: Household, roster: Roster, lastVisit: Day? = nil) {
    id = household.id
    head = household.head
    village = roster.villageName(household.village)
    grid = household.grid.map(roster.gridName)
    self.lastVisit = lastVisit
  }
}

/// How many of something in one ISO week, for the visits-per-week chart.
public struct WeekCount: Codable, Hashable, Sendable {
  public var week: IsoWeek
  public var count: Int
  /// Whether only some of the week's days were counted: it runs over the period's edge, or
  /// past the day the report was taken.
  public var partial: Bool
}

extension Double {
  /// A share rounded to four places, as reports store it.
  static func share(_ part: Int, of whole: Int) -> Double? {
    NeedFigures.rate(part, of: whole)
  }
}
