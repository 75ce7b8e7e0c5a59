/// The printable notice of one inspection (督查通报): what the group checked in the
/// village, what it found and the outcome, and — when this notice makes the third
/// consecutive month — that accountability is proposed.
public struct InspectionNotice: Encodable, Sendable {
  public struct CheckedItem: Encodable, Sendable, Hashable {
    public var id: String
    public var zh: String
    public var en: String
    public var passed: Bool
  }

  public var township: String
  public var inspection: Inspection
  public var villageName: String
  public var items: [CheckedItem]
  /// Notices the village received this year up to this inspection, this one included.
  public var noticesThisYear: Int
  /// The run of consecutive notice months this inspection completes or extends.
  public var accountability: AccountabilityFlag?

  public init(
    township: String, inspection: Inspection, roster: Roster, rules: SupervisionRules,
    inspections: [Inspection]
  ) {
    self.township = township
    self.inspection = inspection
    villageName = roster.villageName(inspection.village)
    let failed = Set(inspection.failed ?? [])
    items = inspection.items.map { id in
      let item = rules.checklistItem(id)
      return CheckedItem(
        id: id, zh: item?.zh ?? id, en: item?.en ?? id, passed: !failed.contains(id))
    }
    let upTo = inspections.filter {
      $0.village == inspection.village && ($0.date, $0.id) <= (inspection.date, inspection.id)
    }
    noticesThisYear = upTo.count {
      $0.outcome == .criticised && $0.date.year == inspection.date.year
    }
    let month = inspection.date.yearMonth
    accountability =
      inspection.outcome == .criticised
      ? AccountabilityFlag.runs(of: inspection.village, in: upTo).last {
        $0.months.last == month
      } : nil
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let criticised = inspection.outcome == .criticised
    let checked = items.map { zh ? $0.zh : $0.en }.joined(separator: zh ? "、" : ", ")
    var blocks: [ReportDocument.Block] = [
      .facts([
        .init(zh ? "编号" : "No.", inspection.id),
        .init(zh ? "被督查村" : "Village", villageName),
        .init(zh ? "督查日期" : "Date", inspection.date.description),
        .init(zh ? "督查组" : "Inspectors", inspection.inspectors.joined(separator: zh ? "、" : ", ")),
        .init(zh ? "督查内容" : "Checked", checked.isEmpty ? ReportText.none(language) : checked),
        .init(zh ? "督查结果" : "Outcome", inspection.outcome.label(language)),
        .init(zh ? "本年通报批评" : "Notices this year", String(noticesThisYear)),
      ]),
      .table(
        .init(
          columns: [
            ReportText.left("督查项目", "Item", language), ReportText.left("结果", "Result", language),
          ],
          rows: items.map {
            [
              zh ? $0.zh : $0.en,
              $0.passed ? (zh ? "合格" : "in order") : (zh ? "存在问题" : "wanting"),
            ]
          }, empty: ReportText.none(language))),
      .heading(zh ? "发现的问题" : "Findings"),
      .paragraph(inspection.findings ?? ReportText.none(language)),
    ]
    if criticised {
      blocks.append(
        .paragraph(
          zh
            ? "根据镇村联动督查制，对\(villageName)党组织予以通报批评，结果计入堡垒指数。"
              + "连续三个月被通报批评的，启动问责程序。"
            : "Under the township–village joint inspection system, \(villageName)'s Party "
              + "organisation is criticised in this notice, and the result counts in its index. "
              + "Three consecutive months of notices start accountability."))
    }
    if let accountability {
      blocks.append(
        .paragraph(
          zh
            ? "\(villageName)已于 \(accountability.monthList.zh) 连续 \(accountability.months.count) "
              + "个月被通报批评，提请启动问责程序，由镇党委研究决定。"
            : "\(villageName) has been criticised in notices in \(accountability.monthList.en), "
              + "\(accountability.months.count) months running: accountability is proposed; "
              + "the township Party committee decides."))
    }
    return ReportDocument(
      title: zh
        ? "\(township)督查通报" + (criticised ? "（通报批评）" : "")
        : "\(township): notice of inspection" + (criticised ? " (criticism)" : ""),
      subtitle: zh
        ? "\(inspection.id)，\(inspection.date)" : "\(inspection.id), \(inspection.date)",
      blocks: blocks)
  }
}
