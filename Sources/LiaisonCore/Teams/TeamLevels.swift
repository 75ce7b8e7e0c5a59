import Foundation

/// The four levels of a team task (红橙黄绿, seed 001: 根据落实解决难易程度分成四个等级，对应不同
/// 的完成时限和责任干部): for each, the days allowed from the Monday of its week, and the role
/// that answers for it.
///
/// Kept in `rules/teams.json` as
/// `{"levels": {"red": {"days": 1, "responsible": "leader"}, …}}`; a level or field left out
/// keeps its default, and a folder without the file uses the defaults. `responsible` is a
/// role (`leader`, `liaison`, a township's own word) or `assignee`.
public struct TeamLevels: Hashable, Sendable {
  public struct Level: Hashable, Sendable, Codable {
    public var days: Int
    public var responsible: String

    public init(days: Int, responsible: String) {
      self.days = days
      self.responsible = responsible
    }
  }

  /// A red task is the leader's and due the next day; a green one is the assignee's own
  /// and may take the whole week.
  public static let defaults: [NeedUrgency: Level] = [
    .red: Level(days: 1, responsible: TeamRole.leader.rawValue),
    .orange: Level(days: 3, responsible: TeamRole.leader.rawValue),
    .yellow: Level(days: 5, responsible: TeamRole.liaison.rawValue),
    .green: Level(days: 6, responsible: assignee),
  ]
  /// The `responsible` value that makes the assignee answer for their own task.
  public static let assignee = "assignee"
  static let longest = 366
  static let fileName = "rules/teams.json"

  public private(set) var levels: [NeedUrgency: Level]

  public init(levels: [NeedUrgency: Level] = [:]) {
    self.levels = Self.defaults.merging(levels) { _, chosen in chosen }
  }

  public func level(_ urgency: NeedUrgency) -> Level { levels[urgency] ?? Self.defaults[urgency]! }

  /// The due date of a task of this level planned for `week` on `planned`: counted from the
  /// later of the two, so a task put on next week's list on Sunday is not already late.
  public func due(week: IsoWeek, planned: Day, level urgency: NeedUrgency) -> Day {
    max(week.monday, planned).adding(days: level(urgency).days)
  }

  /// Reads the file's bytes; every bad field is named with its path in the file.
  static func decode(_ data: Data, path: String) throws -> TeamLevels {
    func bad(_ detail: String) -> StoreError {
      .unreadable(path: path, line: nil, detail: Localized(detail))
    }
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch {
      throw bad(
        "expected {\"levels\": {\"red\": {\"days\": 1, \"responsible\": \"leader\"}}}: "
          + RecordCodec.describe(error).en)
    }
    var levels = TeamLevels()
    for (key, entry) in (file.levels ?? [:]).sorted(by: { $0.key < $1.key }) {
      guard let urgency = NeedUrgency(rawValue: key) else {
        throw bad("levels.\(key): not a level; use red, orange, yellow or green")
      }
      var level = levels.level(urgency)
      if let days = entry.days {
        guard (0...longest).contains(days) else {
          throw bad("levels.\(key).days: expected a whole number of days from 0 to \(longest)")
        }
        level.days = days
      }
      if let responsible = entry.responsible {
        guard !responsible.trimmedSpaces.isEmpty else {
          throw bad("levels.\(key).responsible: empty; give a role such as leader or assignee")
        }
        level.responsible = TeamRole.stored(responsible)
      }
      levels.levels[urgency] = level
    }
    return levels
  }

  private struct File: Decodable {
    var levels: [String: Entry]?
  }

  private struct Entry: Decodable {
    var days: Int?
    var responsible: String?
  }
}
