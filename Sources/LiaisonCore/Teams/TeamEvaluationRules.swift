import Foundation

/// The rules of the cadres' three-colour appraisal, as data like the member score: points
/// for each counted thing, with a cap, and the totals that make red and grey.
///
/// Kept in `rules/team-evaluation.json` as
/// `{"items": [{"metric": "visits", "points": 1, "cap": 40}, …], "red": 60, "grey": 20}`;
/// a folder without the file uses the defaults. A negative `points` takes off, its cap then
/// the most taken off.
public struct TeamEvaluationRules: Hashable, Sendable, Codable {
  public struct Item: Hashable, Sendable, Codable {
    public var metric: TeamMetric
    public var points: Double
    /// The most (or, for negative points, the most taken off) this item gives; nil for none.
    public var cap: Double?

    public init(metric: TeamMetric, points: Double, cap: Double? = nil) {
      self.metric = metric
      self.points = points
      self.cap = cap
    }

    /// The points for `count`, capped.
    public func points(for count: Int) -> Double {
      let raw = Double(count) * points
      guard let cap else { return raw }
      return points < 0 ? max(raw, -abs(cap)) : min(raw, cap)
    }
  }

  public var items: [Item]
  /// A total at or above this is red.
  public var red: Double
  /// A total below this is grey.
  public var grey: Double

  public init(items: [Item], red: Double, grey: Double) {
    self.items = items
    self.red = red
    self.grey = grey
  }

  /// A year's worth: about a visit a week and a task a fortnight makes red.
  public static let defaults = TeamEvaluationRules(
    items: [
      Item(metric: .visits, points: 1, cap: 40), Item(metric: .tasks, points: 2, cap: 30),
      Item(metric: .solved, points: 1, cap: 20), Item(metric: .sites, points: 2, cap: 10),
      Item(metric: .carried, points: -1, cap: 10),
    ], red: 60, grey: 20)

  static let fileName = "rules/team-evaluation.json"

  public func colour(_ total: Double) -> ScoreColour {
    total >= red ? .red : total < grey ? .grey : .yellow
  }

  /// Reads the file's bytes; a bad field is named with its path in the file.
  static func decode(_ data: Data, path: String) throws -> TeamEvaluationRules {
    func bad(_ detail: String) -> StoreError {
      .unreadable(path: path, line: nil, detail: Localized(detail))
    }
    let rules: TeamEvaluationRules
    do {
      rules = try JSONDecoder().decode(TeamEvaluationRules.self, from: data)
    } catch {
      throw bad(
        "expected {\"items\": [{\"metric\": \"visits\", \"points\": 1, \"cap\": 40}], "
          + "\"red\": 60, \"grey\": 20} (metrics: "
          + TeamMetric.rawValues.joined(separator: ", ") + "): " + RecordCodec.describe(error).en)
    }
    guard rules.grey <= rules.red else {
      throw bad("grey (\(rules.grey)) must not be above red (\(rules.red))")
    }
    for (index, item) in rules.items.enumerated() where (item.cap ?? 0) < 0 {
      throw bad("items.\(index).cap: give the cap as a positive number")
    }
    return rules
  }
}
