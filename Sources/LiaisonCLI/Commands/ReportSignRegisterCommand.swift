import LiaisonCore

/// `liaison report party-households --year 2026`: the register of 共产党员户 and 共产党员中心户
/// signs (seed 002), grid by grid.
enum ReportSignRegisterCommand {
  static let command = Command(
    "party-households", aliases: ["党员户", "中心户"],
    en: "The year's register of 共产党员户 / 中心户 signs, grid by grid, from the appraisal.",
    zh: "年度共产党员户、共产党员中心户挂牌登记表（按网格，依民主评议）。",
    options: [
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      let (register, settings) = try context.store().reading { session in
        let village = try context.value("village").map { try session.roster().village($0).id }
        return (
          try session.signRegister(year: year, today: today, village: village),
          try session.formSettings()
        )
      }
      try context.emitReport(register, register.document, signedWith: settings)
    })
}
