import LiaisonCore

/// `liaison score show|rank|explain|what-if|lists` and the adjustments of
/// `ScoreAdjustCommands`. Scores are computed from the records and rules each time.
enum ScoreCommands {
  static let periodOption = OptionSpec.value(
    "period", "period",
    en: "2026, 2026-H2, 2026-Q4 or 2026-11 (default: the rules' period holding today).",
    zh: "时期：2026、2026-H2、2026-Q4 或 2026-11（默认按积分办法的周期取今天所在的）。")
  static let villageOption = OptionSpec.value(
    "village", "village", en: "Only this village's members, ranked among themselves.",
    zh: "只计此村党员，并在村内排名。")

  static let command = Command(
    "score", aliases: ["积分"], en: "Members' scores (积分): computed from the records and rules.",
    zh: "党员积分：按积分办法由各项记录计算得出。",
    discussion: Localized(
      en: "Ties share the best rank among them (1, 2, 2, 4), and members tied across a grade "
        + "boundary all take the better grade.",
      zh: "同分者并列名次（1、2、2、4），跨越等次分界的同分者均取较高等次。"),
    children: [
      showCommand, rankCommand, explainCommand, whatIfCommand, listsCommand,
      StarCommands.command,
    ] + ScoreAdjustCommands.commands)

  static let showCommand = Command(
    "show", en: "Each member's score, rank, list, grade and colour.", zh: "各党员的积分、排名、榜单、等次和颜色。",
    options: [
      periodOption, villageOption,
      .value(
        "by", "unit", en: "Score grids, branches or villages instead (双向积分); 网格/支部/村 work too.",
        zh: "改为按网格、支部或村计分（双向积分）。", choices: GroupScore.Kind.allCases.map(\.rawValue)),
      .format, CommandContext.todayOption,
    ],
    run: { context in try show(context, period: try context.period("period")) })

  static let rankCommand = Command(
    "rank", en: "The monthly ranking (一月一排名), by default of the last complete month.",
    zh: "月度排名（一月一排名），默认为上一个完整月份。",
    options: [
      .value("month", "YYYY-MM", en: "The month (default: last month).", zh: "月份（默认上月）。"),
      villageOption, .format, CommandContext.todayOption,
    ],
    run: { context in
      let month = try context.month("month") ?? context.reportToday().yearMonth.previous
      try show(context, period: Period(month: month))
    })

  static func show(_ context: CommandContext, period: Period?) throws {
    // Only JSON prints the ids of each score's visits.
    let listsRecords = context.value("by") == nil && (try? context.format()) == .json
    let (board, roster, method) = try context.store().reading { session in
      let board = try session.scoreBoard(
        period: period, today: try context.reportToday(), village: context.value("village"),
        detail: listsRecords ? .everyRecord : .pointsOnly)
      return (board, try session.roster(), try session.scoringRulebook().township.groups)
    }
    context.say(Localized(en: "Period \(board.period).", zh: "计分时期：\(board.period)。"))
    if let kind = try context.choice(GroupScore.Kind.self, "by") {
      let groups = GroupScore.groups(kind, of: board, roster: roster, method: method)
      return try context.emit(groups, groupListing(groups, language: context.language))
    }
    try context.emit(board.scores, roster.scoreListing(board.scores, language: context.language))
  }

  /// Grids are shown with their village, as every village has its 第一网格.
  static func groupListing(_ groups: [GroupScore], language: Language) -> Listing {
    let grids = groups.first?.kind == .grid
    return Listing(
      columns: [
        .init(en: "Rank", zh: "排名", alignment: .right), .init(en: "ID", zh: "编号"),
        .init(en: "Name", zh: "名称"),
      ] + (grids ? [.init(en: "Village", zh: "村")] : []) + [
        .init(en: "Members", zh: "党员数", alignment: .right),
        .init(en: "Score", zh: "积分", alignment: .right),
      ],
      rows: groups.map {
        [String($0.rank), $0.id, $0.name] + (grids ? [$0.village ?? ""] : []) + [
          String($0.members), $0.score.description,
        ]
      })
  }

  static let explainCommand = Command(
    "explain", en: "Every contribution to a member's score, with the records behind it.",
    zh: "逐项说明党员积分的来源及所依据的记录。",
    arguments: [.reference("member", en: "The member.", zh: "党员。")],
    options: [
      periodOption,
      .value(
        "format", "format", en: "table or json (default: table).", zh: "输出格式：table 或 json。",
        choices: ["table", "json"]),
      CommandContext.todayOption,
    ],
    run: { context in
      let (score, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let member = try roster.member(context.argument)
        let board = try session.scoreBoard(
          period: try context.period("period"), today: try context.reportToday(),
          detail: .recordsOf(member.id))
        guard let score = board.score(of: member.id) else {
          throw RosterError.rule(
            Localized(
              en: "\(member.name) (\(member.id)) was not on the roster in \(board.period).",
              zh: "\(member.name)（\(member.id)）在 \(board.period) 期间不在名册中。"))
        }
        return (score, roster)
      }
      switch try context.format() {
      case .json: context.output(try JSONOutput.encode(score))
      case .table, .csv:
        context.output(
          score.explanation(
            roster: roster, language: context.language, width: context.width))
      }
    })

  static let whatIfCommand = Command(
    "what-if", en: "Whose list, grade or re-education would change under other rules.",
    zh: "换用另一套积分办法后，哪些党员的榜单、等次或回炉教育会变化。",
    options: [
      .value(
        "rules", "file", en: "The township rules to try.", zh: "拟采用的乡镇积分办法文件。", required: true),
      periodOption, villageOption, .format, CommandContext.todayOption,
    ],
    run: { context in
      let file = context.value("rules") ?? ""
      let path = context.absolute(file)
      let proposed = try ScoringRules.read(file: path, shownAs: file)
      let (comparison, roster) = try context.store().reading { session in
        let period = try context.period("period")
        let village = context.value("village")
        let today = try context.reportToday()
        let current = try session.scoreBoard(
          period: period, today: today, village: village, detail: .pointsOnly)
        let other = try session.scoreBoard(
          period: current.period, today: today, village: village, rules: proposed,
          detail: .pointsOnly)
        return (ScoreComparison(current: current, proposed: other), try session.roster())
      }
      context.say(
        Localized(
          en: "\(comparison.changes.count) of \(comparison.compared) members would change.",
          zh: "\(comparison.compared) 名党员中有 \(comparison.changes.count) 名会变化。"))
      try context.emit(
        comparison.changes,
        roster.comparisonListing(comparison.changes, language: context.language))
    })

  static let listsCommand = Command(
    "lists", en: "A year's red and black lists, five stars and proposed central households.",
    zh: "年度红黑榜、五星党员和拟评共产党员中心户。",
    options: [
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value(
        "format", "format", en: "table or json (default: table).", zh: "输出格式：table 或 json。",
        choices: ["table", "json"]),
      CommandContext.todayOption,
    ],
    run: { context in
      let today = try context.reportToday()
      let year = try context.integer("year") ?? today.year
      let (lists, roster) = try context.store().reading { session in
        (try session.scoreLists(year: year, today: today), try session.roster())
      }
      switch try context.format() {
      case .json: context.output(try JSONOutput.encode(lists))
      case .table, .csv:
        context.output(
          lists.text(roster: roster, language: context.language, width: context.width))
      }
    })
}
