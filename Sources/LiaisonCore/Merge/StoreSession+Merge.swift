import Foundation

/// `household merge` and `member merge`: a record typed in twice (two imports, two clerks)
/// folded into the one it repeats. Everything that names the duplicate — visits in every
/// month's log, needs, links, score records, reserve decisions, team records, grid posts —
/// is moved to the kept record, the duplicate is removed and its id retired, all in one
/// change that lands whole or not at all. It is a correction of the past, so it says which
/// months' reports it changes.
extension StoreSession {
  /// Folds household `duplicateReference` into `keptReference`.
  /// - Parameter dryRun: work it all out and write nothing.
  /// - Throws: `RosterError` for a merge into itself, a missing or retired household,
  ///   households of different villages, or links that would break a link's rules.
  public func mergeHousehold(
    _ duplicateReference: String, into keptReference: String, today: Day, dryRun: Bool
  ) throws -> MergeSummary {
    var roster = try roster()
    let duplicate = try mergeable(.household, duplicateReference, roster) { try $0.household($1) }
    let kept = try mergeable(.household, keptReference, roster) { try $0.household($1) }
    try refuseMerge(duplicate.id, kept.id, villages: (duplicate.village, kept.village), roster)
    var change = MergeChange(duplicate: duplicate.id, kept: kept.id)
    let links = try roster.mergeHousehold(duplicate, into: kept)
    var files = try movedVisits(\.household, key: "household", &change)
    var needs = try needs()
    change.count(
      change.move(&needs, \.household) { $0.raised }, en: "need", zh: "条诉求")
    countLinks(links, &change, roster: roster, duplicate: duplicate.id)
    var teams = try teamRecords()
    let before = teams
    change.count(
      change.move(&teams.work, \.household) { $0.date }, en: "team service record",
      zh: "条服务团工作记录")
    files.merge(try changedFiles(roster)) { _, new in new }
    if needs != (try self.needs()) {
      files[DataFolder.needsName] = try RecordCodec.rosterFile(needs)
    }
    files.merge(try TeamFiles.changed(teams, from: before)) { _, new in new }
    return try finish(
      .household, change, files: files, since: duplicate.since, name: kept.head, today: today,
      dryRun: dryRun)
  }

  /// Folds member `duplicateReference` into `keptReference`, as `mergeHousehold` does.
  /// - Throws: also when both records have an appraisal for the same period or a reserve
  ///   decision for the same year.
  public func mergeMember(
    _ duplicateReference: String, into keptReference: String, today: Day, dryRun: Bool
  ) throws -> MergeSummary {
    var roster = try roster()
    let duplicate = try mergeable(.member, duplicateReference, roster) { try $0.member($1) }
    let kept = try mergeable(.member, keptReference, roster) { try $0.member($1) }
    try refuseMerge(duplicate.id, kept.id, villages: (duplicate.village, kept.village), roster)
    var change = MergeChange(duplicate: duplicate.id, kept: kept.id)
    let (links, posts) = try roster.mergeMember(duplicate, into: kept)
    var files = try movedVisits(\.member, key: "member", &change)
    var needs = try needs()
    let raised = change.move(&needs, \.raisedBy) { $0.raised }
    let handled = change.move(&needs, \.handler) { $0.raised }
    change.count(raised + handled, en: "need", zh: "条诉求")
    countLinks(links, &change, roster: roster, duplicate: duplicate.id)
    change.count(posts, en: "grid's posts", zh: "个网格的职务")
    var scored = try scoreRecordFiles()
    let scoredBefore = scored
    let januaryFirst = { (year: Int) in Day(year: year, month: 1, day: 1) }
    let scoreRecords =
      change.move(&scored.activities, \.member) { $0.date }
      + change.move(&scored.commitments, \.member) { januaryFirst($0.year) ?? today }
      + change.move(&scored.appraisals, \.member) { januaryFirst($0.year) ?? today }
      + change.move(&scored.adjustments, \.member) { $0.date }
    try change.refuseCollisions(
      scored.appraisals, slot: \.slot, what: Localized(en: "an appraisal", zh: "评议"))
    change.count(scoreRecords, en: "score record", zh: "条积分记录")
    var reserves = try reserveDecisions()
    let reservesBefore = reserves
    change.count(
      change.move(&reserves, \.member) { januaryFirst($0.year) ?? today },
      en: "reserve decision", zh: "条后备干部决定")
    try change.refuseCollisions(
      reserves, slot: { "\($0.member)/\($0.year)" },
      what: Localized(en: "a reserve decision", zh: "后备干部决定"))
    var teams = try teamRecords()
    let teamsBefore = teams
    change.count(
      change.move(&teams.people, \.member) { _ in nil }, en: "team person", zh: "名服务团成员")
    files.merge(try changedFiles(roster)) { _, new in new }
    if needs != (try self.needs()) {
      files[DataFolder.needsName] = try RecordCodec.rosterFile(needs)
    }
    files.merge(try scored.changedFiles(since: scoredBefore)) { _, new in new }
    if reserves != reservesBefore {
      files[DataFolder.reservesName] = try RecordCodec.rosterFile(reserves)
    }
    files.merge(try TeamFiles.changed(teams, from: teamsBefore)) { _, new in new }
    return try finish(
      .member, change, files: files, since: duplicate.since, name: kept.name, today: today,
      dryRun: dryRun)
  }

  /// The record `reference` names, refusing a retired id with why.
  private func mergeable<Record>(
    _ kind: RecordKind, _ reference: String, _ roster: Roster,
    _ find: (Roster, String) throws -> Record
  ) throws -> Record {
    let wanted = reference.trimmingCharacters(in: .whitespaces).uppercased()
    if roster.retired.ids(kind).contains(wanted) {
      throw RosterError.rule(
        Localized(
          en: "\(wanted) is retired (merged or removed as a mistake); it names no \(kind.label.en) "
            + "now and is never given again.",
          zh: "编号 \(wanted) 已停用（已合并或作为误录删除），现在不对应任何\(kind.label.zh)，也不会再分配。"))
    }
    return try find(roster, reference)
  }

  private func refuseMerge(
    _ duplicate: String, _ kept: String, villages: (String, String), _ roster: Roster
  ) throws {
    guard duplicate != kept else {
      throw RosterError.rule(
        Localized(
          en: "\(duplicate) cannot be merged into itself; give the duplicate, then --into the "
            + "record it repeats.",
          zh: "\(duplicate) 不能合并入自身；请先给出重复的记录，再用 --into 给出它所重复的记录。"))
    }
    guard villages.0 == villages.1 else {
      throw RosterError.rule(
        Localized(
          en: "\(duplicate) is in \(roster.villageName(villages.0)) and \(kept) in "
            + "\(roster.villageName(villages.1)): a merge folds one record typed twice. If one "
            + "village is wrong, correct it first (edit … --village … --correct).",
          zh: "\(duplicate) 属于\(roster.villageName(villages.0))，\(kept) 属于"
            + "\(roster.villageName(villages.1))：合并只用于同一记录录入了两次。若其中一个村填错了，"
            + "请先更正（edit … --village … --correct）。"))
    }
  }

  /// Every month's log with the duplicate's visits moved, only the logs that changed.
  private func movedVisits(
    _ field: WritableKeyPath<Visit, String>, key: String, _ change: inout MergeChange
  ) throws -> [String: Data] {
    let rewrite = VisitLogRewrite(
      field: field, key: key, duplicate: change.duplicate, kept: change.kept)
    var files: [String: Data] = [:]
    var count = 0
    for month in try visitMonths() {
      let relative = DataFolder.visitLog(month)
      guard let log = try FileReader.contents(folder.file(relative)) else { continue }
      let (bytes, moved) = try rewrite.rewrite(log)
      guard let bytes else { continue }
      // A log is only rewritten once it reads whole: a bad line stops the merge with its
      // line number, as any read of the log would.
      _ = try visits(in: month)
      files[relative] = bytes
      count += moved.count
      moved.forEach { change.note($0.date) }
    }
    change.count(count, en: "visit", zh: "条走访记录")
    return files
  }

  private func countLinks(
    _ links: Roster.LinkMoves, _ change: inout MergeChange, roster: Roster, duplicate: String
  ) {
    change.count(links.moved, en: "link", zh: "条联户关系")
    change.count(links.folded, en: "link folded into one already there", zh: "条联户关系并入已有的一条")
    for link in roster.links where link.member == change.kept || link.household == change.kept {
      change.note(link.from)
    }
  }

  /// Writes the change (unless `dryRun`) and says what it did.
  private func finish(
    _ kind: RecordKind, _ change: MergeChange, files: [String: Data], since: Day?, name: String,
    today: Day, dryRun: Bool
  ) throws -> MergeSummary {
    // A duplicate on the roster from the beginning changes every month that counted it.
    let first = since.map { min($0, change.earliest ?? $0).yearMonth }
    if !dryRun { try writer.replace(files) }
    return MergeSummary(
      kind: kind, duplicate: change.duplicate, kept: change.kept, keptName: name,
      moved: change.moved, changedMonths: ReportedMonths(first: first, last: today.yearMonth),
      dryRun: dryRun)
  }
}
