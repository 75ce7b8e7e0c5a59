import LiaisonCore

/// `liaison appraisal set|list|remove`: the yearly democratic appraisal (民主评议) and the
/// residents' rating each half-year (seed 002).
enum AppraisalCommands {
  static let command = Command(
    "appraisal", aliases: ["评议"],
    en: "Democratic appraisal grades and residents' ratings.", zh: "民主评议等次与群众评价。",
    discussion: Localized(
      en: "One grade per member and year, one rating per member and half-year; 'set' again "
        + "replaces it.",
      zh: "每名党员每年一个评议等次、每半年一个群众评价；再次 set 即替换。"),
    children: [setCommand, listCommand, removeCommand])

  static let setCommand = Command(
    "set", en: "Set a member's grade for a year, or residents' rating for a half-year.",
    zh: "设置党员的年度评议等次或半年群众评价。",
    options: [
      .value("member", "member", en: "The member.", zh: "党员。", required: true),
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value(
        "grade", "grade",
        en: "excellent, qualified, basically-qualified or unqualified; "
          + "优秀/合格/基本合格/不合格 work too.", zh: "评议等次：优秀、合格、基本合格、不合格。",
        choices: AppraisalGrade.rawValues),
      .value(
        "rating", "rating", en: "good, fairly-good, average or poor; 好/较好/一般/差 work too.",
        zh: "群众评价：好、较好、一般、差。", choices: ResidentRating.rawValues),
      .value(
        "half", "half", en: "H1 or H2 (上半年/下半年), for --rating.", zh: "半年：上半年或下半年（配合 --rating）。",
        choices: Half.rawValues),
    ],
    run: { context in
      let year = try context.integer("year") ?? context.clock.today.year
      let grade = try context.choice(AppraisalGrade.self, "grade")
      let rating = try context.choice(ResidentRating.self, "rating")
      let half = try context.choice(Half.self, "half")
      let set = try context.store().writing {
        try $0.setAppraisal(
          member: context.value("member") ?? "", year: year, grade: grade, rating: rating,
          half: half)
      }
      context.output(set.map(\.id).joined(separator: "\n") + "\n")
      context.say(
        Localized(
          en: "Set \(set.map(\.id).joined(separator: ", ")) for \(year).",
          zh: "已设置 \(year) 年评议：\(set.map(\.id).joined(separator: "、"))。"))
    })

  static let listCommand = Command(
    "list", en: "List appraisals.", zh: "列出评议。",
    options: [
      .value("member", "member", en: "Only this member.", zh: "只列此党员。"),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("year", "year", en: "Only this year.", zh: "只列此年度。"),
      .format,
    ],
    run: { context in
      let year = try context.integer("year")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let filter = try ScoreRecordFilter(context: context, roster: roster)
        let records = try session.appraisals().filter {
          filter.matches(member: $0.member) && (year == nil || $0.year == year)
        }
        return (records, roster)
      }
      try context.emit(records, roster.appraisalListing(records, language: context.language))
    })

  static let removeCommand = Command(
    "remove", en: "Delete an appraisal entered by mistake.", zh: "删除误录的评议。",
    arguments: [
      .reference("appraisal", en: "The appraisal's id, e.g. E00004.", zh: "评议编号，如 E00004。")
    ],
    run: { context in
      let removed = try context.store().writing { try $0.removeAppraisal(context.argument) }
      context.say(
        Localized(en: "Removed appraisal \(removed.id).", zh: "已删除评议 \(removed.id)。"))
    })
}
