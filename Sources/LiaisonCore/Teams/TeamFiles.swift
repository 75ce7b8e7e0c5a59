import Foundation

/// The teams' files in a data folder, each a roster-style JSON array with one record per
/// line, sorted by id; each optional (a folder made before teams has none).
enum TeamFiles {
  static let people = "team-people.json"
  static let teams = "teams.json"
  static let tasks = "team-tasks.json"
  static let work = "team-work.json"
  static let ratings = "team-ratings.json"
  static let pioneers = "team-pioneers.json"
  static let projects = "team-projects.json"
  static let names = [people, teams, tasks, work, ratings, pioneers, projects]

  /// The files of `records` whose contents differ from `before`, with their new bytes.
  static func changed(_ records: TeamRecords, from before: TeamRecords) throws -> [String: Data] {
    var files: [String: Data] = [:]
    if records.people != before.people {
      files[people] = try RecordCodec.rosterFile(records.people)
    }
    if records.teams != before.teams { files[teams] = try RecordCodec.rosterFile(records.teams) }
    if records.tasks != before.tasks { files[tasks] = try RecordCodec.rosterFile(records.tasks) }
    if records.work != before.work { files[work] = try RecordCodec.rosterFile(records.work) }
    if records.ratings != before.ratings {
      files[ratings] = try RecordCodec.rosterFile(records.ratings)
    }
    if records.pioneers != before.pioneers {
      files[pioneers] = try RecordCodec.rosterFile(records.pioneers)
    }
    if records.projects != before.projects {
      files[projects] = try RecordCodec.rosterFile(records.projects)
    }
    return files
  }
}
