import Foundation

/// Reading and changing the teams' records: one reader for every team command and report,
/// and one writer that lands every changed file together.
extension StoreSession {
  /// Every team record on file. A folder made before teams simply has none.
  public func teamRecords() throws -> TeamRecords {
    TeamRecords(
      people: try teamFile(TeamFiles.people), teams: try teamFile(TeamFiles.teams),
      tasks: try teamFile(TeamFiles.tasks), work: try teamFile(TeamFiles.work),
      ratings: try teamFile(TeamFiles.ratings), pioneers: try teamFile(TeamFiles.pioneers),
      projects: try teamFile(TeamFiles.projects))
  }

  /// The levels' time limits and responsible roles: `rules/teams.json`, else the defaults.
  public func teamLevels() throws -> TeamLevels {
    let path = folder.file(TeamLevels.fileName)
    guard let data = try FileReader.contents(path) else { return TeamLevels() }
    return try TeamLevels.decode(data, path: path)
  }

  /// The cadres' appraisal rules: `rules/team-evaluation.json`, else the defaults.
  public func teamEvaluationRules() throws -> TeamEvaluationRules {
    let path = folder.file(TeamEvaluationRules.fileName)
    guard let data = try FileReader.contents(path) else { return .defaults }
    return try TeamEvaluationRules.decode(data, path: path)
  }

  /// Applies `change` to the team records and saves the files it changed, together or not
  /// at all; a refused change writes nothing.
  /// - Returns: what `change` returns.
  public func changeTeams<T>(
    _ change: (inout TeamRecords, Roster) throws -> T
  ) throws -> T {
    precondition(writable, "changeTeams needs the folder opened for writing")
    let before = try teamRecords()
    var records = before
    let result = try change(&records, try roster())
    let files = try TeamFiles.changed(records, from: before)
    if !files.isEmpty { try writer.replace(files) }
    return result
  }

  private func teamFile<T: Decodable>(_ name: String) throws -> [T] {
    let path = folder.file(name)
    guard let data = try FileReader.contents(path) else { return [] }
    return try RecordCodec.decodeRoster(T.self, from: data, path: path)
  }
}
