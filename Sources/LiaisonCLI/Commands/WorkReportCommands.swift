import LiaisonCore

/// `liaison workreport set|list|remove|summary`: the villages' monthly work reports
/// (工作推进月报制).
enum WorkReportCommands {
  static let command = Command(
    "workreport", aliases: ["月报制"],
    en: "Villages' monthly work reports (工作推进月报制).", zh: "村级工作推进月报。",
    discussion: Localized(
      en: "At each month's Party day the branch reviews the liaison work: issues raised, "
        + "discussed by the branch committee, assigned and resolved. One report per village "
        + "per month; setting it again replaces it.",
      zh: "每月主题党日，支部交流联户包事工作：提出问题、支委研究、问题交办、办结情况。每村每月一份，重复登记即替换。"),
    children: [setCommand, listCommand, removeCommand, summaryCommand])

  static let setCommand = Command(
    "set", en: "Record a village's report for a month.", zh: "登记某村某月的工作推进月报。",
    options: [
      .value("village", "village", en: "The village.", zh: "村。", required: true),
      .value("month", "YYYY-MM", en: "The month (default: this month).", zh: "月份（默认本月）。"),
      .value("raised", "number", en: "Issues raised.", zh: "提出问题件数。", required: true),
      .value(
        "discussed", "number", en: "Discussed by the committee.", zh: "支委研究件数。", required: true),
      .value("assigned", "number", en: "Assigned (交办).", zh: "问题交办件数。", required: true),
      .value("resolved", "number", en: "Resolved.", zh: "办结件数。", required: true),
      .value("note", "text", en: "A note.", zh: "备注。"),
    ],
    run: { context in
      let figures = StoreSession.WorkReportFigures(
        raised: try context.integer("raised") ?? 0,
        discussed: try context.integer("discussed") ?? 0,
        assigned: try context.integer("assigned") ?? 0,
        resolved: try context.integer("resolved") ?? 0)
      let month = try context.month("month") ?? context.clock.today.yearMonth
      let report = try context.store().writing {
        try $0.setWorkReport(
          village: context.value("village") ?? "", month: month, figures: figures,
          note: context.value("note"), clock: context.clock, clerk: context.clerk)
      }
      context.reportAdded(
        report.id,
        Localized(
          en: "Recorded the work report \(report.id) for \(report.month).",
          zh: "已登记 \(report.month) 工作推进月报 \(report.id)。"))
    })

  static let listCommand = Command(
    "list", en: "List work reports by month.", zh: "按月份列出工作推进月报。",
    options: [
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("period", "period", en: "Only the months of this period.", zh: "只列此时期的月份。"),
      .format,
    ],
    run: { context in
      let period = try context.period("period")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let village = try context.value("village").map { try roster.village($0).id }
        let records = try session.workReports().filter {
          (village == nil || $0.village == village)
            && (period?.contains($0.month.firstDay) ?? true)
        }
        return (records.sorted { ($0.month, $0.village) < ($1.month, $1.village) }, roster)
      }
      try context.emit(records, SupervisionListings.workReports(records, roster: roster))
    })

  static let removeCommand = Command(
    "remove", en: "Delete a work report entered by mistake.", zh: "删除误录的工作推进月报。",
    arguments: [.reference("report", en: "The id, e.g. W00002.", zh: "月报编号，如 W00002。")],
    run: { context in
      let removed = try context.store().writing { try $0.removeWorkReport(context.argument) }
      context.say(
        Localized(en: "Removed work report \(removed.id).", zh: "已删除工作推进月报 \(removed.id)。"))
    })

  static let summaryCommand = Command(
    "summary", en: "The township's month of villages' work reports.", zh: "全镇村级工作推进月报汇总。",
    options: [
      .value("month", "YYYY-MM", en: "The month (default: last month).", zh: "月份（默认上月）。")
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let month = try context.month("month") ?? today.yearMonth.previous
      try CommandContext.refuseFuture(month.firstDay, today: today, option: "month")
      let summary = try context.store().reading { session in
        WorkReportSummary(
          township: session.manifest.township.name, month: month, roster: try session.roster(),
          reports: try session.workReports(), inspections: try session.inspections(), today: today)
      }
      try context.emitReport(summary, summary.document)
    })
}
