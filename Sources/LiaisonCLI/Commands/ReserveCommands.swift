import LiaisonCore

/// `liaison reserve propose|decide`: reserve cadres (村级后备干部人选) proposed each year by
/// the rule of `rules/supervision.json`, and the township's decisions.
enum ReserveCommands {
  static let command = Command(
    "reserve", aliases: ["后备干部"],
    en: "Reserve cadres (后备干部): proposed by a rule, decided by the township.",
    zh: "村级后备干部人选：按规则推荐，由镇党委决定并登记。",
    discussion: Localized(
      en: "The rule ('reserve' in rules/supervision.json): the year's score at least "
        + "minimumScore, not on the black list, the year's latest residents' rating among "
        + "ratings; at most perVillage a village, best score first.",
      zh: "规则（rules/supervision.json 的 reserve）：年度积分不低于 minimumScore、不在黑榜、"
        + "当年最近一次群众评价在 ratings 之列；每村至多 perVillage 名，积分高者优先。"),
    children: [proposeCommand, decideCommand])

  static let proposeCommand = Command(
    "propose", en: "The year's proposed reserve cadres and the decisions on them.",
    zh: "年度拟推荐的后备干部人选及决定情况。",
    options: [
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。")
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      let proposal = try context.store().reading {
        try $0.reserveProposal(year: year, today: today)
      }
      try context.emitReport(proposal, proposal.document)
    })

  static let decideCommand = Command(
    "decide", en: "Record the decision on a member for a year.", zh: "登记对某党员的决定。",
    arguments: [.reference("member", en: "The member.", zh: "党员。")],
    options: [
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value(
        "decision", "decision", en: "listed or declined (列入 / 不列入).", zh: "决定：列入或不列入。",
        required: true, choices: ReserveOutcome.rawValues),
      .value("note", "text", en: "A note.", zh: "备注。"),
    ],
    run: { context in
      let decision = try context.choice(ReserveOutcome.self, "decision") ?? .listed
      let record = try context.store().writing {
        try $0.decideReserve(
          member: context.argument, year: try context.integer("year") ?? context.clock.today.year,
          decision: decision, note: context.value("note"), clock: context.clock,
          clerk: context.clerk)
      }
      context.reportAdded(
        record.id,
        Localized(
          en: "Recorded \(record.member) \(decision.rawValue) for \(record.year) as \(record.id).",
          zh: "已登记 \(record.member) \(record.year) 年\(decision.chineseLabel)后备干部人选（\(record.id)）。"))
    })
}
