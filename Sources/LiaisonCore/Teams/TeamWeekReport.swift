/// The Friday display of the teams (周五晒成效, 一周一晾晒, seed 001): for each team, its
/// week's list and how each task stands, the service day's work, and the village's rating;
/// whether the list was cleared by Sunday (周日必清零). Everything comes from dated records,
/// so the week printed again after later weeks' work says the same.
public struct TeamWeekReport: Codable, Hashable, Sendable {
  public struct TeamRow: Codable, Hashable, Sendable {
    public var team: String
    public var name: String
    public var leader: String
    public var villages: [String]
    /// Tasks on the week's list: planned for it, or carried into it.
    public var tasks: Int
    public var carriedIn: Int
    public var done: Int
    public var carriedOn: Int
    public var cancelled: Int
    /// Not yet cleared.
    public var open: Int
    public var overdue: Int
    public var householdVisits: Int
    public var households: Int
    public var siteVisits: Int
    public var problemsSolved: Int
    /// Each village's rating of the team that week.
    public var ratings: [VillageRating]
    /// No task left uncleared, once the week is over.
    public var cleared: Bool
  }

  public struct VillageRating: Codable, Hashable, Sendable {
    public var village: String
    public var rating: ResidentRating
  }

  public struct TaskRow: Codable, Hashable, Sendable {
    public var id: String
    public var teamID: String
    public var team: String
    public var village: String
    public var list: TeamTaskList
    public var level: NeedUrgency
    public var text: String
    public var assignee: String
    public var responsible: String
    public var due: Day
    public var state: TeamTaskState
    /// The result when done, the reason when carried or cancelled.
    public var note: String?
    public var carriedIn: Bool
  }

  public struct WorkRow: Codable, Hashable, Sendable {
    public var id: String
    public var date: Day
    public var teamID: String
    public var team: String
    public var kind: TeamWorkKind
    public var village: String
    /// The household's head, or the place.
    public var place: String
    public var by: [String]
    public var result: String?
    public var solved: Int
  }

  public var township: String
  public var week: IsoWeek
  public var from: Day
  public var to: Day
  public var asOf: Day
  public var teams: [TeamRow]
  public var tasks: [TaskRow]
  public var work: [WorkRow]

  /// The week's report from the folder's records.
  public static func make(
    _ week: IsoWeek, session: StoreSession, today: Day, team: String? = nil
  ) throws -> TeamWeekReport {
    let records = try session.teamRecords()
    return TeamWeekReport(
      week: week, records: records, roster: try session.roster(),
      township: session.manifest.township.name, today: today,
      team: try team.map { try records.team($0).id })
  }

  public init(
    week: IsoWeek, records: TeamRecords, roster: Roster, township: String, today: Day,
    team: String?
  ) {
    let asOf = min(week.sunday, today)
    self.township = township
    self.week = week
    from = week.monday
    to = week.sunday
    self.asOf = asOf
    let shown = records.teams.filter {
      (team == nil || $0.id == team) && $0.serves(from: week.monday, to: asOf)
    }
    var teams: [TeamRow] = []
    var tasks: [TaskRow] = []
    var work: [WorkRow] = []
    for one in shown {
      let standings = records.tasks.filter { $0.team == one.id }.compactMap { task in
        task.standing(in: week, asOf: asOf).map { (task, $0) }
      }
      tasks += standings.map { TaskRow(task: $0.0, standing: $0.1, week: week, records, roster) }
      let done = records.work.filter {
        $0.team == one.id && week.contains($0.date) && $0.date <= asOf
      }
      work += done.map { WorkRow(work: $0, records, roster) }
      teams.append(
        TeamRow(
          team: one, standings: standings, work: done, week: week, asOf: asOf, records, roster))
    }
    self.teams = teams
    self.tasks = tasks
    self.work = work.sorted { ($0.date, $0.id.count, $0.id) < ($1.date, $1.id.count, $1.id) }
  }
}

extension TeamWeekReport.TeamRow {
  init(
    team: Team, standings: [(TeamTask, TeamTaskStanding)], work: [TeamWork], week: IsoWeek,
    asOf: Day, _ records: TeamRecords, _ roster: Roster
  ) {
    self.team = team.id
    name = team.name
    leader = team.leader(on: asOf).map(records.personName) ?? ""
    villages = team.villages(from: week.monday, to: asOf).map(roster.villageName)
    tasks = standings.count
    carriedIn = standings.count { $0.0.week != week }
    done = standings.count { $0.1.state == .done }
    carriedOn = standings.count { $0.1.state == .carried }
    cancelled = standings.count { $0.1.state == .cancelled }
    open = standings.count { $0.1 == .open }
    overdue = standings.count { $0.1 == .open && $0.0.due < asOf }
    let visits = work.filter { $0.kind == .household }
    householdVisits = visits.count
    households = Set(visits.compactMap(\.household)).count
    siteVisits = work.count { $0.kind == .project || $0.kind == .enterprise }
    problemsSolved = work.reduce(0) { $0 + $1.countedSolved }
    ratings = records.ratings.filter { $0.team == team.id && $0.week == week }
      .sorted { ($0.village.count, $0.village) < ($1.village.count, $1.village) }
      .map {
        TeamWeekReport.VillageRating(village: roster.villageName($0.village), rating: $0.rating)
      }
    cleared = open == 0 && asOf == week.sunday
  }
}
