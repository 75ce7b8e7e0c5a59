/// The monthly report's tables of villages and grids, each closed by a total row that
/// equals the summary — and, where the rows do not hold everything (households and
/// members in no grid), a row saying what the rest is.
extension MonthlyReport {
  /// The township's figures as one area row: what the villages' rows add up to.
  var totalRow: AreaRow {
    let s = summary
    return AreaRow(
      id: "", name: "", village: nil, members: s.members, households: s.households,
      linkedHouseholds: s.linkedHouseholds, visits: s.visits,
      householdsVisited: s.householdsVisited, householdsVisitedShare: s.householdsVisitedShare,
      opinions: s.opinions, needsRaised: s.needs.raised, needsResolved: s.needs.resolved,
      needsOpen: s.needs.open, needsOverdue: s.needs.overdue)
  }

  /// What the total holds beyond `rows`, or nil when the rows hold all of it.
  func remainder(beyond rows: [AreaRow]) -> AreaRow? {
    func rest(_ figure: KeyPath<AreaRow, Int>) -> Int {
      totalRow[keyPath: figure] - rows.reduce(0) { $0 + $1[keyPath: figure] }
    }
    let households = rest(\.households)
    let visited = rest(\.householdsVisited)
    let row = AreaRow(
      id: "", name: "", village: nil, members: rest(\.members), households: households,
      linkedHouseholds: rest(\.linkedHouseholds), visits: rest(\.visits),
      householdsVisited: visited, householdsVisitedShare: .share(visited, of: households),
      opinions: rest(\.opinions), needsRaised: rest(\.needsRaised),
      needsResolved: rest(\.needsResolved), needsOpen: rest(\.needsOpen),
      needsOverdue: rest(\.needsOverdue))
    let figures = [
      row.members, row.households, row.linkedHouseholds, row.visits, row.opinions,
      row.needsRaised, row.needsResolved, row.needsOpen, row.needsOverdue,
    ]
    return figures.allSatisfy { $0 == 0 } ? nil : row
  }

  func areaTable(_ rows: [AreaRow], grids: Bool, _ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    var columns = [
      grids
        ? TextTable.Column(zh ? "网格" : "Grid", keepsWhole: true)
        : TextTable.Column(zh ? "村" : "Village", keepsWhole: true)
    ]
    if grids { columns.append(TextTable.Column(zh ? "村" : "Village", keepsWhole: true)) }
    columns += [
      ReportText.right("党员", "Members", language), ReportText.right("农户", "Homes", language),
      ReportText.right("联户率", "Linked", language), ReportText.right("走访", "Visits", language),
      ReportText.right("覆盖率", "Covered", language),
    ]
    if !grids { columns.append(ReportText.right("意见", "Opin.", language)) }
    columns += [
      ReportText.right("诉求", "Needs", language), ReportText.right("办结", "Done", language),
      ReportText.right("超期", "Late", language),
    ]
    func cells(_ row: AreaRow, name: String, village: String) -> [String] {
      var cells = [name]
      if grids { cells.append(village) }
      cells += [
        String(row.members), String(row.households),
        ReportText.percent(.share(row.linkedHouseholds, of: row.households)), String(row.visits),
        ReportText.percent(row.householdsVisitedShare),
      ]
      if !grids { cells.append(String(row.opinions)) }
      return cells + [String(row.needsRaised), String(row.needsResolved), String(row.needsOverdue)]
    }
    var body = rows.map { cells($0, name: $0.name, village: $0.village ?? "") }
    guard !body.isEmpty else {
      return .init(columns: columns, rows: [], empty: ReportText.none(language))
    }
    if let rest = remainder(beyond: rows) {
      body.append(
        cells(rest, name: grids ? (zh ? "未分网格" : "In no grid") : (zh ? "其他" : "Other"), village: "")
      )
    }
    body.append(cells(totalRow, name: zh ? "合计" : "Total", village: ""))
    return .init(columns: columns, rows: body, empty: ReportText.none(language))
  }
}
