/// Several townships' monthly figures side by side, with the county's total: the roll-up
/// a county office prints from its townships' data folders.
public struct CountyReport: Codable, Hashable, Sendable {
  public struct Row: Codable, Hashable, Sendable {
    public var township: String
    public var code: String?
    public var villages: Int
    public var grids: Int
    public var members: Int
    public var households: Int
    public var linkedHouseholds: Int
    public var linkedShare: Double?
    public var visits: Int
    public var householdsVisited: Int
    public var householdsVisitedShare: Double?
    public var averageHouseholdsVisitedPerMember: Double?
    public var opinions: Int
    public var needsRaised: Int
    public var needsResolved: Int
    public var needsOpen: Int
    public var needsOverdue: Int
    /// Needs closed in the month and the satisfied among them, for the rate.
    public var needsClosed: Int
    public var needsSatisfied: Int
    public var satisfactionRate: Double?
  }

  public var month: YearMonth
  public var townships: [Row]
  public var total: Row

  /// - Parameter reports: one monthly report per township, same month.
  public init(month: YearMonth, reports: [MonthlyReport]) {
    self.month = month
    townships = reports.map(Self.row)
    var total = Row(
      township: "合计", code: nil, villages: 0, grids: 0, members: 0, households: 0,
      linkedHouseholds: 0, visits: 0, householdsVisited: 0, opinions: 0, needsRaised: 0,
      needsResolved: 0, needsOpen: 0, needsOverdue: 0, needsClosed: 0, needsSatisfied: 0)
    var visitedPerMember = 0.0
    for (row, report) in zip(townships, reports) {
      total.villages += row.villages
      total.grids += row.grids
      total.members += row.members
      total.households += row.households
      total.linkedHouseholds += row.linkedHouseholds
      total.visits += row.visits
      total.householdsVisited += row.householdsVisited
      total.opinions += row.opinions
      total.needsRaised += row.needsRaised
      total.needsResolved += row.needsResolved
      total.needsOpen += row.needsOpen
      total.needsOverdue += row.needsOverdue
      total.needsClosed += row.needsClosed
      total.needsSatisfied += row.needsSatisfied
      visitedPerMember +=
        (report.summary.averageHouseholdsVisitedPerMember ?? 0) * Double(row.members)
    }
    total.linkedShare = .share(total.linkedHouseholds, of: total.households)
    total.householdsVisitedShare = .share(total.householdsVisited, of: total.households)
    total.averageHouseholdsVisitedPerMember =
      total.members == 0 ? nil : (visitedPerMember / Double(total.members) * 10).rounded() / 10
    total.satisfactionRate = .share(total.needsSatisfied, of: total.needsClosed)
    self.total = total
  }

  static func row(_ report: MonthlyReport) -> Row {
    let s = report.summary
    let answers = s.needs.satisfaction
    let closed = answers.satisfied + answers.basicallySatisfied + answers.dissatisfied
    return Row(
      township: report.township, code: report.code, villages: s.villages, grids: s.grids,
      members: s.members, households: s.households, linkedHouseholds: s.linkedHouseholds,
      linkedShare: s.linkedShare, visits: s.visits, householdsVisited: s.householdsVisited,
      householdsVisitedShare: s.householdsVisitedShare,
      averageHouseholdsVisitedPerMember: s.averageHouseholdsVisitedPerMember, opinions: s.opinions,
      needsRaised: s.needs.raised, needsResolved: s.needs.resolved, needsOpen: s.needs.open,
      needsOverdue: s.needs.overdue, needsClosed: closed,
      needsSatisfied: answers.satisfied + answers.basicallySatisfied, satisfactionRate: answers.rate
    )
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    // The villages and opinions columns stay in the JSON; 80 columns hold the rest.
    let columns = [
      ReportText.left("乡镇", "Township", language), ReportText.right("党员", "Members", language),
      ReportText.right("农户", "Homes", language), ReportText.right("联户率", "Linked", language),
      ReportText.right("走访", "Visits", language), ReportText.right("覆盖率", "Covered", language),
      ReportText.right("人均户", "Per mbr", language), ReportText.right("诉求", "Needs", language),
      ReportText.right("办结", "Done", language), ReportText.right("满意率", "Satisf.", language),
    ]
    let rows = (townships + [total]).map { row -> [String] in
      [
        row.township == "合计" && !zh ? "Total" : row.township, String(row.members),
        String(row.households), ReportText.percent(row.linkedShare), String(row.visits),
        ReportText.percent(row.householdsVisitedShare),
        // An average, never a sum: always with its decimal, so no one adds the column.
        row.averageHouseholdsVisitedPerMember.map { String(format: "%.1f", $0) } ?? "—",
        String(row.needsRaised),
        String(row.needsResolved), ReportText.percent(row.satisfactionRate),
      ]
    }
    return ReportDocument(
      title: zh
        ? "党员联户工作月报汇总（\(ReportText.month(month, language))）"
        : "Party member household liaison: townships' monthly figures, \(month)",
      subtitle: zh ? "共 \(townships.count) 个乡镇" : "\(townships.count) townships",
      blocks: [
        .table(.init(columns: columns, rows: rows)),
        .chart(
          .init(
            title: zh ? "各乡镇走访覆盖率" : "Households visited, by township",
            bars: townships.map { .init($0.township, ($0.householdsVisitedShare ?? 0) * 100) },
            unit: "%")),
      ])
  }
}
