/// The year laid out for the township's summary: the seeds' sentence, the figures, a line
/// per team with its coverage.
extension TeamYearReport {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let rowsOut = rows.map { row in
      let t = row.tally
      let covered = row.householdsInVillages - row.householdsMissing
      return [
        t.name, t.villages.joined(separator: zh ? "、" : ", "), String(t.people),
        String(t.householdVisits), String(t.problemsSolved), String(t.done), String(t.projects),
        ReportText.percent(
          row.householdsInVillages == 0
            ? nil : Double(covered) / Double(row.householdsInVillages)),
        String(row.householdsMissing),
      ]
    }
    return ReportDocument(
      title: zh ? "\(township)组团联村 \(year) 年度成效" : "\(township): the teams' year \(year)",
      subtitle: zh ? "\(from) 至 \(to)，截至 \(asOf)。" : "\(from) to \(to), as of \(asOf).",
      blocks: [
        .paragraph(
          zh
            ? "\(teams) 个服务团联系 \(villages) 个村，\(people) 名团员走访服务群众 \(householdVisits) 人次，"
              + "解决问题 \(problemsSolved) 个，完成清单任务 \(tasksDone) 项，领办难点项目 \(hardProjects.count) 个。"
            : "\(teams) teams serving \(villages) villages: \(people) team members made "
              + "\(householdVisits) household visits, solved \(problemsSolved) problems, "
              + "finished \(tasksDone) listed tasks and led \(hardProjects.count) hard projects."),
        .facts([
          .init(zh ? "服务团" : "Teams", String(teams)),
          .init(zh ? "联系村" : "Villages served", String(villages)),
          .init(zh ? "团员" : "Team members", String(people)),
          .init(zh ? "走访服务群众（人次）" : "Household visits", String(householdVisits)),
          .init(zh ? "走访农户（户）" : "Households visited", String(households)),
          .init(zh ? "解决问题（个）" : "Problems solved", String(problemsSolved)),
          .init(zh ? "完成清单任务（项）" : "Listed tasks done", String(tasksDone)),
          .init(zh ? "结转（次）" : "Tasks carried forward", String(tasksCarried)),
          .init(zh ? "项目现场、企业（次）" : "Project-site and enterprise visits", String(siteVisits)),
          .init(zh ? "项目现场（处）" : "Project sites worked at", String(projects)),
          .init(zh ? "难点项目（个）" : "Hard projects", String(hardProjects.count)),
        ]),
        .heading(zh ? "各团成效与走访覆盖" : "Teams and their household coverage"),
        .table(
          .init(
            columns: [
              ReportText.left("服务团", "Team", language),
              ReportText.left("联系村", "Villages", language),
              ReportText.right("团员", "People", language),
              ReportText.right("走访", "Visits", language),
              ReportText.right("解决", "Solved", language),
              ReportText.right("完成", "Done", language),
              ReportText.right("现场", "Sites", language),
              ReportText.right("覆盖", "Covered", language),
              ReportText.right("未走访户", "Missing", language),
            ], rows: rowsOut, empty: ReportText.none(language))),
        .paragraph(
          zh
            ? "覆盖为联系村在册农户中本年已由该团走访的比例；每个服务团全年须走访联系村所有农户至少 1 遍。"
              + "'team coverage' 列出尚未走访的农户。"
            : "Covered is the share of the households of its villages on the roster that the team "
              + "visited this year; every household should be visited at least once a year. "
              + "'team coverage' lists those still missing."),
        .heading(zh ? "难点项目（“1+1”挂联）" : "Hard projects (1+1)"),
        .table(
          .init(
            columns: [
              ReportText.left("编号", "ID", language), ReportText.left("服务团", "Team", language),
              ReportText.left("项目", "Project", language),
              ReportText.left("牵头人", "Lead", language),
              ReportText.right("节点", "Milestones", language),
            ],
            rows: hardProjects.map {
              [$0.id, $0.team, $0.name, $0.lead, "\($0.reached)/\($0.milestones)"]
            }, empty: ReportText.none(language))),
        .paragraph(
          teamsWithoutHardProject.isEmpty
            ? (zh ? "每个服务团均已领办难点项目。" : "Every team leads a hard project.")
            : zh
              ? "尚未领办难点项目的服务团：" + teamsWithoutHardProject.joined(separator: "、") + "。"
              : "Teams leading no hard project yet: "
                + teamsWithoutHardProject.joined(separator: ", ") + "."),
      ])
  }
}
