/// Everything the teams keep, read together: people, teams, tasks, work, ratings, the
/// monthly pioneers and the hard projects. One
/// reader loads it for every team command and report; a change saves only the files whose
/// records differ, all of them together or none.
public struct TeamRecords: Hashable, Sendable {
  public var people: [TeamPerson]
  public var teams: [Team]
  public var tasks: [TeamTask]
  public var work: [TeamWork]
  public var ratings: [TeamRating]
  public var pioneers: [TeamPioneer]
  public var projects: [TeamProject]

  public init(
    people: [TeamPerson] = [], teams: [Team] = [], tasks: [TeamTask] = [],
    work: [TeamWork] = [], ratings: [TeamRating] = [], pioneers: [TeamPioneer] = [],
    projects: [TeamProject] = []
  ) {
    self.people = people
    self.teams = teams
    self.tasks = tasks
    self.work = work
    self.ratings = ratings
    self.pioneers = pioneers
    self.projects = projects
  }

  /// Finds a team person by id (`TP001`, `TP1`, `1`), exact name or phone.
  public func person(_ reference: String) throws -> TeamPerson {
    if let found = Self.byNumber(reference, prefix: "TP", in: people) { return found }
    let wanted = reference.trimmedSpaces
    let named = people.filter { $0.name == wanted || $0.phone == wanted }
    if named.count == 1 { return named[0] }
    if named.count > 1 {
      throw TeamError.ambiguous(
        what: TeamError.person, reference: reference,
        candidates: named.map { "\($0.id)  \($0.name)  \($0.phone ?? "")  \($0.unit ?? "")" })
    }
    throw TeamError.notFound(what: TeamError.person, reference: reference, list: "team person list")
  }

  /// Finds a team by id (`T01`, `T1`, `1`) or exact name.
  public func team(_ reference: String) throws -> Team {
    if let found = Self.byNumber(reference, prefix: "T", in: teams) { return found }
    let named = teams.filter { $0.name == reference.trimmedSpaces }
    if named.count == 1 { return named[0] }
    if named.count > 1 {
      throw TeamError.ambiguous(
        what: TeamError.team, reference: reference, candidates: named.map { "\($0.id)  \($0.name)" }
      )
    }
    throw TeamError.notFound(what: TeamError.team, reference: reference, list: "team list")
  }

  /// Finds a task by id (`TK00012`, `TK12`, `12`).
  public func task(_ reference: String) throws -> TeamTask {
    if let found = Self.byNumber(reference, prefix: "TK", in: tasks) { return found }
    throw TeamError.notFound(what: TeamError.task, reference: reference, list: "team task list")
  }

  public func personName(_ id: String) -> String { people.first { $0.id == id }?.name ?? id }
  public func teamName(_ id: String) -> String { teams.first { $0.id == id }?.name ?? id }

  /// The next id after `ids`: `prefix` and the number one above the highest, zero-padded.
  static func nextID(prefix: String, digits: Int, after ids: [String]) -> String {
    let highest = ids.compactMap { Int($0.dropFirst(prefix.count)) }.max() ?? 0
    let number = String(highest + 1)
    return prefix + String(repeating: "0", count: max(0, digits - number.count)) + number
  }

  /// The record whose id has the number `reference` gives, with or without its prefix.
  static func byNumber<T: Identifiable>(
    _ reference: String, prefix: String, in records: [T]
  )
    -> T? where T.ID == String
  {
    let wanted = reference.trimmedSpaces.uppercased()
    let digits = wanted.hasPrefix(prefix) ? String(wanted.dropFirst(prefix.count)) : wanted
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits) else {
      return nil
    }
    return records.first { Int($0.id.dropFirst(prefix.count)) == number }
  }
}
