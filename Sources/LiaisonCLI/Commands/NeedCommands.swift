import LiaisonCore

/// `liaison need add|list|show|week|deadlines`, and the lifecycle verbs of
/// `NeedLifecycleCommands`.
enum NeedCommands {
  static let reference = ArgumentSpec.reference(
    "need", en: "The need's id, e.g. N00012 (or just 12).", zh: "诉求编号，如 N00012（也可只写 12）。")

  static let scaleOption = OptionSpec.value(
    "scale", "scale",
    en: "small (member), medium (village) or large (township); 小事/中事/大事 work too "
      + "(default: small).",
    zh: "层级：小事（党员办）、中事（村办）或大事（乡镇办），默认小事。", choices: NeedScale.rawValues)
  static let urgencyOption = OptionSpec.value(
    "urgency", "colour",
    en: "red, orange, yellow or green; 红/橙/黄/绿 work too (default: green). Sets the due date.",
    zh: "紧急程度：红、橙、黄或绿（默认绿），决定办理期限。", choices: NeedUrgency.rawValues)
  static let supportOption = OptionSpec.value(
    "support", "kind", en: "volunteer, proxy or committee; 志愿帮扶/代办/两委跟踪 work too.",
    zh: "帮扶方式：志愿帮扶、代办或两委跟踪。", choices: NeedSupport.rawValues)
  static let todayOption = OptionSpec.value(
    "today", "date", en: "Count overdue as of this day (default: today).", zh: "按此日期计算超期（默认今天）。")

  static let command: Command = Command(
    "need", aliases: ["诉求", "needs"], en: "Residents' needs (民情诉求): raised, handled, closed.",
    zh: "群众诉求：登记、办理、办结销号。",
    discussion: Localized(
      en: "Small needs fall to the member, medium ones to the village, large ones to the "
        + "township. The colour sets the due date (red 1 day, orange 3, yellow 7, green 15 "
        + "unless 'need deadlines' says otherwise). A need is closed only when resolved, with "
        + "the household's satisfaction; nothing is ever deleted.",
      zh: "小事党员办，中事村里办，大事乡镇办。颜色决定办理期限（默认红 1 天、橙 3 天、黄 7 天、绿 15 天，"
        + "可用 'need deadlines' 修改）。不办结不销号：办结后凭农户满意度销号；任何记录都不删除。"),
    children: [
      addCommand, listCommand, showCommand, weekCommand, figuresCommand,
    ] + NeedLifecycleCommands.commands + [deadlinesCommand])

  static let addCommand = Command(
    "add", en: "Raise a need.", zh: "登记一条诉求。",
    options: [
      .value("household", "household", en: "The household.", zh: "农户。", required: true),
      .value("text", "text", en: "What the household asks for.", zh: "诉求内容。", required: true),
      scaleOption, urgencyOption, supportOption,
      .value("category", "text", en: "A category (道路, 低保 …).", zh: "类别（如道路、低保）。"),
      .value("raised-by", "member", en: "The member who raised it.", zh: "提出诉求的党员。"),
      .value(
        "handler", "who",
        en: "Who handles it: a member for a small need (default: who raised it, else the "
          + "household's A liaison); the village committee member or township office otherwise.",
        zh: "责任人：小事为党员（默认为提出人，否则为该户主联党员）；中事、大事为村两委成员或乡镇部门。"),
      .value("visit", "visit", en: "The visit it was raised on.", zh: "提出该诉求的走访。"),
      .value(
        "date", "date", en: "The day it was raised (default: today).", zh: "登记日期（默认今天）。", short: "d"
      ),
    ],
    run: { context in
      let draft = NeedDraft(
        household: context.value("household") ?? "", text: context.value("text") ?? "",
        scale: try context.choice(NeedScale.self, "scale") ?? .small,
        urgency: try context.choice(NeedUrgency.self, "urgency") ?? .green,
        support: try context.choice(NeedSupport.self, "support"),
        category: context.value("category"), raisedBy: context.value("raised-by"),
        handler: context.value("handler"), visit: context.value("visit"),
        date: try context.day("date"))
      let (need, warnings) = try context.store().writing {
        try $0.raiseNeed(draft, clock: context.clock, clerk: context.clerk)
      }
      warnings.forEach(context.warn)
      context.reportAdded(
        need.id,
        Localized(
          en:
            "Raised need \(need.id) (\(need.scale.rawValue), \(need.urgency.rawValue)), due \(need.due).",
          zh: "已登记诉求 \(need.id)（\(need.scale.chineseLabel)，\(need.urgency.chineseLabel)），"
            + "期限 \(need.due)。"))
    })

  static let listCommand = Command(
    "list",
    en: "List needs, most urgent first (default: all not yet closed or cancelled).",
    zh: "列出诉求，按紧急程度和期限排序（默认列出未销号、未撤销的）。",
    options: [
      .list(
        "status", "status", en: "Only these statuses; 待办/办理中/已办结/已销号/已撤销 work too.",
        zh: "只列这些状态：待办、办理中、已办结、已销号、已撤销。", choices: NeedStatus.rawValues),
      .flag("all", en: "Include closed and cancelled needs.", zh: "包括已销号和已撤销的。"),
      .value(
        "scale", "scale", en: "Only this scale: small, medium or large; 小事/中事/大事 work too.",
        zh: "只列此层级：小事、中事或大事。", choices: NeedScale.rawValues),
      .value(
        "urgency", "colour",
        en: "Only this colour: red, orange, yellow or green; 红/橙/黄/绿 work too.",
        zh: "只列此紧急程度：红、橙、黄或绿。", choices: NeedUrgency.rawValues),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("grid", "grid", en: "Only this grid.", zh: "只列此网格。"),
      .value(
        "member", "member", en: "Only needs this member raised or handles.", zh: "只列此党员提出或负责的。"),
      .value("household", "household", en: "Only this household.", zh: "只列此农户。"),
      .flag("overdue", en: "Only needs past their due date.", zh: "只列已超期的。"),
      .value(
        "week", "YYYY-Www", en: "Only needs raised that week, e.g. 2026-W48.",
        zh: "只列该周登记的，如 2026-W48。"),
      todayOption, .format,
    ],
    run: { context in
      let today = try context.reportToday()
      let (needs, roster) = try context.store().reading { session in
        let roster = try session.roster()
        var filter = NeedFilter()
        if context.flag("status") {
          filter.statuses = Set(
            try context.values("status").map {
              try CommandContext.choice(NeedStatus.self, $0, option: "status")
            })
        }
        filter.all = context.flag("all")
        filter.scale = try context.choice(NeedScale.self, "scale")
        filter.urgency = try context.choice(NeedUrgency.self, "urgency")
        filter.village = try context.value("village").map { try roster.village($0).id }
        filter.grid = try context.value("grid").map {
          try roster.grid($0, inVillage: filter.village).id
        }
        filter.member = try context.value("member").map { try roster.member($0).id }
        filter.household = try context.value("household").map { try roster.household($0).id }
        filter.overdueOn = context.flag("overdue") ? today : nil
        filter.week = try context.week("week")
        let households = roster.householdsByID
        let needs = try session.needs().filter { filter.matches($0, householdsByID: households) }
        return (NeedFilter.sorted(needs), roster)
      }
      try context.emit(needs, roster.needListing(needs, today: today, language: context.language))
    })

  static let showCommand = Command(
    "show", en: "Show one need with its history.", zh: "查看一条诉求及其办理经过。",
    arguments: [reference], options: [todayOption, .format],
    run: { context in
      let today = try context.reportToday()
      let (need, roster) = try context.store().reading { session in
        (try session.need(context.argument), try session.roster())
      }
      let listing = roster.needListing([need], today: today, language: context.language)
      guard try context.format() == .table else {
        return try context.emitOne(need, listing)
      }
      let history = roster.needHistoryListing(need, language: context.language)
      context.output(
        listing.fieldsTable(row: 0, language: context.language, width: context.width) + "\n"
          + (context.language == .zh ? "办理经过\n" : "History\n")
          + history.table(context.language, width: context.width))
    })

  static let weekCommand = Command(
    "week", en: "The week's needs, Monday to Sunday: raised, resolved, still open, overdue.",
    zh: "一周诉求（周一至周日）：新登记、本周办结、未办结、已超期。",
    options: [
      .value(
        "week", "YYYY-Www", en: "The week, e.g. 2026-W48 (default: this week).",
        zh: "周次，如 2026-W48（默认本周）。"),
      .value("village", "village", en: "Only this village.", zh: "只看此村。"),
      todayOption, .format,
    ],
    run: { context in
      let today = try context.reportToday()
      let week = try context.week("week") ?? IsoWeek(containing: today)
      let (view, roster) = try context.store().reading { session in
        let (needs, roster) = try session.needs(
          inVillage: context.value("village"), asOf: min(week.sunday, today))
        return (NeedWeek(week: week, needs: needs, roster: roster, today: today), roster)
      }
      switch try context.format() {
      case .json: context.output(try JSONOutput.encode(view))
      case .csv:
        let lists = [
          ("raised", view.raised), ("resolved", view.resolved), ("still-open", view.stillOpen),
          ("overdue", view.overdue),
        ]
        var listing = roster.needSummaryListing([], language: context.language)
        listing.columns.insert(.init(en: "List", zh: "清单"), at: 0)
        for (name, needs) in lists {
          let rows = roster.needSummaryListing(needs, language: context.language).rows
          listing.rows += rows.map { [name] + $0 }
        }
        context.output(listing.csv(context.language))
      case .table:
        context.output(
          view.text(roster: roster, language: context.language, width: context.width))
      }
    })

  static let figuresCommand = Command(
    "figures", en: "The needs figures of a period: raised, resolved, rates, days, satisfaction.",
    zh: "某一时期的诉求统计：登记、办结、办结率、办理天数、满意度。",
    options: [
      .value(
        "period", "period",
        en:
          "2026, 2026-H2, 2026-Q4, 2026-11, 2026-W48 or 2026-11-01..2026-11-15 (default: this month).",
        zh: "时期：2026、2026-H2、2026-Q4、2026-11、2026-W48 或 2026-11-01..2026-11-15（默认本月）。"),
      .value("village", "village", en: "Only this village.", zh: "只看此村。"),
      todayOption,
      .value(
        "format", "format", en: "table or json (default: table).",
        zh: "输出格式：table 或 json（默认 table）。",
        choices: ["table", "json"]),
    ],
    run: { context in
      let today = try context.reportToday()
      let period = try context.period("period") ?? Period(month: today.yearMonth)
      let needs = try context.store().reading { session in
        // The roster only to pick out a village's needs: the figures of all are counted from
        // needs.json alone (a third of the time at township scale went to the roster).
        guard let village = context.value("village") else { return try session.needs() }
        return try session.needs(inVillage: village, asOf: min(period.last, today)).needs
      }
      let figures = NeedFigures(period: period, needs: needs, today: today)
      switch try context.format() {
      case .json: context.output(try JSONOutput.encode(figures))
      case .table, .csv: context.output(figures.text(context.language, width: context.width))
      }
    })

  static let deadlinesCommand = Command(
    "deadlines", en: "Show or set the time limit of each colour, in days.",
    zh: "查看或设置各颜色的办理期限（天）。",
    discussion: Localized(
      en: "Kept in rules/needs.json. Needs already raised keep their due dates.",
      zh: "保存在 rules/needs.json；已登记的诉求期限不变。"),
    options: NeedUrgency.allCases.map { colour in
      .value(
        colour.rawValue, "days", en: "Days allowed for a \(colour.rawValue) need.",
        zh: "\(colour.chineseLabel)色诉求的期限天数。")
    },
    run: { context in
      let changes = try NeedUrgency.allCases.compactMap { colour in
        try context.integer(colour.rawValue).map { (colour, $0) }
      }
      let deadlines: NeedDeadlines
      if changes.isEmpty {
        deadlines = try context.store().reading { try $0.needDeadlines() }
      } else {
        deadlines = try context.store().writing { session in
          var deadlines = try session.needDeadlines()
          for (colour, days) in changes { try deadlines.set(colour, to: days) }
          try session.saveNeedDeadlines(deadlines)
          return deadlines
        }
        context.say(Localized(en: "Saved the time limits.", zh: "已保存办理期限。"))
      }
      let rows = NeedUrgency.allCases.map {
        [$0.label(context.language), String(deadlines.limit($0))]
      }
      context.output(
        TextTable(
          columns: [
            .init(context.language == .zh ? "紧急" : "Colour"),
            .init(context.language == .zh ? "期限（天）" : "Days", alignment: .right),
          ], rows: rows
        ).render(width: context.width))
    })
}
