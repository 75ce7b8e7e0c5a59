/// The week's display laid out for printing and posting on the village's DingTalk or WeChat
/// group (周五晒成效): the township's figures, a line per team, then each team's list and
/// work in its own section, narrow enough for 80 columns.
extension TeamWeekReport {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let total = { (value: (TeamRow) -> Int) in String(teams.reduce(0) { $0 + value($1) }) }
    var blocks: [ReportDocument.Block] = [
      .facts([
        .init(zh ? "服务团" : "Teams", String(teams.count)),
        .init(zh ? "清单任务" : "Tasks on the lists", total(\.tasks)),
        .init(zh ? "其中上周结转" : "Carried in from last week", total(\.carriedIn)),
        .init(zh ? "已完成" : "Done", total(\.done)),
        .init(zh ? "结转下周" : "Carried into next week", total(\.carriedOn)),
        .init(zh ? "未完成" : "Still open", total(\.open)),
        .init(zh ? "超期" : "Overdue", total(\.overdue)),
        .init(zh ? "走访农户（户次）" : "Household visits", total(\.householdVisits)),
        .init(zh ? "项目现场、企业" : "Project sites and enterprises", total(\.siteVisits)),
        .init(zh ? "解决问题" : "Problems solved", total(\.problemsSolved)),
      ]),
      .heading(zh ? "各团一览" : "Teams"),
      .table(
        .init(
          columns: [
            ReportText.left("服务团", "Team", language), ReportText.left("团长", "Leader", language),
            ReportText.right("清单", "Tasks", language), ReportText.right("完成", "Done", language),
            ReportText.right("结转", "Carried", language),
            ReportText.right("未完成", "Open", language),
            ReportText.right("走访户次", "Visits", language),
            ReportText.right("解决问题", "Solved", language),
            ReportText.left("清零", "Cleared", language),
          ],
          rows: teams.map { row in
            [
              row.name, row.leader, String(row.tasks), String(row.done), String(row.carriedOn),
              String(row.open), String(row.householdVisits), String(row.problemsSolved),
              row.cleared ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
            ]
          }, empty: ReportText.none(language))),
    ]
    for row in teams { blocks += section(row, language) }
    return ReportDocument(
      title: zh ? "\(township)组团联村周晒成效（\(week)）" : "\(township): the teams' week, \(week)",
      subtitle: zh ? "\(from) 至 \(to)，截至 \(asOf)。" : "\(from) to \(to), as of \(asOf).",
      blocks: blocks)
  }

  /// One team's section: its villages and ratings, its list, and its work.
  private func section(_ row: TeamRow, _ language: Language) -> [ReportDocument.Block] {
    let zh = language == .zh
    let separator = zh ? "、" : ", "
    let mine = tasks.filter { $0.teamID == row.team }
    let work = work.filter { $0.teamID == row.team }
    let ratings = row.ratings.map { "\($0.village) \($0.rating.label(language))" }
    let none = ReportText.none(language)
    return [
      .heading("\(row.team) \(row.name)"),
      .facts([
        .init(zh ? "联系村" : "Villages", row.villages.joined(separator: separator)),
        .init(
          zh ? "村评价" : "Rated by the village",
          ratings.isEmpty ? none : ratings.joined(separator: separator)),
      ]),
      .table(
        .init(
          columns: [
            ReportText.left("编号", "Task", language), ReportText.left("村", "Village", language),
            ReportText.left("清单", "List", language), ReportText.left("等级", "Level", language),
            ReportText.left("承办人", "Assignee", language),
            ReportText.left("责任干部", "Answers", language),
            ReportText.left("期限", "Due", language), ReportText.left("情况", "State", language),
          ],
          rows: mine.map { task in
            [
              task.id, task.village, TeamText.list(task.list, language), task.level.label(language),
              task.assignee, task.responsible, task.due.description, task.state.label(language),
            ]
          }, empty: none)),
      .table(
        .init(
          columns: [
            ReportText.left("编号", "Task", language), ReportText.prose("任务", "What", language),
            ReportText.left("结果或原因", "Result or reason", language),
          ],
          rows: mine.map { task in
            [
              task.id, task.text + (task.carriedIn ? (zh ? "（结转）" : " (carried in)") : ""),
              task.note ?? "",
            ]
          }, empty: none)),
      .table(
        .init(
          columns: [
            ReportText.left("日期", "Date", language), ReportText.left("类别", "Kind", language),
            ReportText.left("对象", "Where", language), ReportText.left("人员", "By", language),
            ReportText.right("解决", "Solved", language), ReportText.left("结果", "Result", language),
          ],
          rows: work.map { work in
            [
              work.date.description, work.kind.label(language), work.place,
              work.by.joined(separator: separator), String(work.solved), work.result ?? "",
            ]
          }, empty: zh ? "本周无服务记录" : "no work logged this week")),
    ]
  }
}
