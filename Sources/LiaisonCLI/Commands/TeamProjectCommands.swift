import LiaisonCore

/// `liaison team project add|milestone|reach|list|show`: the hard project each team leads
/// a year ("1+1" 挂联), with its milestones.
enum TeamProjectCommands {
  static let reference = ArgumentSpec.reference(
    "project", en: "The project's id, e.g. TJ001 (or just 1).", zh: "项目编号，如 TJ001（也可只写 1）。")

  static let command = Command(
    "project", aliases: ["项目", "难点项目"],
    en: "Hard projects a team leads for a year (1+1 挂联), with milestones.",
    zh: "服务团领办的年度难点项目（“1+1”挂联）及其节点。",
    children: [add, milestone, reach, list, show])

  static let add = Command(
    "add", en: "Have a team take on a hard project.", zh: "服务团领办一个难点项目。",
    options: [
      TeamCommands.teamOption,
      .value("name", "name", en: "What the project is.", zh: "项目名称。", required: true),
      .value("lead", "person", en: "Who leads it, on the team.", zh: "牵头人（该团成员）。", required: true),
      TeamCommands.villageOption,
      .value("year", "YYYY", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value("note", "text", en: "A note.", zh: "备注。"), TeamCommands.dateOption,
    ],
    run: { context in
      let stamp = NeedStamp(
        date: try context.day("date"), clock: context.clock, clerk: context.clerk)
      let year = try context.integer("year")
      let project = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.addProject(
            team: context.value("team") ?? "", name: context.value("name") ?? "",
            village: context.value("village"), lead: context.value("lead") ?? "", year: year,
            note: context.value("note"), stamp: stamp, roster: roster)
        }
      }
      context.reportAdded(
        project.id, Localized(en: "Added hard project \(project.id).", zh: "已登记难点项目 \(project.id)。")
      )
    })

  static let milestone = Command(
    "milestone", en: "Add a milestone to a project.", zh: "为项目添加节点。",
    arguments: [reference],
    options: [
      .value("text", "text", en: "What is to be reached.", zh: "节点内容。", required: true),
      .value("due", "date", en: "By when.", zh: "节点期限。", required: true),
    ],
    run: { context in
      let due = try context.day("due") ?? context.clock.today
      let project = try context.store().writing { session in
        try session.changeTeams { records, _ in
          try records.addMilestone(context.argument, text: context.value("text") ?? "", due: due)
        }
      }
      context.say(
        Localized(
          en: "\(project.id): milestone \(project.milestones.count) due \(due).",
          zh: "\(project.id)：第 \(project.milestones.count) 个节点，期限 \(due)。"))
    })

  static let reach = Command(
    "reach", en: "Record a milestone reached.", zh: "登记节点完成。",
    arguments: [reference],
    options: [
      .value("milestone", "number", en: "Which (1 for the first).", zh: "第几个节点。", required: true),
      .value("note", "text", en: "What was done.", zh: "完成情况。"), TeamCommands.dateOption,
    ],
    run: { context in
      let stamp = NeedStamp(
        date: try context.day("date"), clock: context.clock, clerk: context.clerk)
      let number = try context.integer("milestone") ?? 0
      let project = try context.store().writing { session in
        try session.changeTeams { records, _ in
          try records.reachMilestone(
            context.argument, number: number, note: context.value("note"), stamp: stamp)
        }
      }
      context.say(
        Localized(
          en: "\(project.id): milestone \(number) reached on \(stamp.date).",
          zh: "\(project.id)：第 \(number) 个节点于 \(stamp.date) 完成。"))
    })

  static let list = Command(
    "list", en: "List hard projects with their progress.", zh: "列出难点项目及进度。",
    options: [
      .value("year", "YYYY", en: "Only this year.", zh: "只看此年度。"),
      .value("team", "team", en: "Only this team.", zh: "只看此服务团。"), .format,
      CommandContext.todayOption,
    ],
    run: { context in
      let today = try context.reportToday()
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      let year = try context.integer("year")
      let team = try context.value("team").map { try records.team($0).id }
      let projects = records.projects.filter {
        (year == nil || $0.year == year) && (team == nil || $0.team == team)
      }
      try context.emit(
        projects,
        records.projectListing(
          projects, on: today, roster: roster, language: context.language))
    })

  static let show = Command(
    "show", en: "Show one project with its milestones.", zh: "查看项目及其节点。",
    arguments: [reference], options: [.format, CommandContext.todayOption],
    run: { context in
      let today = try context.reportToday()
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      let project = try records.project(context.argument)
      let listing = records.projectListing(
        [project], on: today, roster: roster, language: context.language)
      guard try context.format() == .table else { return try context.emitOne(project, listing) }
      context.output(
        listing.fieldsTable(row: 0, language: context.language, width: context.width) + "\n"
          + records.milestoneListing(project, language: context.language).table(
            context.language, width: context.width))
    })
}
