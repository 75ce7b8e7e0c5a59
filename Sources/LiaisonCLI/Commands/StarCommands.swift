import LiaisonCore

/// `liaison score star award|list`: the five stars of each village and half-year (seed
/// 002), proposed from the activities and decided by the clerk where members tie.
enum StarCommands {
  static let command = Command(
    "star", aliases: ["五星"],
    en: "The five stars (五星) of each village and half-year: the list, and the clerk's decisions.",
    zh: "五星党员：各村每半年每星 1 名；名单与经办人的评定。",
    discussion: Localized(
      en: "A star goes to the member with the most activities of its kind in the half; tied, "
        + "to the better residents' rating of that half; still tied, the list says the clerk's "
        + "decision is needed ('score star award'). A decision stands in for the proposal.",
      zh: "每星评给半年内该类活动最多的党员；并列时取当半年群众评价较好者；仍并列时名单注明需经办人决定"
        + "（'score star award'）。登记的评定即为结果。"),
    children: [award, list])

  static let award = Command(
    "award", en: "Record who takes a village's star for a half-year.",
    zh: "登记某村某半年某星的评定结果。",
    options: [
      .value("village", "village", en: "The village.", zh: "村。", required: true),
      .value(
        "half", "half", en: "The half-year: 2026-H1 or 2026-H2.", zh: "半年：如 2026-H2（2026年下半年）。",
        required: true),
      .value(
        "kind", "star", en: "The star: 学习宣传星, 产业发展星, 环境卫生星, 为民服务星 or 治理先锋星.",
        zh: "星：学习宣传星、产业发展星、环境卫生星、为民服务星或治理先锋星。", required: true),
      .value("member", "member", en: "The member who takes it.", zh: "评上的党员。", required: true),
      .value("note", "text", en: "A note (why).", zh: "备注（理由）。"),
    ],
    run: { context in
      let halfText = context.value("half") ?? ""
      guard let (year, half) = Half.parseYearHalf(halfText) else {
        throw RosterError.invalidValue(
          field: "half", value: halfText,
          expected: Localized(en: "a half-year such as 2026-H2", zh: "半年，如 2026-H2 或 2026年下半年"))
      }
      let kindText = context.value("kind") ?? ""
      guard let kind = ActivityKind(starName: kindText) else {
        throw RosterError.invalidValue(
          field: "kind", value: kindText, expected: ActivityKind.starNames)
      }
      let record = try context.store().writing {
        try $0.awardStar(
          village: context.value("village") ?? "", year: year, half: half, kind: kind,
          member: context.value("member") ?? "", note: context.value("note"),
          clock: context.clock, clerk: context.clerk)
      }
      let star = kind.star!
      context.reportAdded(
        record.id,
        Localized(
          en: "Recorded \(record.member) as the \(star.en) of \(record.year)-\(half.rawValue) "
            + "as \(record.id).",
          zh: "已登记 \(record.member) 为 \(record.year) 年\(half.chineseLabel)\(star.zh)（\(record.id)）。"
        ))
    })

  static let list = Command(
    "list", en: "The year's five stars of each village, to print and post.",
    zh: "年度各村五星党员名单（可打印公示）。",
    options: [
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      let (stars, roster, settings) = try context.store().reading { session in
        let roster = try session.roster()
        let village = try context.value("village").map { try roster.village($0).id }
        let lists = try session.scoreLists(year: year, today: today)
        return (
          StarList(
            township: session.manifest.township.name, lists: lists, village: village,
            roster: roster),
          roster, try session.formSettings()
        )
      }
      try context.emitReport(stars, stars.document(roster: roster), signedWith: settings)
    })
}
