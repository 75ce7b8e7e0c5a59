import LiaisonCore

/// `liaison index grade|explain|what-if|page|init-rules` and the adjustments of
/// `IndexAdjustCommands`: the village organisation's index (堡垒指数), computed from the
/// village's own records and `rules/supervision.json` each time.
enum IndexCommands {
  static let periodOption = OptionSpec.value(
    "period", "period", en: "2026-Q4, 2026-H2 or 2026 (default: the rules' period holding today).",
    zh: "时期：2026-Q4、2026-H2 或 2026（默认按办法的周期取今天所在的）。")

  static let command = Command(
    "index", aliases: ["堡垒指数"],
    en: "The village organisations' index (堡垒指数), grades A/B/C/D and the village page.",
    zh: "村党组织堡垒指数、A/B/C/D 等次评定和村级工作情况页。",
    discussion: Localized(
      en: "Grades go by share (default 20/42/28/10 %); villages tied across a boundary all "
        + "take the better grade. A past period counts the roster as it stood then.",
      zh: "等次按比例评定（默认 20/42/28/10%），跨越分界的同分村均取较高等次。往期按当时在册情况计算。"),
    children: [gradeCommand, explainCommand, whatIfCommand, pageCommand, initRulesCommand]
      + IndexAdjustCommands.commands)

  static let gradeCommand = Command(
    "grade", en: "The grading table: every village's index, rank and grade, explained.",
    zh: "考评表：各村堡垒指数、名次、等次及计分说明。",
    options: [periodOption] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let period = try context.period("period")
      if let period {
        try CommandContext.refuseFuture(period.first, today: today, option: "period")
      }
      let board = try context.store().reading {
        try $0.villageIndexBoard(period: period, today: today)
      }
      try context.emitReport(board, board.document)
    })

  static let explainCommand = Command(
    "explain", en: "Every contribution to a village's index, with the records behind it.",
    zh: "逐项说明某村堡垒指数的来源及所依据的记录。",
    arguments: [.reference("village", en: "The village.", zh: "村。")],
    options: [periodOption] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let period = try context.period("period")
      if let period {
        try CommandContext.refuseFuture(period.first, today: today, option: "period")
      }
      let (board, village) = try context.store().reading { session in
        let village = try session.roster().village(context.argument)
        return (
          try session.villageIndexBoard(period: try context.period("period"), today: today), village
        )
      }
      guard let index = board.index(of: village.id) else {
        throw SupervisionError.rule(
          Localized(
            en: "\(village.name) was not on the roster in \(board.period).",
            zh: "\(village.name) 在 \(board.period) 期间不在名册中。"))
      }
      try context.emitReport(index) {
        index.document(township: board.township, asOf: board.asOf, $0)
      }
    })

  static let whatIfCommand = Command(
    "what-if", en: "Every village's index and grade under other rules.",
    zh: "换用另一套办法后各村的堡垒指数和等次。",
    options: [
      .value("rules", "file", en: "The rules file to try.", zh: "拟采用的办法文件。", required: true),
      periodOption, .format, CommandContext.todayOption,
    ],
    run: { context in
      let file = context.value("rules") ?? ""
      let proposed = try SupervisionRules.read(file: context.absolute(file), shownAs: file)
      let today = try context.reportToday()
      let comparison = try context.store().reading { session in
        let current = try session.villageIndexBoard(
          period: try context.period("period"), today: today)
        let other = try session.villageIndexBoard(
          period: current.period, today: today, rules: proposed)
        return IndexComparison(current: current, proposed: other)
      }
      context.say(
        Localized(
          en: "\(comparison.changes) of \(comparison.villages.count) villages would change grade.",
          zh: "\(comparison.villages.count) 个村中有 \(comparison.changes) 个等次会变化。"))
      try context.emit(comparison.villages, SupervisionListings.comparison(comparison))
    })

  static let pageCommand = Command(
    "page", en: "The village page: index, inspections and work reports of the period.",
    zh: "村级工作情况页：本期堡垒指数、督查和工作推进月报。",
    arguments: [.reference("village", en: "The village.", zh: "村。")],
    options: [periodOption] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let page = try context.store().reading { session in
        let village = try session.roster().village(context.argument)
        let rules = try session.supervisionRules()
        let period = try context.period("period") ?? rules.period.period(containing: today)
        try CommandContext.refuseFuture(period.first, today: today, option: "period")
        let records = try session.supervisionRecords(period: period, today: today)
        let board = VillageIndexBoard(
          township: session.manifest.township.name, records: records, rules: rules,
          period: period, today: today)
        guard board.index(of: village.id) != nil else {
          throw SupervisionError.rule(
            Localized(
              en: "\(village.name) was not on the roster in \(period).",
              zh: "\(village.name) 在 \(period) 期间不在名册中。"))
        }
        return VillagePage(board: board, village: village.id, records: records, rules: rules)
      }
      try context.emitReport(page, page.document)
    })

  static let initRulesCommand = Command(
    "init-rules", en: "Write the default rules to rules/supervision.json.",
    zh: "把默认的督查与堡垒指数办法写入 rules/supervision.json。",
    options: [.flag("force", en: "Replace the file if it exists.", zh: "文件已存在时覆盖。")],
    run: { context in
      try context.store().writing {
        try $0.writeDefaultSupervisionRules(replace: context.flag("force"))
      }
      context.say(
        Localized(
          en: "Wrote \(SupervisionRules.fileName); edit it to the township's own standard.",
          zh: "已写入 \(SupervisionRules.fileName)，可按本镇考评标准修改。"))
    })
}
