import LiaisonCore

/// `liaison team month|year|coverage`: the monthly ranking (一月一排名), the year's figures
/// and the households a team has still to visit this year.
enum TeamPeriodCommands {
  static var commands: [Command] {
    [month, year, coverage, TeamPioneerCommand.command, TeamEvaluateCommand.command]
  }

  static let yearOption = OptionSpec.value(
    "year", "YYYY", en: "The year (default: this year).", zh: "年份（默认今年）。")

  static let month = Command(
    "month", en: "The teams' month: figures and ranking (一月一排名).", zh: "组团月排名：各团成效与名次。",
    options: [
      .value("month", "YYYY-MM", en: "The month (default: this month).", zh: "月份（默认本月）。")
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let month = try context.month("month") ?? today.yearMonth
      try CommandContext.refuseFuture(month.firstDay, today: today, option: "month")
      let report = try context.store().reading {
        try TeamMonthReport.make(month, session: $0, today: today)
      }
      try context.emitReport(report, report.document)
    })

  static let year = Command(
    "year", en: "The teams' year: people served, visits, problems solved, projects, coverage.",
    zh: "组团年度成效：走访服务人次、解决问题、项目与走访覆盖。",
    options: [yearOption] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      guard let first = Day(year: year, month: 1, day: 1) else { throw notAYear(year) }
      try CommandContext.refuseFuture(first, today: today, option: "year")
      let report = try context.store().reading {
        try TeamYearReport.make(year, session: $0, today: today)
      }
      try context.emitReport(report, report.document)
    })

  static let coverage = Command(
    "coverage", en: "The households of a team's villages it has not visited this year.",
    zh: "服务团本年尚未走访的联系村农户。",
    arguments: [TeamCommands.reference],
    options: [yearOption, .format, CommandContext.todayOption],
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      guard Day(year: year, month: 1, day: 1) != nil else { throw notAYear(year) }
      let coverage = try context.store().reading { session in
        let records = try session.teamRecords()
        return TeamCoverage(
          team: try records.team(context.argument), year: year, records: records,
          roster: try session.roster(), today: today)
      }
      context.say(
        Localized(
          en:
            "\(coverage.name): \(coverage.visited) of \(coverage.households) households visited in \(year).",
          zh: "\(coverage.name)：\(year) 年已走访 \(coverage.visited) 户，共 \(coverage.households) 户。"))
      try context.emit(coverage.missing, coverage.listing(context.language))
    })

  /// A `--year` no calendar has is a value that cannot be understood, like any other.
  static func notAYear(_ year: Int) -> RosterError {
    RosterError.invalidValue(
      field: "year", value: String(year),
      expected: Localized(en: "a year such as 2026", zh: "年份，如 2026"))
  }
}
