/// The teams' month (一月一排名, seed 001): each team's figures and its place in the
/// ranking — by the villages' ratings, then tasks done, then households visited, then
/// problems solved — the record the organisation office picks its 先锋 from.
public struct TeamMonthReport: Codable, Hashable, Sendable {
  public struct Row: Codable, Hashable, Sendable {
    public var rank: Int
    public var tally: TeamTally
  }

  public var township: String
  public var month: YearMonth
  public var from: Day
  public var to: Day
  public var asOf: Day
  public var teams: [Row]
  /// The candidates for each pioneer title, and the office's choice once made.
  public var pioneers: [TeamPioneerProposal]

  public static func make(
    _ month: YearMonth, session: StoreSession, today: Day
  ) throws
    -> TeamMonthReport
  {
    TeamMonthReport(
      month: month, records: try session.teamRecords(), roster: try session.roster(),
      township: session.manifest.township.name, today: today)
  }

  public init(month: YearMonth, records: TeamRecords, roster: Roster, township: String, today: Day)
  {
    self.township = township
    self.month = month
    from = month.firstDay
    to = month.lastDay
    asOf = min(month.lastDay, today)
    let (first, last) = (from, asOf)
    // A week belongs to the month of its Thursday, as ISO weeks belong to years.
    let tallies = records.teams.filter { $0.serves(from: first, to: last) }.map {
      TeamTally(
        $0, from: first, to: last, records: records, roster: roster,
        ratingWeeks: { $0.monday.adding(days: 3).yearMonth == month })
    }
    let ranked = tallies.sorted {
      ($1.ratingScore ?? -1, $1.done, $1.householdVisits, $1.problemsSolved, $0.team.count, $0.team)
        < (
          $0.ratingScore ?? -1, $0.done, $0.householdVisits, $0.problemsSolved, $1.team.count,
          $1.team
        )
    }
    teams = ranked.enumerated().map { Row(rank: $0.offset + 1, tally: $0.element) }
    pioneers = PioneerKind.allCases.map {
      TeamPioneerProposal($0, month: month, from: first, to: last, records: records)
    }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let rows = teams.map { row in
      let t = row.tally
      return [
        String(row.rank), t.name, t.leader, String(t.planned), String(t.done), String(t.carried),
        String(t.stillOpen), String(t.householdVisits), String(t.problemsSolved),
        ReportText.number(t.ratingScore),
      ]
    }
    return ReportDocument(
      title: zh
        ? "\(township)组团联村月排名（\(ReportText.month(month, language))）"
        : "\(township): the teams' month, \(ReportText.month(month, language))",
      subtitle: zh ? "\(from) 至 \(to)，截至 \(asOf)。" : "\(from) to \(to), as of \(asOf).",
      blocks: [
        .table(
          .init(
            columns: [
              ReportText.right("名次", "Rank", language), ReportText.left("服务团", "Team", language),
              ReportText.left("团长", "Leader", language),
              ReportText.right("排单", "New", language),
              ReportText.right("完成", "Done", language),
              ReportText.right("结转", "Carry", language),
              ReportText.right("在办", "Open", language),
              ReportText.right("走访户次", "Visits", language),
              ReportText.right("解决问题", "Solved", language),
              ReportText.right("村评价", "Rating", language),
            ], rows: rows, empty: ReportText.none(language))),
        .paragraph(
          zh
            ? "排名依次按村评价均分（好 4、较好 3、一般 2、差 1）、完成任务数、走访户次、解决问题数。"
              + "“在办”为月末仍在清单上的任务。"
            : "Ranked by the villages' mean rating (good 4, fairly good 3, average 2, poor 1), "
              + "then tasks done, household visits and problems solved. \"Open\" counts the tasks "
              + "still on a list at the month's end."),
      ] + pioneerBlocks(language))
  }

  /// The pioneers: the office's choice where made, the candidates with their figures.
  private func pioneerBlocks(_ language: Language) -> [ReportDocument.Block] {
    let zh = language == .zh
    let separator = zh ? "、" : ", "
    return [
      .heading(zh ? "先锋评选（各 2 名）" : "Pioneers (two of each)"),
      .table(
        .init(
          columns: [
            ReportText.left("先锋", "Title", language),
            ReportText.left("评定", "Chosen", language),
            ReportText.left("建议人选（依据）", "Proposed (by)", language),
          ],
          rows: pioneers.map { proposal in
            [
              proposal.kind.label(language),
              proposal.chosen.isEmpty
                ? (zh ? "待评定" : "not yet") : proposal.chosen.joined(separator: separator),
              proposal.candidates.map { "\($0.name) \($0.figure)" }.joined(separator: separator),
            ]
          }, empty: ReportText.none(language))),
      .paragraph(
        zh
          ? "建议人选依据："
            + PioneerKind.allCases.map { "\($0.chineseLabel)按\($0.basis(.zh))" }.joined(
              separator: "；")
            + "。由乡镇组织办评定（'team pioneer'）。"
          : "Proposed by: "
            + PioneerKind.allCases.map { "\($0.rawValue), \($0.basis(.en))" }.joined(
              separator: "; ")
            + ". The organisation office decides ('team pioneer')."),
    ]
  }
}
