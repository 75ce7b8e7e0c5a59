import Foundation
import Testing

@testable import LiaisonCore

/// Rules files: the default reads back, and every kind of bad field is named by its JSON
/// path.
@Suite struct ScoringRulesTests {
  /// The default rules as a dictionary, changed by `edit`, as a file's bytes.
  static func edited(_ edit: (inout [String: Any]) -> Void) throws -> Data {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(ScoringRules.defaultText.utf8)) as? [String: Any])
    edit(&object)
    return try JSONSerialization.data(withJSONObject: object)
  }

  static func item(_ object: inout [String: Any], _ index: Int, _ key: String, _ value: Any?) {
    var items = object["items"] as! [[String: Any]]
    items[index][key] = value
    object["items"] = items
  }

  @Test func theDefaultRulesFollowTheSeeds() throws {
    let rules = ScoringRules.standard
    #expect(rules.base == Points(60))
    #expect(rules.thresholds.reeducation == Points(60))
    #expect(rules.lists.black.below == Points(60))
    #expect(rules.grading == ["A": 20, "B": 42, "C": 28, "D": 10])
    #expect(rules.visitRequirement == .init(per: .week, minimum: 1, counted: .member))
    // Every metric but requirement-met (which would count the weeks twice) is used.
    let metrics = Set(rules.items.map(\.metric))
    #expect(metrics == Set(ScoreMetric.allCases).subtracting([.requirementMet]))
    // What `rules show` prints reads back the same.
    let shown = try JSONEncoder().encode(rules)
    #expect(try ScoringRules.decode(shown, path: "x") == rules)
  }

  @Test(arguments: [
    ("points as text", "items[3].points: expected a number"),
    ("points in hundredths", "items[0].points: expected a number with at most one decimal place"),
    ("unknown metric", "items[0].metric: expected one of \"visits\""),
    ("repeated id", "items[1].id: 'visits' is used by an earlier item"),
    ("floor above cap", "items[0].floor: 20 is above the cap 12"),
    ("grade without values", "items[8].values: missing"),
    ("values on visits", "items[0].values: only needs-resolved"),
    ("base missing", "base: missing"),
    ("misspelt field", "bsae: unknown field"),
    ("shares not 100", "grading: the shares add up to 90"),
    ("empty red list", "lists.red: set 'top'"),
    ("unit a day", "visitRequirement.per: expected one of \"week\", \"month\", \"year\""),
    ("minimum zero", "visitRequirement.minimum: expected a whole number from 1 to 1000"),
    ("yellow above red", "colours.yellow: must not be above colours.red"),
  ])
  func aBadFieldIsNamedByItsPath(change: String, expected: String) throws {
    let data = try Self.edited { object in
      switch change {
      case "points as text": Self.item(&object, 3, "points", "two")
      case "points in hundredths": Self.item(&object, 0, "points", 0.25)
      case "unknown metric": Self.item(&object, 0, "metric", "visitz")
      case "repeated id": Self.item(&object, 1, "id", "visits")
      case "floor above cap": Self.item(&object, 0, "floor", 20)
      case "grade without values": Self.item(&object, 8, "values", nil)
      case "values on visits": Self.item(&object, 0, "values", ["small": 1])
      case "base missing": object["base"] = nil
      case "misspelt field": object["bsae"] = 60
      case "shares not 100": object["grading"] = ["A": 20, "B": 42, "C": 18, "D": 10]
      case "empty red list": object["lists"] = ["red": [String: Any](), "black": ["below": 60]]
      case "unit a day": object["visitRequirement"] = ["per": "day", "minimum": 1]
      case "minimum zero": object["visitRequirement"] = ["per": "week", "minimum": 0]
      case "yellow above red": object["colours"] = ["red": 60, "yellow": 85]
      default: Issue.record("no such change \(change)")
      }
    }
    do {
      _ = try ScoringRules.decode(data, path: "rules/scoring.json")
      Issue.record("\(change) was accepted")
    } catch let error as StoreError {
      #expect(error.message.en.hasPrefix("rules/scoring.json: " + expected), "\(error.message.en)")
      #expect(error.exitStatus == .dataError)
    }
  }

  @Test func notJSONAtAllIsSaidSo() throws {
    #expect(throws: StoreError.self) {
      try ScoringRules.decode(Data("{ base: 60 ".utf8), path: "rules/scoring.json")
    }
    do {
      _ = try ScoringRules.decode(Data("[]".utf8), path: "r.json")
    } catch let error as StoreError {
      #expect(error.message.en.hasPrefix("r.json: expected a JSON object"))
    }
  }

  @Test func aVillageFileIsCheckedAgainstItsOwnPath() throws {
    do {
      _ = try ScoringRules.decode(
        Data(#"{"lists": {"red": {"top": 3}, "black": {"below": "sixty"}}}"#.utf8),
        path: "rules/C001.json", over: .standard)
      Issue.record("accepted")
    } catch let error as StoreError {
      #expect(error.message.en.hasPrefix("rules/C001.json: lists.black.below: expected a number"))
    }
  }

  @Test(arguments: [("12", 120), ("+3", 30), ("-2", -20), ("0.5", 5), ("−1.5", -15), ("１０", 100)])
  func pointsAreReadExactly(text: String, tenths: Int) {
    #expect(Points(parsing: text)?.tenths == tenths)
  }

  @Test(arguments: ["1.25", "abc", "", "1.", "--1", "1e3"])
  func pointsWithMoreThanATenthOrNoNumberAreRefused(text: String) {
    #expect(Points(parsing: text) == nil)
  }
}
