/// The three-colour appraisal of team cadres (红黄灰, seed 000) over a period: each
/// person's counts, points item by item under the rules, total and colour, with the
/// consequence flagged for the office to decide (两晋双停).
public struct TeamEvaluation: Codable, Hashable, Sendable {
  public struct Line: Codable, Hashable, Sendable {
    public var metric: TeamMetric
    public var count: Int
    public var points: Double
  }

  public struct Row: Codable, Hashable, Sendable {
    public var person: String
    public var name: String
    public var teams: [String]
    public var lines: [Line]
    public var total: Double
    public var colour: ScoreColour
  }

  public var township: String
  public var period: Period
  public var asOf: Day
  public var rules: TeamEvaluationRules
  /// Highest total first.
  public var rows: [Row]

  public static func make(
    _ period: Period, session: StoreSession, today: Day
  ) throws
    -> TeamEvaluation
  {
    TeamEvaluation(
      period: period, records: try session.teamRecords(), rules: try session.teamEvaluationRules(),
      township: session.manifest.township.name, today: today)
  }

  public init(
    period: Period, records: TeamRecords, rules: TeamEvaluationRules, township: String, today: Day
  ) {
    self.township = township
    self.period = period
    self.rules = rules
    asOf = min(period.last, today)
    let (first, last) = (period.first, asOf)
    let span = { (day: Day) in first <= day && day <= last }
    var counts: [String: [TeamMetric: Int]] = [:]
    for entry in records.work where span(entry.date) {
      for person in entry.by {
        switch entry.kind {
        case .household: counts[person, default: [:]][.visits, default: 0] += 1
        case .project, .enterprise: counts[person, default: [:]][.sites, default: 0] += 1
        case .other: break
        }
        counts[person, default: [:]][.solved, default: 0] += entry.countedSolved
      }
    }
    for task in records.tasks {
      let done = task.history.count { $0.action == .done && span($0.date) }
      let carried = task.history.count { $0.action == .carried && span($0.date) }
      counts[task.assignee, default: [:]][.tasks, default: 0] += done
      counts[task.assignee, default: [:]][.carried, default: 0] += carried
    }
    let seated = Set(records.teams.flatMap { $0.people(from: first, to: last) })
    rows = records.people.filter { seated.contains($0.id) }.map { person in
      let lines = rules.items.map { item in
        let count = counts[person.id]?[item.metric] ?? 0
        return Line(metric: item.metric, count: count, points: item.points(for: count))
      }
      let total = lines.reduce(0) { $0 + $1.points }
      return Row(
        person: person.id, name: person.name,
        teams: records.teams.filter { $0.people(from: first, to: last).contains(person.id) }
          .map(\.name), lines: lines, total: total, colour: rules.colour(total))
    }.sorted { ($1.total, $0.person.count, $0.person) < ($0.total, $1.person.count, $1.person) }
  }
}
