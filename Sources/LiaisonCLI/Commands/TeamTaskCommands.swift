import LiaisonCore

/// `liaison team task add|list|show` and the moves `done|carry|cancel|note`: the week's list
/// (周一排清单) and its clearing (周日必清零).
enum TeamTaskCommands {
  static let reference = ArgumentSpec.reference(
    "task", en: "The task's id, e.g. TK00012 (or just 12).", zh: "任务编号，如 TK00012（也可只写 12）。")
  static let weekOption = OptionSpec.value(
    "week", "YYYY-Www", en: "The week, e.g. 2026-W48 (default: this week).",
    zh: "周次，如 2026-W48（默认本周）。")

  static let command = Command(
    "task", aliases: ["任务", "清单", "tasks"], en: "The teams' task lists, week by week.",
    zh: "组团任务清单（按周）。",
    children: [add, list, show] + TeamTaskMoves.commands)

  static let add = Command(
    "add", en: "Put a task on a week's list (Monday's plan).", zh: "排入一周清单（周一排清单）。",
    options: [
      TeamCommands.teamOption,
      .value("text", "text", en: "What is to be done.", zh: "任务内容。", required: true),
      .value(
        "assignee", "person", en: "Who does it, a person on the team.", zh: "承办人（该团成员）。",
        required: true),
      TeamCommands.villageOption,
      .value(
        "list", "list",
        en: "party-building, yearly-aid, weekly or common; 党建/实事/每周/共性(派单) work too "
          + "(default: weekly).",
        zh: "清单：党建重点任务清单、年度实事帮扶清单、每周个性工作清单或共性任务清单（团长派单），默认每周。",
        choices: TeamTaskList.rawValues),
      .value(
        "level", "colour",
        en: "red, orange, yellow or green; 红/橙/黄/绿 work too (default: green). Sets the due "
          + "date and who answers for it ('team levels').",
        zh: "等级：红、橙、黄或绿（默认绿），决定完成时限和责任干部（见 'team levels'）。",
        choices: NeedUrgency.rawValues),
      .value(
        "responsible", "person", en: "Who answers for it (default: as the level says).",
        zh: "责任干部（默认按等级规则）。"),
      .value(
        "week", "YYYY-Www", en: "The week's list (default: the week of --date); this or next.",
        zh: "列入哪一周的清单（默认 --date 所在周），只能是本周或下周。"),
      .value("due", "date", en: "The last day (default: from the level).", zh: "完成期限（默认按等级）。"),
      .value(
        "date", "date", en: "The day it is planned (default: today).", zh: "排定日期（默认今天）。",
        short: "d"),
    ],
    run: { context in
      let draft = TeamTaskDraft(
        team: context.value("team") ?? "", text: context.value("text") ?? "",
        assignee: context.value("assignee") ?? "", village: context.value("village"),
        list: try context.choice(TeamTaskList.self, "list") ?? .weekly,
        level: try context.choice(NeedUrgency.self, "level") ?? .green,
        responsible: context.value("responsible"), week: try context.week("week"),
        due: try context.day("due"))
      let stamp = NeedStamp(
        date: try context.day("date"), clock: context.clock, clerk: context.clerk)
      let task = try context.store().writing { session in
        let levels = try session.teamLevels()
        return try session.changeTeams { records, roster in
          try records.plan(draft, levels: levels, stamp: stamp, roster: roster)
        }
      }
      context.reportAdded(
        task.id,
        Localized(
          en:
            "Planned \(task.id) on the list of \(task.week) (\(task.level.rawValue)), due \(task.due).",
          zh: "已将 \(task.id) 排入 \(task.week) 清单（\(task.level.chineseLabel)），期限 \(task.due)。"))
    })

  static let list = Command(
    "list", en: "A week's list: the tasks planned for it or carried into it, and how each stands.",
    zh: "一周清单：本周排定及上周结转的任务及其情况。",
    options: [
      weekOption, .value("team", "team", en: "Only this team.", zh: "只看此服务团。"),
      .flag("all", en: "Every task of every week, as it stands now.", zh: "列出所有周次的全部任务（当前情况）。"),
      .format, CommandContext.todayOption,
    ],
    run: { context in
      let today = try context.reportToday()
      let week = try context.week("week") ?? IsoWeek(containing: today)
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      let team = try context.value("team").map { try records.team($0).id }
      let asOf = min(today, week.sunday)
      let all = context.flag("all")
      let tasks = records.tasks.filter {
        (team == nil || $0.team == team) && (all || $0.standing(in: week, asOf: asOf) != nil)
      }
      try context.emit(
        tasks,
        records.taskListing(
          tasks, week: all ? nil : week, asOf: asOf, roster: roster, language: context.language))
    })

  static let show = Command(
    "show", en: "Show one task with its history.", zh: "查看任务及其经过。",
    arguments: [reference], options: [.format, CommandContext.todayOption],
    run: { context in
      let today = try context.reportToday()
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      let task = try records.task(context.argument)
      let listing = records.taskListing(
        [task], week: nil, asOf: today, roster: roster, language: context.language)
      guard try context.format() == .table else { return try context.emitOne(task, listing) }
      context.output(
        listing.fieldsTable(row: 0, language: context.language, width: context.width) + "\n"
          + records.taskHistoryListing(task, language: context.language).table(
            context.language, width: context.width))
    })
}
