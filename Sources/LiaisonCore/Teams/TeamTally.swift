/// One team's figures over a span of days, counted the same way by the month and the year
/// reports: tasks put on lists, done, carried; work logged; the villages' ratings.
public struct TeamTally: Codable, Hashable, Sendable {
  public var team: String
  public var name: String
  public var leader: String
  public var villages: [String]
  public var people: Int
  /// Tasks first put on a list in the span.
  public var planned: Int
  /// Tasks done in the span.
  public var done: Int
  /// Times a task was carried into the next week in the span.
  public var carried: Int
  /// Tasks still on a list at the span's end, not done or dropped.
  public var stillOpen: Int
  public var householdVisits: Int
  public var households: Int
  public var siteVisits: Int
  public var projects: Int
  public var problemsSolved: Int
  public var ratings: Int
  /// The mean of the villages' ratings (好 4, 较好 3, 一般 2, 差 1), nil without any.
  public var ratingScore: Double?

  init(
    _ team: Team, from first: Day, to last: Day, records: TeamRecords, roster: Roster,
    ratingWeeks: (IsoWeek) -> Bool
  ) {
    self.team = team.id
    name = team.name
    leader = team.leader(on: last).map(records.personName) ?? ""
    villages = team.villages(from: first, to: last).map(roster.villageName)
    people = team.people(from: first, to: last).count
    let tasks = records.tasks.filter { $0.team == team.id && $0.planned <= last }
    let span = { (day: Day) in first <= day && day <= last }
    planned = tasks.count { span($0.planned) }
    done = tasks.count { task in task.history.contains { $0.action == .done && span($0.date) } }
    carried = tasks.reduce(0) { sum, task in
      sum + task.history.count { $0.action == .carried && span($0.date) }
    }
    stillOpen = tasks.count { $0.status(on: last) == .open }
    let work = records.work.filter { $0.team == team.id && span($0.date) }
    let visits = work.filter { $0.kind == .household }
    householdVisits = visits.count
    households = Set(visits.compactMap(\.household)).count
    siteVisits = work.count { $0.kind == .project || $0.kind == .enterprise }
    projects = Set(work.filter { $0.kind == .project }.compactMap(\.place)).count
    problemsSolved = work.reduce(0) { $0 + $1.countedSolved }
    let rated = records.ratings.filter { $0.team == team.id && ratingWeeks($0.week) }
    ratings = rated.count
    ratingScore =
      rated.isEmpty
      ? nil : Double(rated.reduce(0) { $0 + Self.score($1.rating) }) / Double(rated.count)
  }

  static func score(_ rating: ResidentRating) -> Int {
    switch rating {
    case .good: 4
    case .fairlyGood: 3
    case .average: 2
    case .poor: 1
    }
  }
}
