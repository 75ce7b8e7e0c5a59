import Foundation

/// How many days each urgency colour allows, from the day a need is raised to its due date.
///
/// Kept in `rules/needs.json` as `{"deadlines": {"red": 1, "orange": 3, "yellow": 7,
/// "green": 15}}`; a colour left out keeps its default, and a folder without the file uses
/// the defaults.
public struct NeedDeadlines: Hashable, Sendable {
  public static let defaults: [NeedUrgency: Int] = [.red: 1, .orange: 3, .yellow: 7, .green: 15]
  /// The longest limit accepted: a year.
  static let longest = 366

  public private(set) var days: [NeedUrgency: Int]

  public init(days: [NeedUrgency: Int] = [:]) {
    self.days = Self.defaults.merging(days) { _, chosen in chosen }
  }

  /// The time limit of a colour, in days.
  public func limit(_ urgency: NeedUrgency) -> Int { days[urgency] ?? Self.defaults[urgency]! }

  /// The due date of a need of this colour raised on `day`.
  public func due(raised day: Day, urgency: NeedUrgency) -> Day {
    day.adding(days: limit(urgency))
  }

  /// Sets one colour's limit.
  /// - Throws: `RosterError.invalidValue` unless it is a whole number of days from 1 to 366.
  public mutating func set(_ urgency: NeedUrgency, to limit: Int) throws {
    guard (1...Self.longest).contains(limit) else {
      throw RosterError.invalidValue(
        field: urgency.rawValue, value: String(limit),
        expected: Localized(
          en: "a number of days from 1 to \(Self.longest)", zh: "1 到 \(Self.longest) 之间的天数"))
    }
    days[urgency] = limit
  }

  /// The relative path of the file inside a data folder.
  static let fileName = "rules/needs.json"

  /// Reads the file's bytes; every bad field is named with its path in the file.
  static func decode(_ data: Data, path: String) throws -> NeedDeadlines {
    func bad(_ detail: String) -> StoreError {
      .unreadable(path: path, line: nil, detail: Localized(detail))
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw bad("the file is not a JSON object such as {\"deadlines\": {\"red\": 1}}")
    }
    for key in object.keys where key != "deadlines" {
      throw bad("unknown field '\(key)'; the file holds only 'deadlines'")
    }
    // Numbers are read with JSONDecoder: on Linux, JSONSerialization's 1 and true are the
    // same NSNumber, so it cannot tell a day count from a boolean.
    guard object["deadlines"] is [String: Any],
      let table = try? JSONDecoder().decode([String: [String: Limit]].self, from: data)["deadlines"]
    else {
      throw bad("'deadlines' must be an object of colour → days, e.g. {\"red\": 1}")
    }
    var deadlines = NeedDeadlines()
    for (key, limit) in table.sorted(by: { $0.key < $1.key }) {
      guard let urgency = NeedUrgency(rawValue: key) else {
        throw bad("deadlines.\(key): not a colour; use red, orange, yellow or green")
      }
      guard let days = limit.days, (1...longest).contains(days) else {
        throw bad("deadlines.\(key): expected a whole number of days from 1 to \(longest)")
      }
      deadlines.days[urgency] = days
    }
    return deadlines
  }

  /// One colour's entry: a whole number, or nil for anything else (text, a fraction, true).
  private struct Limit: Decodable {
    let days: Int?
    init(from decoder: Decoder) throws {
      days = try? decoder.singleValueContainer().decode(Int.self)
    }
  }

  func encoded() -> Data {
    let lines = NeedUrgency.allCases.map { "    \"\($0.rawValue)\": \(limit($0))" }
    return Data(("{\n  \"deadlines\": {\n" + lines.joined(separator: ",\n") + "\n  }\n}\n").utf8)
  }
}
