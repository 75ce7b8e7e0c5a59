import Foundation

/// The rules files liaison reads, and how each is read: what `export all` carries of
/// `rules/` and what `import all` accepts back, each checked by the reader that will read it.
enum RulesFiles {
  /// The township-wide rules files, then each village's own scoring rules.
  static func names(villages: [String]) -> [String] {
    [
      ScoringRules.fileName, SupervisionRules.fileName, TeamLevels.fileName,
      TeamEvaluationRules.fileName, NeedDeadlines.fileName, FormSettings.fileName,
    ] + villages.map(ScoringRules.villageFileName)
  }

  /// Reads `text` as the rules file `name` would be read, a village's over the township's
  /// scoring rules `township` (the default when the folder has none).
  /// - Throws: the reader's own error naming the field, or `StoreError.unreadable` for a
  ///   name liaison does not read.
  static func check(
    _ name: String, _ text: String, township: ScoringRules, villages: [String]
  ) throws {
    let data = Data(text.utf8)
    switch name {
    case ScoringRules.fileName: _ = try ScoringRules.decode(data, path: name)
    case SupervisionRules.fileName: _ = try SupervisionRules.decode(data, path: name)
    case TeamLevels.fileName: _ = try TeamLevels.decode(data, path: name)
    case TeamEvaluationRules.fileName: _ = try TeamEvaluationRules.decode(data, path: name)
    case NeedDeadlines.fileName: _ = try NeedDeadlines.decode(data, path: name)
    case FormSettings.fileName: _ = try FormSettings.decode(data, path: name)
    default:
      guard villages.map(ScoringRules.villageFileName).contains(name) else {
        throw StoreError.unreadable(
          path: name, line: nil,
          detail: Localized(
            en: "liaison reads no such rules file; a village's rules are named by its id, "
              + "as rules/C001.json",
            zh: "liaison 不读取这个积分办法文件；村的办法以村编号命名，如 rules/C001.json"))
      }
      _ = try ScoringRules.decode(data, path: name, over: township)
    }
  }
}
