import Foundation

/// `import all` of what an export carries beyond the roster and a score's records: the
/// teams', supervision's and rules files, each record kept whole by its id.
extension RosterImport {
  mutating func importCarried<T: Identifiable & Equatable>(
    _ record: T, in path: WritableKeyPath<CarriedRecords, [T]>, summary: String
  ) throws -> (ImportPlan.Action, String, String) where T.ID == String {
    guard !record.id.isEmpty else {
      throw RosterError.rule(
        Localized(en: "the record has no id", zh: "该记录没有编号"))
    }
    return (Self.upsert(record, into: &carried[keyPath: path]), record.id, summary)
  }

  /// Puts `record` in place of the one with its id, or adds it: whether it created,
  /// updated or changed nothing.
  static func upsert<T: Identifiable & Equatable>(
    _ record: T, into records: inout [T]
  ) -> ImportPlan.Action {
    guard let position = records.firstIndex(where: { $0.id == record.id }) else {
      records.append(record)
      return .create
    }
    let unchanged = records[position] == record
    records[position] = record
    return unchanged ? .unchanged : .update
  }

  /// A rules file, read as liaison will read it (a village's over the township's scoring
  /// rules, the bundle's own when it carries them) before it may replace the folder's.
  mutating func importRules(
    _ name: String, _ text: String, township: ScoringRules?
  ) throws -> (ImportPlan.Action, String, String) {
    let villages = roster.villages.map(\.id)
    let base = township ?? (try? session.scoringRulebook().township) ?? .standard
    do {
      try RulesFiles.check(name, text, township: base, villages: villages)
    } catch StoreError.unreadable(let path, _, let detail) {
      // A file of the bundle, not of the folder: the folder's advice (restore a backup)
      // does not fit.
      throw RosterError.rule(Localized(en: "\(path): ", zh: "\(path)：") + detail)
    }
    let before = carried.rules[name]
    carried.rules[name] = text
    return (before == nil ? .create : before == text ? .unchanged : .update, name, name)
  }
}
