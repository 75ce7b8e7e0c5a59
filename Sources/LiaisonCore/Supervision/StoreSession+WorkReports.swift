import Foundation

/// Keeping villages' monthly work reports (月报制) and the index's points by hand.
extension StoreSession {
  static let workReportKind = Localized(en: "monthly work report", zh: "工作推进月报")
  static let adjustmentKind = Localized(en: "index adjustment", zh: "堡垒指数调整")

  /// The four figures of a month's work report.
  public struct WorkReportFigures: Sendable, Hashable {
    public var raised: Int
    public var discussed: Int
    public var assigned: Int
    public var resolved: Int

    public init(raised: Int, discussed: Int, assigned: Int, resolved: Int) {
      self.raised = raised
      self.discussed = discussed
      self.assigned = assigned
      self.resolved = resolved
    }
  }

  /// Records a village's report for a month; setting it again replaces it and keeps its id.
  /// - Throws: `SupervisionError` for a month not yet begun, a village not on the roster
  ///   that month, or a negative figure.
  public func setWorkReport(
    village reference: String, month: YearMonth, figures: WorkReportFigures, note: String?,
    clock: Clock, clerk: String
  ) throws -> WorkReport {
    let today = clock.today
    guard month.firstDay <= today else {
      throw SupervisionError.rule(
        Localized(
          en: "\(month) has not begun (today is \(today)).", zh: "\(month) 尚未开始（今天是 \(today)）。"))
    }
    let village = try supervisedVillage(reference, on: min(month.lastDay, today), today: today)
    let numbers = [figures.raised, figures.discussed, figures.assigned, figures.resolved]
    guard numbers.allSatisfy({ (0...100_000).contains($0) }) else {
      throw SupervisionError.rule(
        Localized(
          en: "The figures are counts of issues: whole numbers from 0.",
          zh: "各项数字为问题件数，须为不小于 0 的整数。"))
    }
    var all = try workReports()
    let existing = all.firstIndex { $0.village == village.id && $0.month == month }
    let report = WorkReport(
      id: existing.map { all[$0].id } ?? SupervisionID.next("W", after: all.map(\.id)),
      village: village.id, month: month, raised: figures.raised, discussed: figures.discussed,
      assigned: figures.assigned, resolved: figures.resolved,
      note: note?.trimmedSpaces.nilIfEmpty, recordedAt: clock.timestamp, recordedBy: clerk)
    if let existing { all[existing] = report } else { all.append(report) }
    try saveRecords(all, to: DataFolder.workReportsName)
    return report
  }

  /// Removes a work report entered by mistake.
  public func removeWorkReport(_ reference: String) throws -> WorkReport {
    try removeSupervisionRecord(
      reference, "W", file: DataFolder.workReportsName, kind: Self.workReportKind,
      list: "workreport list")
  }

  /// Gives a village's index points by hand under a manual item of its rules.
  /// - Throws: `RosterError.invalidValue` for an item that is not manual; `SupervisionError`
  ///   for no reason, a day in the future.
  public func adjustIndex(
    village reference: String, date: Day, item: String, points: Points, reason: String,
    clock: Clock, clerk: String
  ) throws -> IndexAdjustment {
    let village = try supervisedVillage(reference, on: date, today: clock.today)
    let rules = try supervisionRules().indexRules(for: village.id)
    guard rules.items.contains(where: { $0.id == item && $0.metric == .manual }) else {
      let manual = rules.items.filter { $0.metric == .manual }.map(\.id).joined(separator: ", ")
      throw RosterError.invalidValue(
        field: "item", value: item,
        expected: Localized(
          en: "a manual item of \(village.name)'s index rules: \(manual)",
          zh: "\(village.name)堡垒指数办法中的手工项目：\(manual)"))
    }
    let why = reason.trimmedSpaces
    guard !why.isEmpty else {
      throw SupervisionError.rule(
        Localized(en: "Give the reason (--reason TEXT).", zh: "请写明理由（--reason 内容）。"))
    }
    var all = try indexAdjustments()
    let adjustment = IndexAdjustment(
      id: SupervisionID.next("K", after: all.map(\.id)), village: village.id, date: date,
      item: item, points: points, reason: why, recordedAt: clock.timestamp, recordedBy: clerk)
    all.append(adjustment)
    try saveRecords(all, to: DataFolder.indexAdjustmentsName)
    return adjustment
  }

  /// Removes an index adjustment entered by mistake.
  public func removeIndexAdjustment(_ reference: String) throws -> IndexAdjustment {
    try removeSupervisionRecord(
      reference, "K", file: DataFolder.indexAdjustmentsName, kind: Self.adjustmentKind,
      list: "index adjustments")
  }

  /// Removes one supervision record by id and rewrites its file.
  func removeSupervisionRecord<T: Codable & Identifiable>(
    _ reference: String, _ letter: String, file: String, kind: Localized, list: String
  ) throws -> T where T.ID == String {
    var all: [T] = try records(file)
    let found = try SupervisionID.find(reference, letter, in: all, kind: kind, list: list)
    all.removeAll { $0.id == found.id }
    try saveRecords(all, to: file)
    return found
  }
}
