import LiaisonCore

/// `liaison team …`: service teams linking villages (组团联村) and their "1250" week.
enum TeamCommands {
  static let reference = ArgumentSpec.reference(
    "team", en: "The team's id (T01, or just 1) or exact name.", zh: "服务团编号（如 T01，也可只写 1）或全称。")
  static let dateOption = OptionSpec.value(
    "date", "date", en: "The day it happened (default: today).", zh: "发生日期（默认今天）。", short: "d")
  static let teamOption = OptionSpec.value(
    "team", "team", en: "The team (id or name).", zh: "服务团（编号或名称）。", required: true)
  static let villageOption = OptionSpec.value(
    "village", "village", en: "The village (default: the team's only village).",
    zh: "村（默认为该团唯一联系的村）。")

  static let command = Command(
    "team", aliases: ["组团", "服务团", "teams"],
    en: "Service teams linking villages (组团联村) and their weekly lists.",
    zh: "组团联村：服务团、团员、每周清单与成效。",
    discussion: Localized(
      en: "The \"1250\" week: Monday the plan ('team task add'), Tuesday the service day "
        + "('team work add'), Friday the results shown and rated ('team week', 'team rate'), "
        + "Sunday cleared ('team task done' or 'team task carry', then 'team clear'). A task "
        + "not done is carried into the next week's list with its reason; nothing is deleted.",
      zh: "“1250”工作法：周一排清单（'team task add'），周二聚服务（'team work add'），"
        + "周五晒成效并由村评价（'team week'、'team rate'），周日必清零（'team task done' 或 "
        + "'team task carry'，再用 'team clear' 核对）。不完成不脱钩：未完成的任务连同原因结转到下周清单，记录不删除。"),
    children: [
      TeamPersonCommands.command, addCommand, listCommand, showCommand,
    ] + TeamSeatCommands.commands + [
      TeamTaskCommands.command, TeamWorkCommands.command, TeamWorkCommands.rateCommand,
      TeamProjectCommands.command,
    ] + TeamReportCommands.commands)

  static let addCommand = Command(
    "add", en: "Form a team with its leader and the villages it serves.",
    zh: "组建服务团，指定团长和联系村。",
    options: [
      .value("name", "name", en: "The team's name.", zh: "服务团名称。", required: true),
      .value(
        "leader", "person", en: "The leader (团长), a team person.", zh: "团长（组团人员）。",
        required: true),
      .list("village", "village", en: "The villages it serves.", zh: "联系的村（可多个）。"),
      .value("from", "date", en: "The day it starts (default: today).", zh: "开始日期（默认今天）。"),
      .value("note", "text", en: "A note.", zh: "备注。"),
    ],
    run: { context in
      let from = try context.day("from") ?? context.clock.today
      let team = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.addTeam(
            name: context.value("name") ?? "", leader: context.value("leader") ?? "",
            villages: context.values("village"), from: from, note: context.value("note"),
            roster: roster)
        }
      }
      context.reportAdded(
        team.id,
        Localized(en: "Formed team \(team.id) \(team.name).", zh: "已组建服务团 \(team.id) \(team.name)。")
      )
    })

  static let listCommand = Command(
    "list", en: "List the teams as they stand on a day.", zh: "列出服务团（某日的组成）。",
    options: [
      .value("on", "date", en: "The day (default: today).", zh: "日期（默认今天）。"), .format,
    ],
    run: { context in
      let day = try context.day("on") ?? context.clock.today
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      try context.emit(
        records.teams,
        records.teamListing(records.teams, on: day, roster: roster, language: context.language))
    })

  static let showCommand = Command(
    "show", en: "Show one team with every seat and village, past ones included.",
    zh: "查看服务团及其历次人员和联系村。",
    arguments: [reference], options: [.format, CommandContext.todayOption],
    run: { context in
      let today = try context.reportToday()
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      let team = try records.team(context.argument)
      let listing = records.teamListing(
        [team], on: today, roster: roster, language: context.language)
      guard try context.format() == .table else { return try context.emitOne(team, listing) }
      let history = records.teamHistoryListing(team, roster: roster, language: context.language)
      context.output(
        listing.fieldsTable(row: 0, language: context.language, width: context.width) + "\n"
          + history.table(context.language, width: context.width))
    })
}
