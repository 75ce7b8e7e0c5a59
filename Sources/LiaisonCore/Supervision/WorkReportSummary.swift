/// The township's month of villages' work reports (工作推进月报制): each village's issues
/// raised, discussed by the branch committee, assigned and resolved, the totals, and the
/// villages that have not reported.
public struct WorkReportSummary: Encodable, Sendable {
  public struct Row: Encodable, Sendable, Hashable {
    public var village: String
    public var name: String
    /// The report's id; nil when the village has not reported.
    public var report: String?
    public var raised: Int
    public var discussed: Int
    public var assigned: Int
    public var resolved: Int
    public var accountability: AccountabilityFlag?
  }

  public var township: String
  public var month: YearMonth
  public var villages: [Row]
  public var totals: Row
  public var reported: Int

  public init(
    township: String, month: YearMonth, roster: Roster, reports: [WorkReport],
    inspections: [Inspection], today: Day
  ) {
    self.township = township
    self.month = month
    let asOf = min(month.lastDay, today)
    let period = Period(month: month)
    let byVillage = Dictionary(
      reports.filter { $0.month == month }.map { ($0.village, $0) },
      uniquingKeysWith: { first, _ in first })
    villages = roster.asOf(asOf).villages.map { village in
      let report = byVillage[village.id]
      return Row(
        village: village.id, name: village.name, report: report?.id, raised: report?.raised ?? 0,
        discussed: report?.discussed ?? 0, assigned: report?.assigned ?? 0,
        resolved: report?.resolved ?? 0,
        accountability: AccountabilityFlag.shown(
          for: village.id, in: inspections, period: period, asOf: asOf))
    }
    totals = Row(
      village: "", name: "", report: nil, raised: villages.reduce(0) { $0 + $1.raised },
      discussed: villages.reduce(0) { $0 + $1.discussed },
      assigned: villages.reduce(0) { $0 + $1.assigned },
      resolved: villages.reduce(0) { $0 + $1.resolved })
    reported = villages.count { $0.report != nil }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let missing = villages.filter { $0.report == nil }.map(\.name)
    let rows = villages.map {
      [
        $0.name, $0.report == nil ? (zh ? "未报" : "no") : (zh ? "已报" : "yes"), String($0.raised),
        String($0.discussed), String($0.assigned), String($0.resolved),
        $0.accountability.map { _ in zh ? "问责" : "yes" } ?? "",
      ]
    }
    let total = [
      zh ? "合计" : "Total", "\(reported)/\(villages.count)", String(totals.raised),
      String(totals.discussed), String(totals.assigned), String(totals.resolved), "",
    ]
    return ReportDocument(
      title: zh
        ? "\(township)村级工作推进月报汇总（\(ReportText.month(month, language))）"
        : "\(township): villages' monthly work reports, \(month)",
      subtitle: zh
        ? "\(villages.count) 个村中 \(reported) 个已报送。"
        : "\(reported) of \(villages.count) villages reported.",
      blocks: [
        .facts([
          .init(
            zh ? "未报送" : "Not reported",
            missing.isEmpty ? ReportText.none(language) : missing.joined(separator: zh ? "、" : ", ")
          )
        ]),
        .table(
          .init(
            columns: [
              ReportText.left("村", "Village", language),
              ReportText.left("报送", "Reported", language),
              ReportText.right("提出问题", "Raised", language),
              ReportText.right("支委研究", "Discussed", language),
              ReportText.right("交办", "Assigned", language),
              ReportText.right("办结", "Resolved", language),
              ReportText.left("问责", "Accountability", language),
            ], rows: rows + [total], empty: ReportText.none(language))),
      ])
  }
}
