import Foundation

/// `check` on the records that feed a score and on the scoring rules: every record names a
/// member on the roster, appraisals fill each slot once, commitments keep to two a year,
/// adjustments count under a manual item, and every rules file reads.
extension FolderCheck {
  mutating func checkScoreRecords() {
    let members = Set(roster.members.map(\.id))
    let activities: [Activity] = loadOptional(DataFolder.activitiesName)
    let commitments: [Commitment] = loadOptional(DataFolder.commitmentsName)
    let appraisals: [Appraisal] = loadOptional(DataFolder.appraisalsName)
    let adjustments: [ScoreAdjustment] = loadOptional(DataFolder.adjustmentsName)
    let stars: [StarAward] = loadOptional(DataFolder.starsName)
    let named: [(String, String, String)] =
      activities.map { (DataFolder.activitiesName, $0.id, $0.member) }
      + commitments.map { (DataFolder.commitmentsName, $0.id, $0.member) }
      + appraisals.map { (DataFolder.appraisalsName, $0.id, $0.member) }
      + adjustments.map { (DataFolder.adjustmentsName, $0.id, $0.member) }
      + stars.map { (DataFolder.starsName, $0.id, $0.member) }
    for (file, id, member) in named
    where !members.contains(member) && canCheck(referenceInto: RosterFiles.members) {
      report(
        file, line: line(of: id, in: file), en: "\(id): unknown member \(member)",
        zh: "\(id)：党员 \(member) 不存在")
    }
    var slots: [String: String] = [:]
    for appraisal in appraisals {
      let name = DataFolder.appraisalsName
      if let earlier = slots.updateValue(appraisal.id, forKey: appraisal.slot) {
        report(
          name, line: line(of: appraisal.id, in: name),
          en:
            "\(appraisal.id): the same member and \(appraisal.half?.rawValue ?? "year") as \(earlier)",
          zh: "\(appraisal.id)：与 \(earlier) 为同一党员同一期的评议")
      }
      if (appraisal.half == nil) != (appraisal.rating == nil)
        || (appraisal.half == nil && appraisal.grade == nil)
      {
        report(
          name, line: line(of: appraisal.id, in: name),
          en: "\(appraisal.id): a grade has no half; a rating has one",
          zh: "\(appraisal.id)：评议等次不带半年，群众评价须带半年")
      }
    }
    let perYear = Dictionary(grouping: commitments) { "\($0.member)/\($0.year)" }
    for (key, made) in perYear.sorted(by: { $0.key < $1.key }) where made.count > Commitment.perYear
    {
      report(
        DataFolder.commitmentsName, en: "\(key): \(made.count) commitments in one year (at most 2)",
        zh: "\(key)：同一年有 \(made.count) 项承诺（至多 2 项）")
    }
    checkAdjustmentItems(adjustments)
    checkPhotos(activities)
  }

  /// Adjustments count under a manual item of the rules in force for their member.
  private mutating func checkAdjustmentItems(_ adjustments: [ScoreAdjustment]) {
    guard let rulebook = readRulebook() else { return }
    let villages = Dictionary(roster.members.map { ($0.id, $0.village) }) { first, _ in first }
    let name = DataFolder.adjustmentsName
    for adjustment in adjustments {
      guard let village = villages[adjustment.member] else { continue }
      if rulebook.manualItem(adjustment.item, village: village) == nil {
        report(
          name, line: line(of: adjustment.id, in: name),
          en: "\(adjustment.id): '\(adjustment.item)' is not a manual item of the rules",
          zh: "\(adjustment.id)：'\(adjustment.item)' 不是积分办法中的手工项目")
      }
    }
  }

  /// The township's and villages' rules, each problem reported; nil when any fails.
  private mutating func readRulebook() -> ScoringRulebook? {
    var township = ScoringRules.standard
    var failed = false
    func note(_ error: Error, _ name: String) -> Bool {
      if case .unreadable(_, _, let detail) = error as? StoreError {
        report(name, en: detail.en, zh: detail.zh)
      } else {
        report(name, en: "\(error)", zh: "\(error)")
      }
      return true
    }
    do {
      if let data = try FileReader.contents(folder.file(ScoringRules.fileName)) {
        township = try ScoringRules.decode(data, path: ScoringRules.fileName)
      }
    } catch {
      _ = note(error, ScoringRules.fileName)
      return nil
    }
    var villages: [String: ScoringRules] = [:]
    for village in roster.villages {
      let name = ScoringRules.villageFileName(village.id)
      do {
        guard let data = try FileReader.contents(folder.file(name)) else { continue }
        villages[village.id] = try ScoringRules.decode(data, path: name, over: township)
      } catch {
        failed = note(error, name)
      }
    }
    return failed ? nil : ScoringRulebook(township: township, villages: villages)
  }

  /// A record file that may be absent (a folder made before it existed).
  mutating func loadOptional<T: Decodable & Identifiable>(_ name: String) -> [T]
  where T.ID == String {
    guard FileManager.default.fileExists(atPath: folder.file(name)) else { return [] }
    return load(name)
  }
}
