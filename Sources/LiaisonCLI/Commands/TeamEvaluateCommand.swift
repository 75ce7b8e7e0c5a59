import LiaisonCore

/// `liaison team evaluate`: the cadres' three-colour appraisal (红黄灰) under the rules in
/// `rules/team-evaluation.json`, or one cadre's points explained line by line.
enum TeamEvaluateCommand {
  static let command = Command(
    "evaluate", aliases: ["考评", "三色考评"],
    en: "The team cadres' three-colour appraisal (红黄灰), with 两晋双停 flagged.",
    zh: "组团联村干部“红黄灰”三色考评，并提示两晋双停。",
    options: [
      .value(
        "period", "period",
        en: "2026, 2026-H2, 2026-Q4, 2026-11 or 2026-W48 (default: this year).",
        zh: "时期：2026、2026-H2、2026-Q4、2026-11 或 2026-W48（默认今年）。"),
      .value(
        "person", "person", en: "Explain this person's points line by line.",
        zh: "逐项说明此人的得分。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let period =
        try context.period("period") ?? Period(parsing: String(today.year))!
      try CommandContext.refuseFuture(period.first, today: today, option: "period")
      let (evaluation, person) = try context.store().reading { session in
        (
          try TeamEvaluation.make(period, session: session, today: today),
          try context.value("person").map { try session.teamRecords().person($0) }
        )
      }
      guard let person else { return try context.emitReport(evaluation, evaluation.document) }
      let lines = evaluation.explanation(person.id, context.language)
      guard !lines.isEmpty else {
        throw TeamError.rule(
          Localized(
            en: "\(person.name) sat on no team in \(period).",
            zh: "\(person.name) 在 \(period) 未在任何服务团任职。"))
      }
      context.output("\(person.name)（\(person.id)）\n" + lines.joined(separator: "\n") + "\n")
    })
}
