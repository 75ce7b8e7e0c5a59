import LiaisonCore

/// `liaison report monthly|weekly|coverage|public-table|cards|worksheet`: what clerks print.
enum ReportCommands {
  static let command = Command(
    "report", aliases: ["报表"],
    en: "Reports to print: monthly, weekly, coverage, public tables, cards.",
    zh: "报表：月报、周晾晒、覆盖情况、公示表、连心卡、走访工作单。",
    discussion: Localized(
      en: "Every report prints as text (80 columns), Markdown, CSV, JSON or a self-contained "
        + "HTML page for A4 printing. A past period counts the members, households and links "
        + "as they stood then.",
      zh: "每份报表可输出为文本（80 列）、Markdown、CSV、JSON 或可直接 A4 打印的网页。"
        + "往期报表按当时在册的党员、农户和联户关系统计。"),
    children: [monthly] + ReportListCommands.commands)

  static let monthly = Command(
    "monthly", en: "The monthly report (月报) of the township, or of several (--data A --data B).",
    zh: "乡镇月报；给出多个 --data 时汇总为各乡镇一览。",
    options: [
      .value(
        "month", "YYYY-MM", en: "The month (default: the last complete month).",
        zh: "月份（默认上一个完整月份）。"),
      .value("village", "village", en: "Only this village.", zh: "只统计此村。"),
      .value(
        "min-households", "number", en: "Linked households a member should have (default 7).",
        zh: "每名党员应联系的户数（默认 7）。"),
      .value(
        "days", "number", en: "List households not visited in this many days (default 30).",
        zh: "列出多少天内未走访的农户（默认 30）。"),
      OptionSpec(
        name: "data", valueName: "dir", kind: .repeating,
        help: Localized(
          en: "A township's data folder; give several for a county roll-up.",
          zh: "乡镇数据文件夹；给出多个时汇总为县级报表。")),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let month = try context.month("month") ?? today.yearMonth.previous
      var options = MonthlyReportOptions()
      options.requiredHouseholds = try context.integer("min-households") ?? 7
      options.notVisitedDays = try context.integer("days") ?? 30
      guard (1...1_000).contains(options.requiredHouseholds) else {
        throw RosterError.invalidValue(
          field: "min-households", value: String(options.requiredHouseholds),
          expected: Localized(en: "a number from 1 to 1000", zh: "1 到 1000 之间的数"))
      }
      guard (1...3_660).contains(options.notVisitedDays) else {
        throw RosterError.invalidValue(
          field: "days", value: String(options.notVisitedDays),
          expected: Localized(en: "a number of days from 1 to 3660", zh: "1 到 3660 之间的天数"))
      }
      try CommandContext.refuseFuture(month.firstDay, today: today, option: "month")
      let folders = context.values("data")
      if folders.count > 1 {
        try refuseBadRollUp(folders, context)
        let county = try CountyReport.make(
          month, stores: try folders.map { try context.store($0) }, today: today,
          options: options)
        return try context.emitReport(county, county.document, signedWith: FormSettings())
      }
      let store = try context.store(folders.first)
      let (report, settings) = try store.reading { session in
        options.village = try context.value("village").map { try session.roster().village($0).id }
        return (
          try MonthlyReport.make(month, session: session, today: today, options: options),
          try session.formSettings()
        )
      }
      try context.emitReport(report, report.document, signedWith: settings)
    })

  /// A county roll-up counts each township once and has no village to look at.
  static func refuseBadRollUp(_ folders: [String], _ context: CommandContext) throws {
    guard context.value("village") == nil else {
      throw UsageError(
        message: Localized(
          en: "--village is for one township's report; leave it out of a county roll-up.",
          zh: "--village 只用于单个乡镇的月报；汇总多个乡镇时请不要给出。"))
    }
    let paths = folders.map {
      DataFolder(path: context.absolute($0)).path
    }
    if let twice = paths.first(where: { path in paths.count { $0 == path } > 1 }) {
      throw UsageError(
        message: Localized(
          en: "\(twice) is given twice; each township's folder counts once.",
          zh: "\(twice) 给出了两次；每个乡镇的文件夹只能计一次。"))
    }
  }
}
