/// The lists at the end of the monthly report: who and what needs attention.
extension MonthlyReport {
  func lists(_ language: Language) -> [ReportDocument.Block] {
    let zh = language == .zh
    let none = ReportText.none(language)
    let memberColumns = Self.memberColumns(language)
    let householdColumns = [
      ReportText.left("编号", "ID", language), ReportText.left("户主", "Head", language),
      ReportText.left("村", "Village", language), ReportText.left("网格", "Grid", language),
      ReportText.left("最近走访", "Last visit", language),
    ]
    // Only the look-back window's logs are read: an older last visit is "before" its start.
    let windowStart = asOf.adding(days: -(notVisitedDays - 1))
    func lastVisit(_ day: Day?) -> String {
      day?.description ?? (zh ? "\(windowStart) 前" : "before \(windowStart)")
    }
    func households(_ entries: [HouseholdEntry]) -> ReportDocument.Table {
      .init(
        columns: householdColumns,
        rows: entries.map { [$0.id, $0.head, $0.village, $0.grid ?? "", lastVisit($0.lastVisit)] },
        empty: none)
    }
    let needColumns = [
      ReportText.left("编号", "ID", language), ReportText.left("紧急", "Colour", language),
      ReportText.left("农户", "Household", language), ReportText.prose("诉求", "Need", language),
      ReportText.left("责任人", "Handler", language), ReportText.left("期限", "Due", language),
      ReportText.right("超期天数", "Days late", language),
    ]
    let byScore = ranking.basis == "score"
    let rankColumns =
      [
        ReportText.right("名次", "Rank", language), ReportText.left("党员", "Member", language),
        ReportText.left("村", "Village", language),
      ] + (byScore ? [ReportText.right("积分", "Score", language)] : []) + [
        ReportText.right("走访", "Visits", language),
        ReportText.right("走访户数", "Households", language),
      ]
    func ranks(_ entries: [RankEntry]) -> ReportDocument.Table {
      .init(
        columns: rankColumns,
        rows: entries.map {
          [String($0.rank), $0.name, $0.village] + (byScore ? [$0.score?.description ?? ""] : [])
            + [String($0.visits), String($0.householdsVisited)]
        }, empty: none)
    }
    return [
      .heading(
        zh
          ? "本月未走访的党员（\(membersWithoutVisits.count)）"
          : "Members with no visit (\(membersWithoutVisits.count))"),
      .table(
        .init(
          columns: memberColumns,
          rows: membersWithoutVisits.map { [$0.id, $0.name, $0.village, $0.grid ?? "", $0.phone] },
          empty: none)),
      .heading(
        zh
          ? "近 \(notVisitedDays) 天未走访的农户（\(householdsNotVisited.count)）"
          : "Households not visited in \(notVisitedDays) days (\(householdsNotVisited.count))"),
      .table(households(householdsNotVisited)),
      .heading(
        zh
          ? "未联户的农户（\(unlinkedHouseholds.count)）"
          : "Households without a member (\(unlinkedHouseholds.count))"),
      .table(households(unlinkedHouseholds)),
      .heading(zh ? "超期诉求（\(overdueNeeds.count)）" : "Overdue needs (\(overdueNeeds.count))"),
      .table(
        .init(
          columns: needColumns,
          rows: overdueNeeds.map {
            [
              $0.id, $0.urgency.label(language), $0.head, $0.text, $0.handler, $0.due.description,
              String($0.daysOverdue),
            ]
          }, empty: none)),
      .heading(
        ranking.basis == "score"
          ? (zh ? "本月排名前列（按当月积分）" : "Top of the month (by the month's score)")
          : (zh ? "本月排名前列（按走访次数）" : "Top of the month (by visits)")),
      .table(ranks(ranking.top)),
      .heading(zh ? "本月排名靠后" : "Bottom of the month"),
      .table(ranks(ranking.bottom)),
    ]
  }

  static func memberColumns(_ language: Language) -> [TextTable.Column] {
    [
      ReportText.left("编号", "ID", language), ReportText.left("党员", "Member", language),
      ReportText.left("村", "Village", language), ReportText.left("网格", "Grid", language),
      ReportText.left("电话", "Phone", language),
    ]
  }

  /// The members short of the monthly activity rule: after every older table, so the sheets
  /// of a workbook made before it keep their places.
  func activityList(_ language: Language) -> [ReportDocument.Block] {
    let zh = language == .zh
    return [
      .heading(
        zh
          ? "本月活动未达要求的党员（\(membersShortOfActivities.count)）"
          : "Members short of the monthly activities (\(membersShortOfActivities.count))"),
      .table(
        .init(
          columns: Self.memberColumns(language)
            + [ReportText.right("活动/应有", "Held/due", language)],
          rows: membersShortOfActivities.map {
            [
              $0.id, $0.name, $0.village, $0.grid ?? "", $0.phone,
              "\($0.activities)/\($0.required)",
            ]
          }, empty: ReportText.none(language))),
    ]
  }
}
