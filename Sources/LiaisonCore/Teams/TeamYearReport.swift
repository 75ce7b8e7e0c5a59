/// The teams' year: the figures the seeds quote ("1436 名团员走访服务群众 12020 人次，解决问题
/// 2330 个", seed 000), a line per team, and each team's coverage of the households of its
/// villages (连心结亲大走访: every household visited at least once a year, seed 001).
public struct TeamYearReport: Codable, Hashable, Sendable {
  public struct Row: Codable, Hashable, Sendable {
    public var tally: TeamTally
    /// Households of its villages on the roster at the year's end (or today).
    public var householdsInVillages: Int
    /// Of those, the ones the team has not visited this year.
    public var householdsMissing: Int
  }

  public var township: String
  public var year: Int
  public var from: Day
  public var to: Day
  public var asOf: Day
  public var teams: Int
  public var villages: Int
  /// Team people seated on some day of the year.
  public var people: Int
  /// Household visits (走访服务群众人次).
  public var householdVisits: Int
  public var households: Int
  public var problemsSolved: Int
  public var tasksDone: Int
  public var tasksCarried: Int
  public var siteVisits: Int
  public var projects: Int
  public var rows: [Row]
  /// The hard projects of the year (1+1 挂联), milestones counted as of `asOf`.
  public var hardProjects: [HardProject]
  /// Teams that lead no hard project this year (each should lead at least one).
  public var teamsWithoutHardProject: [String]

  public struct HardProject: Codable, Hashable, Sendable {
    public var id: String
    public var team: String
    public var village: String
    public var name: String
    public var lead: String
    public var milestones: Int
    public var reached: Int
  }

  public static func make(_ year: Int, session: StoreSession, today: Day) throws -> TeamYearReport {
    TeamYearReport(
      year: year, records: try session.teamRecords(), roster: try session.roster(),
      township: session.manifest.township.name, today: today)
  }

  public init(year: Int, records: TeamRecords, roster: Roster, township: String, today: Day) {
    self.township = township
    self.year = year
    from = Day(year: year, month: 1, day: 1)!
    to = Day(year: year, month: 12, day: 31)!
    asOf = min(to, today)
    let (first, last) = (from, asOf)
    let shown = records.teams.filter { $0.serves(from: first, to: last) }
    let inForce = RosterInForce(roster, on: last)
    rows = shown.map { team in
      let tally = TeamTally(
        team, from: first, to: last, records: records, roster: roster,
        ratingWeeks: { $0.year == year })
      let served = Set(team.villages(from: first, to: last))
      let homes = inForce.households.filter { served.contains($0.village) }
      let visited = Set(
        records.work.filter { $0.team == team.id && $0.kind == .household && first <= $0.date }
          .filter { $0.date <= last }.compactMap(\.household))
      return Row(
        tally: tally, householdsInVillages: homes.count,
        householdsMissing: homes.count { !visited.contains($0.id) })
    }
    teams = shown.count
    villages = Set(shown.flatMap { $0.villages(from: first, to: last) }).count
    people = Set(shown.flatMap { $0.people(from: first, to: last) }).count
    let work = records.work.filter { first <= $0.date && $0.date <= last }
    householdVisits = work.count { $0.kind == .household }
    households = Set(work.filter { $0.kind == .household }.compactMap(\.household)).count
    problemsSolved = work.reduce(0) { $0 + $1.countedSolved }
    siteVisits = work.count { $0.kind == .project || $0.kind == .enterprise }
    projects = Set(work.filter { $0.kind == .project }.compactMap(\.place)).count
    tasksDone = rows.reduce(0) { $0 + $1.tally.done }
    tasksCarried = rows.reduce(0) { $0 + $1.tally.carried }
    let shownIDs = Set(shown.map(\.id))
    hardProjects = records.projects.filter { $0.year == year && shownIDs.contains($0.team) }
      .map { project in
        HardProject(
          id: project.id, team: records.teamName(project.team),
          village: roster.villageName(project.village), name: project.name,
          lead: records.personName(project.lead), milestones: project.milestones.count,
          reached: project.reached(on: last))
      }
    let leading = Set(records.projects.filter { $0.year == year }.map(\.team))
    teamsWithoutHardProject = shown.filter { !leading.contains($0.id) }.map(\.name)
  }
}
