/// The households a team has not yet visited this year (连心结亲大走访: every household of
/// its villages at least once a year, seed 001), for the team to plan its next Tuesdays.
public struct TeamCoverage: Codable, Hashable, Sendable {
  public struct Missing: Codable, Hashable, Sendable {
    public var household: String
    public var head: String
    public var village: String
    public var grid: String
    public var phone: String?
  }

  public var team: String
  public var name: String
  public var year: Int
  public var asOf: Day
  public var households: Int
  public var visited: Int
  public var missing: [Missing]

  public init(team: Team, year: Int, records: TeamRecords, roster: Roster, today: Day) {
    let first = Day(year: year, month: 1, day: 1)!
    let last = min(Day(year: year, month: 12, day: 31)!, today)
    let served = Set(team.villages(from: first, to: last))
    let homes = RosterInForce(roster, on: last).households.filter { served.contains($0.village) }
    let seen = Set(
      records.work.filter {
        $0.team == team.id && $0.kind == .household && first <= $0.date && $0.date <= last
      }.compactMap(\.household))
    asOf = last
    self.team = team.id
    name = team.name
    self.year = year
    households = homes.count
    visited = homes.count { seen.contains($0.id) }
    missing = homes.filter { !seen.contains($0.id) }.map {
      Missing(
        household: $0.id, head: $0.head, village: roster.villageName($0.village),
        grid: roster.gridName($0.grid), phone: $0.phone)
    }
  }

  public func listing(_ language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "Household", zh: "农户编号"), .init(en: "Head", zh: "户主"),
        .init(en: "Village", zh: "村"), .init(en: "Grid", zh: "网格"), .init(en: "Phone", zh: "电话"),
      ],
      rows: missing.map { [$0.household, $0.head, $0.village, $0.grid, $0.phone ?? ""] })
  }
}
