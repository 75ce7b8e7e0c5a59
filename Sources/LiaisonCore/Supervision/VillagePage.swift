/// Everything the township knows about one village's work in a period (村级工作档案页):
/// its index, rank and grade with the explanation, the accountability flag, its
/// inspections and its monthly work reports.
public struct VillagePage: Encodable, Sendable {
  public var township: String
  public var period: Period
  public var asOf: Day
  public var index: VillageIndex
  public var inspections: [Inspection]
  public var workReports: [WorkReport]
  public var checklist: [ChecklistItem]

  public init(
    board: VillageIndexBoard, village: String, records: SupervisionRecords,
    rules: SupervisionRules
  ) {
    township = board.township
    period = board.period
    asOf = board.asOf
    index = board.index(of: village)!
    let counted = { (day: Day) in board.period.first <= day && day <= board.asOf }
    inspections = records.inspections.filter { $0.village == village && counted($0.date) }
      .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    workReports = records.workReports.filter { $0.village == village && counted($0.month.firstDay) }
      .sorted { $0.month < $1.month }
    checklist = rules.checklist
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    func label(_ id: String) -> String {
      checklist.first { $0.id == id }.map { zh ? $0.zh : $0.en } ?? id
    }
    let separator = zh ? "、" : ", "
    return ReportDocument(
      title: zh
        ? "\(township)\(index.name)工作情况（\(period)）"
        : "\(township), \(index.name): the period's work, \(period)",
      subtitle: zh ? "截至 \(asOf)" : "as of \(asOf)",
      blocks: [
        .facts([
          .init(zh ? "堡垒指数" : "Index", index.index.description),
          .init(zh ? "名次" : "Rank", String(index.rank)),
          .init(zh ? "等次" : "Grade", index.grade),
          .init(
            zh ? "村干部颜色" : "Cadres' colour",
            index.colour.map { colour in
              colour.label(language)
                + (colour.consequence(language).map { ReportText.bracketed($0, language) } ?? "")
            } ?? ReportText.none(language)),
          .init(
            zh ? "启动问责程序" : "Accountability",
            index.accountability.map {
              zh ? "\($0.monthList.zh) 连续通报批评" : "notices in \($0.monthList.en)"
            } ?? ReportText.none(language)),
        ]),
        .heading(zh ? "督查" : "Inspections"),
        .table(
          .init(
            columns: [
              ReportText.left("日期", "Date", language), ReportText.left("编号", "No.", language),
              ReportText.left("结果", "Outcome", language),
              ReportText.left("存在问题", "Wanting", language),
              ReportText.left("发现的问题", "Findings", language),
            ],
            rows: inspections.map {
              [
                $0.date.description, $0.id, $0.outcome.label(language),
                ($0.failed ?? []).map(label).joined(separator: separator), $0.findings ?? "",
              ]
            }, empty: ReportText.none(language))),
        .heading(zh ? "工作推进月报" : "Monthly work reports"),
        .table(
          .init(
            columns: [
              ReportText.left("月份", "Month", language),
              ReportText.right("提出问题", "Raised", language),
              ReportText.right("支委研究", "Discussed", language),
              ReportText.right("交办", "Assigned", language),
              ReportText.right("办结", "Resolved", language),
            ],
            rows: workReports.map {
              [
                $0.month.description, String($0.raised), String($0.discussed), String($0.assigned),
                String($0.resolved),
              ]
            }, empty: ReportText.none(language))),
        .heading(zh ? "堡垒指数说明" : "The index explained"),
        .paragraph(index.headline(language)),
        .table(index.explanationTable(language)),
        .heading(zh ? "所依据的记录" : "The records behind it"), index.recordFacts(language),
      ])
  }
}
