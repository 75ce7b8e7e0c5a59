import Foundation

/// Reading rules files by path, for `rules check FILE` and `score what-if --rules FILE`.
extension ScoringRules {
  /// Reads a township rules file anywhere on disk.
  /// - Parameter shownAs: the name messages use (the path as the clerk typed it).
  public static func read(file path: String, shownAs: String) throws -> ScoringRules {
    try decode(try contents(path, shownAs: shownAs), path: shownAs)
  }

  static func contents(_ path: String, shownAs: String) throws -> Data {
    guard let data = try FileReader.contents(path) else {
      throw StoreError.unreadable(
        path: shownAs, line: nil, detail: Localized(en: "there is no such file", zh: "没有这个文件"))
    }
    return data
  }
}

extension StoreSession {
  /// Checks a file as a village's rules laid over the township's.
  public func checkVillageRules(file path: String, shownAs: String) throws -> ScoringRules {
    let township = try scoringRulebook().township
    return try ScoringRules.decode(
      try ScoringRules.contents(path, shownAs: shownAs), path: shownAs, over: township)
  }

  /// Checks the township's rules and every village's; returns the files read.
  public func checkScoringRules() throws -> [String] {
    let rulebook = try scoringRulebook()
    return (rulebook.isDefault ? [] : [ScoringRules.fileName])
      + rulebook.villages.keys.sorted().map(ScoringRules.villageFileName)
  }

  /// Whether `name` (a file's name without `.json`) is the id of a village on the roster.
  public func isVillageID(_ name: String) throws -> Bool {
    try roster().villages.contains { $0.id == name }
  }
}
