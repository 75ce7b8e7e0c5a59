import LiaisonCore

/// `liaison team work add|list` (周二聚服务) and `liaison team rate` (组团评价).
enum TeamWorkCommands {
  static let command = Command(
    "work", aliases: ["服务", "服务记录"], en: "The service day's work: households, sites, enterprises.",
    zh: "服务记录：走访农户、项目现场、企业车间。", children: [add, list])

  static let add = Command(
    "add", en: "Log a piece of work; household visits count towards the team's coverage.",
    zh: "登记一条服务记录；走访农户计入该团的走访覆盖。",
    options: [
      TeamCommands.teamOption,
      .value(
        "kind", "kind",
        en: "household, project, enterprise or other; 农户/项目/企业/其他 work too (default: household).",
        zh: "类别：农户走访、项目现场、企业车间或其他（默认农户走访）。", choices: TeamWorkKind.rawValues),
      .list("by", "person", en: "Who went (one or more team people).", zh: "参加人员（可多人）。"),
      .value("household", "household", en: "The household visited.", zh: "走访的农户。"),
      .value("place", "text", en: "The project site or enterprise.", zh: "项目或企业名称。"),
      TeamCommands.villageOption,
      .value("result", "text", en: "What came of it.", zh: "成效。"),
      .value("solved", "number", en: "Problems it solved (default 0).", zh: "解决问题数（默认 0）。"),
      .value("task", "task", en: "The task it worked on.", zh: "对应的清单任务。"),
      TeamCommands.dateOption,
    ],
    run: { context in
      let draft = TeamWorkDraft(
        team: context.value("team") ?? "",
        kind: try context.choice(TeamWorkKind.self, "kind") ?? .household, by: context.values("by"),
        household: context.value("household"), village: context.value("village"),
        place: context.value("place"), result: context.value("result"),
        solved: try context.integer("solved") ?? 0, task: context.value("task"))
      let stamp = NeedStamp(
        date: try context.day("date"), clock: context.clock, clerk: context.clerk)
      let work = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.logWork(draft, stamp: stamp, roster: roster)
        }
      }
      context.reportAdded(
        work.id,
        Localized(
          en: "Logged \(work.id) (\(work.kind.rawValue)) on \(work.date).",
          zh: "已登记 \(work.id)（\(work.kind.chineseLabel)），\(work.date)。"))
    })

  static let list = Command(
    "list", en: "List logged work, newest last.", zh: "列出服务记录。",
    options: [
      .value("team", "team", en: "Only this team.", zh: "只看此服务团。"),
      .value("week", "YYYY-Www", en: "Only this week.", zh: "只看此周。"), .format,
    ],
    run: { context in
      let (records, roster) = try context.store().reading {
        (try $0.teamRecords(), try $0.roster())
      }
      let team = try context.value("team").map { try records.team($0).id }
      let week = try context.week("week")
      let work = records.work.filter { work in
        (team == nil || work.team == team) && (week?.contains(work.date) ?? true)
      }
      try context.emit(work, records.workListing(work, roster: roster, language: context.language))
    })

  static let rateCommand = Command(
    "rate", aliases: ["评价"], en: "Record a village's rating of its team for a week (组团评价).",
    zh: "登记村对服务团的周评价（组团评价）。",
    arguments: [TeamCommands.reference],
    options: [
      .value(
        "rating", "rating", en: "good, fairly-good, average or poor; 好/较好/一般/差 work too.",
        zh: "评价：好、较好、一般或差。", required: true, choices: ResidentRating.rawValues),
      TeamTaskCommands.weekOption, TeamCommands.villageOption,
      .value("note", "text", en: "What the village said.", zh: "村里的意见。"),
      TeamCommands.dateOption,
    ],
    run: { context in
      let week = try context.week("week") ?? IsoWeek(containing: context.clock.today)
      let rating = try context.choice(ResidentRating.self, "rating") ?? .good
      let stamp = NeedStamp(
        date: try context.day("date"), clock: context.clock, clerk: context.clerk)
      let made = try context.store().writing { session in
        try session.changeTeams { records, roster in
          try records.rate(
            context.argument, village: context.value("village"), week: week, rating: rating,
            note: context.value("note"), stamp: stamp, roster: roster)
        }
      }
      context.reportAdded(
        made.id,
        Localized(
          en: "Rated \(made.team) for \(made.week): \(made.rating.rawValue).",
          zh: "已登记 \(made.week) 评价：\(made.rating.chineseLabel)。"))
    })
}
