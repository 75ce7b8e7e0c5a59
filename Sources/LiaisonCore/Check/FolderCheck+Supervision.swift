import Foundation

/// `check` on the supervision records and rules: `rules/supervision.json` reads; every
/// inspection, work report and index adjustment names a village on the roster; inspections
/// check items of the checklist and a notice says what was found; a village has one work
/// report a month; adjustments count under a manual item.
extension FolderCheck {
  mutating func checkSupervision() {
    let rules = readSupervisionRules()
    let villageKnown =
      unreadable.contains(RosterFiles.villages)
      ? { _ in true } : Set(roster.villages.map(\.id)).contains
    for village in (rules?.villages.keys.sorted() ?? []) where !villageKnown(village) {
      report(
        SupervisionRules.fileName, en: "villages.\(village): no village has this id",
        zh: "villages.\(village)：没有此编号的村")
    }
    checkInspections(rules: rules, villageKnown: villageKnown)
    checkReserveDecisions()
    let name = DataFolder.workReportsName
    let reports: [WorkReport] = loadOptional(name)
    var months: [String: String] = [:]
    for monthly in reports {
      let at = line(of: monthly.id, in: name)
      if !villageKnown(monthly.village) {
        report(
          name, line: at, en: "\(monthly.id): unknown village \(monthly.village)",
          zh: "\(monthly.id)：村 \(monthly.village) 不存在")
      }
      if let earlier = months.updateValue(monthly.id, forKey: "\(monthly.village)/\(monthly.month)")
      {
        report(
          name, line: at,
          en:
            "\(monthly.id): a second report of \(monthly.village) for \(monthly.month) (first \(earlier))",
          zh: "\(monthly.id)：\(monthly.village) \(monthly.month) 已有月报 \(earlier)")
      }
      if [monthly.raised, monthly.discussed, monthly.assigned, monthly.resolved].contains(where: {
        $0 < 0
      }) {
        report(name, line: at, en: "\(monthly.id): a negative count", zh: "\(monthly.id)：件数为负")
      }
    }
    let adjustmentsName = DataFolder.indexAdjustmentsName
    let adjustments: [IndexAdjustment] = loadOptional(adjustmentsName)
    for adjustment in adjustments {
      let at = line(of: adjustment.id, in: adjustmentsName)
      if !villageKnown(adjustment.village) {
        report(
          adjustmentsName, line: at, en: "\(adjustment.id): unknown village \(adjustment.village)",
          zh: "\(adjustment.id)：村 \(adjustment.village) 不存在")
      }
      let manual = rules?.indexRules(for: adjustment.village).items.contains {
        $0.id == adjustment.item && $0.metric == .manual
      }
      if manual == false {
        report(
          adjustmentsName, line: at,
          en: "\(adjustment.id): '\(adjustment.item)' is not a manual item of the index rules",
          zh: "\(adjustment.id)：'\(adjustment.item)' 不是堡垒指数办法中的手工项目")
      }
    }
  }

  /// Decisions name a member on the roster, one per member and year.
  private mutating func checkReserveDecisions() {
    let name = DataFolder.reservesName
    let decisions: [ReserveDecision] = loadOptional(name)
    let members = Set(roster.members.map(\.id))
    var seen: [String: String] = [:]
    for decision in decisions {
      let at = line(of: decision.id, in: name)
      if !members.contains(decision.member), canCheck(referenceInto: RosterFiles.members) {
        report(
          name, line: at, en: "\(decision.id): unknown member \(decision.member)",
          zh: "\(decision.id)：党员 \(decision.member) 不存在")
      }
      if let earlier = seen.updateValue(decision.id, forKey: "\(decision.member)/\(decision.year)")
      {
        report(
          name, line: at,
          en:
            "\(decision.id): a second decision on \(decision.member) for \(decision.year) (first \(earlier))",
          zh: "\(decision.id)：\(decision.member) \(decision.year) 年已有决定 \(earlier)")
      }
    }
  }

  private mutating func checkInspections(rules: SupervisionRules?, villageKnown: (String) -> Bool) {
    let name = DataFolder.inspectionsName
    let inspections: [Inspection] = loadOptional(name)
    for inspection in inspections {
      let at = line(of: inspection.id, in: name)
      let id = inspection.id
      if !villageKnown(inspection.village) {
        report(
          name, line: at, en: "\(id): unknown village \(inspection.village)",
          zh: "\(id)：村 \(inspection.village) 不存在")
      }
      for item in inspection.items where rules != nil && rules?.checklistItem(item) == nil {
        report(
          name, line: at, en: "\(id): '\(item)' is not on the checklist",
          zh: "\(id)：'\(item)' 不在督查清单中")
      }
      for item in inspection.failed ?? [] where !inspection.items.contains(item) {
        report(
          name, line: at, en: "\(id): failed item '\(item)' was not checked",
          zh: "\(id)：存在问题的项目 '\(item)' 不在督查项目中")
      }
      if inspection.outcome == .criticised, (inspection.findings ?? "").isEmpty {
        report(name, line: at, en: "\(id): a notice without findings", zh: "\(id)：通报批评未写明发现的问题")
      }
    }
  }

  /// The rules, or nil (with the problem reported) when they do not read.
  private mutating func readSupervisionRules() -> SupervisionRules? {
    do {
      guard let data = try FileReader.contents(folder.file(SupervisionRules.fileName)) else {
        return .standard
      }
      return try SupervisionRules.decode(data, path: SupervisionRules.fileName)
    } catch let error as StoreError {
      if case .unreadable(_, _, let detail) = error {
        report(SupervisionRules.fileName, en: detail.en, zh: detail.zh)
      } else {
        report(SupervisionRules.fileName, en: error.message.en, zh: error.message.zh)
      }
    } catch {
      report(SupervisionRules.fileName, en: "\(error)", zh: "\(error)")
    }
    return nil
  }
}
