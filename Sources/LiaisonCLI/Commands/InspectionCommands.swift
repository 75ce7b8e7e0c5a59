import LiaisonCore

/// `liaison inspection add|list|remove|notice|accountability`: the township–village joint
/// inspection (镇村联动督查) and its notices.
enum InspectionCommands {
  static let command = Command(
    "inspection", aliases: ["督查"],
    en: "Inspections of villages (督查): records, notices, accountability.",
    zh: "镇村联动督查：督查记录、督查通报和问责提示。",
    discussion: Localized(
      en: "A village criticised in a notice (--outcome criticised, 通报批评) in three "
        + "consecutive calendar months is flagged for accountability (启动问责程序); a month "
        + "with a pass or with no inspection breaks the run. The tool flags; people decide.",
      zh: "连续三个自然月被通报批评的村，提示启动问责程序；其间某月督查通过或未督查，即不连续。"
        + "工具只作提示，由镇党委决定。"),
    children: [addCommand, listCommand, removeCommand, noticeCommand, accountabilityCommand])

  static let addCommand = Command(
    "add", en: "Record an inspection.", zh: "登记一次督查。",
    options: [
      .value("village", "village", en: "The village inspected.", zh: "被督查的村。", required: true),
      .value("date", "date", en: "The day (default: today).", zh: "日期（默认今天）。", short: "d"),
      .list("inspector", "name", en: "The inspection group's members.", zh: "督查组成员。"),
      .list(
        "item", "id", en: "Checklist items checked (rules/supervision.json).",
        zh: "督查的清单项目（见 rules/supervision.json）。"),
      .list("failed", "id", en: "Items found wanting (counted as checked).", zh: "存在问题的项目。"),
      .value("findings", "text", en: "What the group found.", zh: "发现的问题。"),
      .value(
        "outcome", "outcome", en: "passed or criticised (通过 / 通报批评).", zh: "督查结果：通过或通报批评。",
        required: true, choices: InspectionOutcome.rawValues),
    ],
    run: { context in
      let draft = StoreSession.InspectionDraft(
        village: context.value("village") ?? "",
        date: try context.day("date") ?? context.clock.today,
        inspectors: context.values("inspector"), items: context.values("item"),
        failed: context.values("failed"), findings: context.value("findings"),
        outcome: try context.choice(InspectionOutcome.self, "outcome") ?? .passed)
      let inspection = try context.store().writing {
        try $0.addInspection(draft, clock: context.clock, clerk: context.clerk)
      }
      context.reportAdded(
        inspection.id,
        Localized(
          en:
            "Recorded inspection \(inspection.id) (\(inspection.outcome.rawValue), \(inspection.date)).",
          zh: "已登记督查 \(inspection.id)（\(inspection.outcome.chineseLabel)，\(inspection.date)）。"))
    })

  static let listCommand = Command(
    "list", en: "List inspections, oldest first.", zh: "列出督查记录（按日期）。",
    options: [
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("period", "period", en: "Only this period, e.g. 2026-Q4.", zh: "只列此时期，如 2026-Q4。"),
      .format,
    ],
    run: { context in
      let period = try context.period("period")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let village = try context.value("village").map { try roster.village($0).id }
        let records = try session.inspections().filter {
          (village == nil || $0.village == village) && (period?.contains($0.date) ?? true)
        }
        return (records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }, roster)
      }
      try context.emit(
        records,
        SupervisionListings.inspections(records, roster: roster, language: context.language))
    })

  static let removeCommand = Command(
    "remove", en: "Delete an inspection entered by mistake.", zh: "删除误录的督查记录。",
    arguments: [.reference("inspection", en: "The id, e.g. I00003.", zh: "督查编号，如 I00003。")],
    run: { context in
      let removed = try context.store().writing { try $0.removeInspection(context.argument) }
      context.say(Localized(en: "Removed inspection \(removed.id).", zh: "已删除督查记录 \(removed.id)。"))
    })

  static let noticeCommand = Command(
    "notice", en: "Print the notice of an inspection (督查通报).", zh: "打印督查通报。",
    arguments: [.reference("inspection", en: "The id, e.g. I00003.", zh: "督查编号，如 I00003。")],
    options: CommandContext.reportOptions,
    run: { context in
      let notice = try context.store().reading { session in
        InspectionNotice(
          township: session.manifest.township.name,
          inspection: try session.inspection(context.argument), roster: try session.roster(),
          rules: try session.supervisionRules(), inspections: try session.inspections())
      }
      try context.emitReport(notice, notice.document)
    })

  static let accountabilityCommand = Command(
    "accountability", en: "Villages criticised in three or more consecutive months.",
    zh: "连续三个月及以上被通报批评、提示启动问责程序的村。",
    options: [.format],
    run: { context in
      let (flags, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let inspections = try session.inspections()
        let flags = roster.villages.flatMap {
          AccountabilityFlag.runs(of: $0.id, in: inspections)
        }
        return (flags, roster)
      }
      try context.emit(flags, SupervisionListings.accountability(flags, roster: roster))
    })
}
