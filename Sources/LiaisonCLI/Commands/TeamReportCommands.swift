import LiaisonCore

/// `liaison team week|clear|levels`, and the month and year reports: what the township
/// shows and ranks (一周一晾晒，一月一排名).
enum TeamReportCommands {
  static var commands: [Command] { [week, lists, clear, levels] + TeamPeriodCommands.commands }

  static let week = Command(
    "week", en: "The teams' week (Friday display, 周五晒成效): lists, work, ratings, clearing.",
    zh: "组团周晒成效：清单、服务记录、村评价与清零情况。",
    options: [
      TeamTaskCommands.weekOption, .value("team", "team", en: "Only this team.", zh: "只看此服务团。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let week = try context.week("week") ?? IsoWeek(containing: today)
      try CommandContext.refuseFuture(week.monday, today: today, option: "week")
      let report = try context.store().reading { session in
        try TeamWeekReport.make(week, session: session, today: today, team: context.value("team"))
      }
      try context.emitReport(report, report.document)
    })

  static let lists = Command(
    "lists", en: "A team's lists for posting (三张清单): the year's and the week's.",
    zh: "服务团工作清单（三张清单），供张贴公示：年度清单与本周清单。",
    arguments: [TeamCommands.reference],
    options: [TeamTaskCommands.weekOption] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let week = try context.week("week") ?? IsoWeek(containing: today)
      let lists = try context.store().reading { session in
        let records = try session.teamRecords()
        return TeamLists(
          team: try records.team(context.argument), week: week, records: records,
          roster: try session.roster(), today: today)
      }
      try context.emitReport(lists, lists.document)
    })

  static let clear = Command(
    "clear", en: "Check that a week's list is cleared (周日必清零): every task done or carried.",
    zh: "核对一周清单是否清零：每项任务已完成或已结转。",
    options: [
      TeamTaskCommands.weekOption, .value("team", "team", en: "Only this team.", zh: "只看此服务团。"),
      CommandContext.todayOption,
    ],
    run: { context in
      let today = try context.reportToday()
      let week = try context.week("week") ?? IsoWeek(containing: today)
      let report = try context.store().reading { session in
        try TeamWeekReport.make(week, session: session, today: today, team: context.value("team"))
      }
      let open = report.tasks.filter { $0.state == .open }
      guard open.isEmpty else {
        let list = open.map { "\n  \($0.id)  \($0.team)  \($0.text)  \($0.assignee)" }.joined()
        throw TeamError.rule(
          Localized(
            en: "\(week) is not cleared: \(open.count) tasks neither done nor carried; "
              + "'team task done ID --result …' or 'team task carry ID --reason …' clears each:"
              + list,
            zh: "\(week) 尚未清零：\(open.count) 项任务既未完成也未结转；请逐项用 'team task done 编号 --result …' "
              + "或 'team task carry 编号 --reason …' 处理：" + list))
      }
      context.say(
        Localized(
          en: "\(week) is cleared: \(report.tasks.count) tasks, each done, carried or dropped.",
          zh: "\(week) 已清零：\(report.tasks.count) 项任务均已完成、结转或撤销。"))
    })

  static let levels = Command(
    "levels", en: "The four levels' time limits and who answers for each (rules/teams.json).",
    zh: "四个等级的完成时限与责任干部（rules/teams.json）。", options: [.output],
    run: { context in
      let levels = try context.store().reading { try $0.teamLevels() }
      let zh = context.language == .zh
      let rows = NeedUrgency.allCases.map { urgency in
        let level = levels.level(urgency)
        let who =
          level.responsible == TeamLevels.assignee
          ? (zh ? "承办人" : "assignee") : TeamRole.label(level.responsible, context.language)
        return [urgency.label(context.language), String(level.days), who]
      }
      context.output(
        TextTable(
          columns: [
            .init(zh ? "等级" : "Level"), .init(zh ? "时限（天）" : "Days", alignment: .right),
            .init(zh ? "责任干部" : "Answers"),
          ], rows: rows
        ).render(width: context.width))
    })
}
