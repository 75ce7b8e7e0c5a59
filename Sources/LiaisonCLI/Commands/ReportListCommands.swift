import LiaisonCore

/// The reports other than the monthly one: weekly display, coverage, public table, cards,
/// worksheet.
enum ReportListCommands {
  static let villageOption = OptionSpec.value(
    "village", "village", en: "Only this village.", zh: "只看此村。")

  static var commands: [Command] {
    [
      weekly, coverage, publicTable, commitments, cards, worksheet, ReportHouseholdCommand.command,
      ReportFocusGroupsCommand.command, ReportGridSignsCommand.command,
      ReportSignRegisterCommand.command,
    ]
  }

  /// Each member's commitments for the year of `day`, by member id.
  static func commitmentTexts(_ session: StoreSession, year: Int) throws -> [String: [String]] {
    Dictionary(grouping: try session.commitments().filter { $0.year == year }, by: \.member)
      .mapValues { $0.sorted { $0.id < $1.id }.map(\.text) }
  }

  static let weekly = Command(
    "weekly", en: "The Friday display (周晾晒): each member's visits and needs that week.",
    zh: "周晾晒：每名党员本周的走访和诉求办理情况。",
    options: [
      .value(
        "week", "week",
        en: "2026-W48, a day in the week, this-week or last-week (default: last week on "
          + "Monday and Tuesday, else this week).",
        zh: "周次：2026-W48、该周某日、本周或上周（默认：周一、周二为上周，其余为本周）。"),
      villageOption,
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let week = try context.week("week") ?? IsoWeek.lastReportable(on: today)
      try CommandContext.refuseFuture(week.monday, today: today, option: "week")
      let (report, settings) = try context.store().reading { session in
        (
          try WeeklyReport.make(
            week, session: session, today: today,
            village: context.value("village").map { try session.roster().village($0).id }),
          try session.formSettings()
        )
      }
      try context.emitReport(report, report.document, signedWith: settings)
    })

  static let coverage = Command(
    "coverage", en: "Last visit and visit count of every village, grid, member and household.",
    zh: "覆盖情况：各村、网格、党员、农户的最近走访和走访次数。",
    options: [
      villageOption,
      .value(
        "period", "period",
        en: "Count only this period's visits (2026-11, 2026-Q4, 2026-H2, 2026), the roster as "
          + "of its end (default: every visit up to today).",
        zh: "只统计此时期的走访（2026-11、2026-Q4、2026-H2、2026），名册按期末计（默认：截至今天的全部走访）。"),
      .value(
        "sort", "order", en: "last-visit (never visited first), visits (fewest first) or name.",
        zh: "排序：last-visit（从未走访的在前）、visits（次数少的在前）或 name。",
        choices: CoverageSort.rawValues),
      .value(
        "min-households", "number", en: "Linked households a member should have (default 7).",
        zh: "每名党员应联系的户数（默认 7）。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let minimum = try context.integer("min-households") ?? 7
      guard (1...1_000).contains(minimum) else {
        throw RosterError.invalidValue(
          field: "min-households", value: String(minimum),
          expected: Localized(en: "a number from 1 to 1000", zh: "1 到 1000 之间的数"))
      }
      let sort = try context.choice(CoverageSort.self, "sort") ?? .lastVisit
      let period = try context.period("period")
      if let period {
        try CommandContext.refuseFuture(period.first, today: today, option: "period")
      }
      let (report, settings) = try context.store().reading { session in
        (
          try CoverageReport.make(
            session: session, today: today,
            village: context.value("village").map { try session.roster().village($0).id },
            minimum: minimum, sort: sort, period: period),
          try session.formSettings()
        )
      }
      try context.emitReport(report, report.document, signedWith: settings)
    })

  static let publicTable = Command(
    "public-table", en: "The public information table (公示信息表) of one village.",
    zh: "某村党员联户公示信息表。",
    options: [
      .value("village", "village", en: "The village.", zh: "村。", required: true),
      .flag(
        "show-phones", en: "Print households' phones whole (masked by default).",
        zh: "完整显示农户电话（默认隐去中间数字）。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let report = try context.store().reading { session in
        let roster = try session.roster()
        return PublicTable(
          village: try roster.village(context.value("village") ?? ""), roster: roster,
          township: session.manifest.township.name, asOf: today,
          showPhones: context.flag("show-phones"),
          commitments: try commitmentTexts(session, year: today.year),
          settings: try session.formSettings())
      }
      try context.emitReport(report, report.document)
    })

  static let commitments = Command(
    "commitments", en: "Commitment letters (承诺践诺书), one page per member for a year.",
    zh: "承诺践诺书：每名党员一页。",
    options: [
      .value("year", "YYYY", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      villageOption,
      .flag(
        "all", en: "A letter for every member, blank where none was made.", zh: "为每名党员出一页，未承诺的留空。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      guard (2000...2100).contains(year) else {
        throw RosterError.invalidValue(
          field: "year", value: String(year),
          expected: Localized(en: "a year such as 2026", zh: "年份，例如 2026"))
      }
      let asOf = min(today, Day(year: year, month: 12, day: 31)!)
      let report = try context.store().reading { session in
        let roster = try session.roster()
        return CommitmentLetters(
          year: year, roster: roster, commitments: try session.commitments(),
          township: session.manifest.township.name, asOf: asOf,
          village: try context.value("village").map { try roster.village($0).id },
          everyone: context.flag("all"))
      }
      try context.emitReport(report, report.document)
    })

  static let cards = Command(
    "cards", en: "Liaison cards (连心卡) to cut out, one per link in force.", zh: "连心卡：每个现行联户关系一张。",
    options: [villageOption] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let report = try context.store().reading { session in
        let roster = try session.roster()
        return LiaisonCards(
          roster: roster, township: session.manifest.township.name, asOf: today,
          village: try context.value("village").map { try roster.village($0).id },
          commitments: try commitmentTexts(session, year: today.year).mapValues {
            $0.joined(separator: "；")
          }, supervisionPhone: try session.formSettings().supervisionPhone)
      }
      try context.emitReport(report, report.document)
    })

  static let worksheet = Command(
    "worksheet", en: "A member's sheet for the rounds; its CSV imports back as visits.",
    zh: "党员走访工作单；其 CSV 填好后可用 import visits 导入。",
    options: [
      .value("member", "member", en: "The member.", zh: "党员。", required: true),
      .value("month", "YYYY-MM", en: "The month (default: this month).", zh: "月份（默认本月）。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let month = try context.month("month") ?? today.yearMonth
      let report = try context.store().reading { session in
        try Worksheet.make(
          member: context.value("member") ?? "", month: month, session: session, today: today)
      }
      try context.emitReport(report, report.document, csv: report.formCSV)
    })
}
