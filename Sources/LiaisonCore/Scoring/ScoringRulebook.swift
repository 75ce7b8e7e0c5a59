import Foundation

/// The rules in force in a township: its own, and each village's where the village has a
/// file of its own.
public struct ScoringRulebook: Hashable, Sendable {
  public var township: ScoringRules
  /// Village id → the village's rules (the township's with the village's fields laid over).
  public var villages: [String: ScoringRules]
  /// Whether the township's rules are the built-in default (no `rules/scoring.json`).
  public var isDefault: Bool

  public init(
    township: ScoringRules, villages: [String: ScoringRules] = [:], isDefault: Bool = false
  ) {
    self.township = township
    self.villages = villages
    self.isDefault = isDefault
  }

  /// The rules a member of `village` is scored by.
  public func rules(for village: String) -> ScoringRules { villages[village] ?? township }

  /// The item of `village`'s rules that takes points by hand (`score adjust --item`),
  /// found by its id or by its Chinese or English name, as the error listing them shows
  /// both (`study（学习与组织生活）`), so a clerk may type either.
  public func manualItem(_ typed: String, village: String) -> ScoreItem? {
    let wanted = typed.trimmedSpaces.lowercased()
    return rules(for: village).items.first {
      $0.metric == .manual && [$0.id, $0.zh, $0.en].map { $0.lowercased() }.contains(wanted)
    }
  }
}

extension StoreSession {
  /// The rules in force: `rules/scoring.json` (else the default) and every
  /// `rules/<village-id>.json` of a village on the roster.
  /// - Parameter township: rules to use instead of the township file (`score what-if`).
  /// - Throws: `StoreError.unreadable` naming the file and the JSON path of a bad field.
  public func scoringRulebook(township override: ScoringRules? = nil) throws -> ScoringRulebook {
    var isDefault = false
    let township: ScoringRules
    if let override {
      township = override
    } else if let data = try FileReader.contents(folder.file(ScoringRules.fileName)) {
      township = try ScoringRules.decode(data, path: ScoringRules.fileName)
    } else {
      township = .standard
      isDefault = true
    }
    var villages: [String: ScoringRules] = [:]
    for village in try roster().villages {
      let name = ScoringRules.villageFileName(village.id)
      guard let data = try FileReader.contents(folder.file(name)) else { continue }
      villages[village.id] = try ScoringRules.decode(data, path: name, over: township)
    }
    return ScoringRulebook(township: township, villages: villages, isDefault: isDefault)
  }

  /// Writes the default rules to `rules/scoring.json`.
  /// - Throws: `RosterError.rule` when the file is there already (unless `replace`).
  public func writeDefaultScoringRules(replace: Bool) throws {
    precondition(writable, "writing rules needs the folder opened for writing")
    if !replace, try FileReader.contents(folder.file(ScoringRules.fileName)) != nil {
      throw RosterError.rule(
        Localized(
          en: "\(ScoringRules.fileName) already exists; nothing was changed. Edit it, or pass "
            + "--force to replace it with the default.",
          zh: "\(ScoringRules.fileName) 已存在，未作改动。请直接编辑，或加 --force 用默认办法覆盖。"))
    }
    try writer.fileSystem.makeDirectory(folder.rulesFolder, mode: 0o700)
    try writer.replace(ScoringRules.fileName, with: Data(ScoringRules.defaultText.utf8))
  }
}
