import Foundation

/// Recording inspections (督查), checked against the roster and the checklist before
/// anything is written.
extension StoreSession {
  static let inspectionKind = Localized(en: "inspection", zh: "督查记录")

  /// What the clerk typed for one inspection.
  public struct InspectionDraft: Sendable {
    public var village: String
    public var date: Day
    public var inspectors: [String]
    public var items: [String]
    public var failed: [String]
    public var findings: String?
    public var outcome: InspectionOutcome

    public init(
      village: String, date: Day, inspectors: [String], items: [String], failed: [String],
      findings: String?, outcome: InspectionOutcome
    ) {
      self.village = village
      self.date = date
      self.inspectors = inspectors
      self.items = items
      self.failed = failed
      self.findings = findings
      self.outcome = outcome
    }
  }

  /// Records an inspection. Failed items count as checked.
  /// - Throws: `SupervisionError` for an unknown checklist item, no inspector, a notice
  ///   without findings, a day in the future or before the village came onto the roster.
  public func addInspection(
    _ draft: InspectionDraft, clock: Clock, clerk: String
  ) throws
    -> Inspection
  {
    let village = try supervisedVillage(draft.village, on: draft.date, today: clock.today)
    let rules = try supervisionRules()
    let inspectors = draft.inspectors.map(\.trimmedSpaces).filter { !$0.isEmpty }
    guard !inspectors.isEmpty else {
      throw SupervisionError.rule(
        Localized(
          en: "Name the inspectors (--inspector NAME …).", zh: "请填写督查组成员（--inspector 姓名 …）。"))
    }
    let failed = draft.failed.map(\.trimmedSpaces).uniqued()
    let items = (draft.items.map(\.trimmedSpaces) + failed).uniqued()
    for item in items where rules.checklistItem(item) == nil {
      let known = rules.checklist.map(\.id).joined(separator: ", ")
      throw SupervisionError.rule(
        Localized(
          en:
            "'\(item)' is not on the checklist of \(SupervisionRules.fileName); use one of: \(known).",
          zh: "'\(item)' 不在 \(SupervisionRules.fileName) 的督查清单中；可用：\(known)。"))
    }
    let findings = draft.findings?.trimmedSpaces.nilIfEmpty
    if draft.outcome == .criticised, findings == nil {
      throw SupervisionError.rule(
        Localized(
          en: "A notice of criticism needs the findings (--findings TEXT): the notice prints them.",
          zh: "通报批评须写明督查发现的问题（--findings 内容），通报将据此印发。"))
    }
    var all = try inspections()
    let inspection = Inspection(
      id: SupervisionID.next("I", after: all.map(\.id)), date: draft.date, village: village.id,
      inspectors: inspectors, items: items, failed: failed.isEmpty ? nil : failed,
      findings: findings, outcome: draft.outcome, recordedAt: clock.timestamp, recordedBy: clerk)
    all.append(inspection)
    try saveRecords(all, to: DataFolder.inspectionsName)
    return inspection
  }

  /// One inspection by id (`I00003`, `I3`, `3`).
  public func inspection(_ reference: String) throws -> Inspection {
    try SupervisionID.find(
      reference, "I", in: try inspections(), kind: Self.inspectionKind, list: "inspection list")
  }

  /// Removes an inspection entered by mistake.
  public func removeInspection(_ reference: String) throws -> Inspection {
    try removeSupervisionRecord(
      reference, "I", file: DataFolder.inspectionsName, kind: Self.inspectionKind,
      list: "inspection list")
  }
}
