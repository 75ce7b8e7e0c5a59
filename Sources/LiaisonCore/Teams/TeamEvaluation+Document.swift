/// The appraisal laid out for the office: a line per cadre with their points item by item,
/// total, colour and the consequence flagged; and one cadre's explanation, line by line.
extension TeamEvaluation {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let counted = rules.items.map { item in
      ReportText.right(item.metric.chineseLabel, item.metric.rawValue, language)
    }
    let columns =
      [ReportText.left("人员", "Person", language)] + counted + [
        ReportText.right("得分", "Points", language), ReportText.left("颜色", "Colour", language),
        ReportText.left("提请研究", "For the office", language),
      ]
    let rows = rows.map { row in
      [row.name] + row.lines.map { ReportText.number($0.points) } + [
        ReportText.number(row.total), row.colour.label(language), row.colour.flagged(language),
      ]
    }
    let tally = ScoreColour.allCases.map { colour in
      ReportDocument.Fact(colour.label(language), String(self.rows.count { $0.colour == colour }))
    }
    return ReportDocument(
      title: zh
        ? "\(township)组团联村干部三色考评（\(period)）"
        : "\(township): the team cadres' three-colour appraisal, \(period)",
      subtitle: zh
        ? "\(period.first) 至 \(period.last)，截至 \(asOf)。"
        : "\(period.first) to \(period.last), as of \(asOf).",
      blocks: [
        .facts(tally),
        .table(.init(columns: columns, rows: rows, empty: ReportText.none(language))),
        .paragraph(rulesSentence(language)),
      ])
  }

  /// One cadre's points explained, item by item.
  public func explanation(_ person: String, _ language: Language) -> [String] {
    guard let row = rows.first(where: { $0.person == person }) else { return [] }
    let zh = language == .zh
    return row.lines.map { line in
      let item = rules.items.first { $0.metric == line.metric }!
      let cap = item.cap.map {
        zh ? "（上限 \(ReportText.number($0))）" : " (cap \(ReportText.number($0)))"
      }
      return "\(line.metric.label(language)): \(line.count) × \(ReportText.number(item.points)) = "
        + ReportText.number(line.points) + (cap ?? "")
    } + [
      zh
        ? "合计 \(ReportText.number(row.total)) 分，\(row.colour.chineseLabel)"
          + (row.colour == .yellow ? "。" : "：提请组织办研究\(row.colour.flagged.zh)。")
        : "Total \(ReportText.number(row.total)): \(row.colour.rawValue)"
          + (row.colour == .yellow ? "." : "; for the office: \(row.colour.flagged.en)")
    ]
  }

  private func rulesSentence(_ language: Language) -> String {
    let zh = language == .zh
    let items = rules.items.map { item in
      let cap =
        item.cap.map { zh ? "，上限 \(ReportText.number($0))" : ", cap \(ReportText.number($0))" }
        ?? ""
      return zh
        ? "\(item.metric.chineseLabel)每次 \(ReportText.number(item.points)) 分\(cap)"
        : "\(item.metric.rawValue) \(ReportText.number(item.points)) each\(cap)"
    }
    return zh
      ? "计分：" + items.joined(separator: "；") + "。\(ReportText.number(rules.red)) 分及以上为红，"
        + "低于 \(ReportText.number(rules.grey)) 分为灰，其余为黄（规则见 rules/team-evaluation.json）。"
        + "红者提请研究晋档、晋前，灰者提请研究停发、暂停（两晋双停），由组织办决定。"
      : "Points: " + items.joined(separator: "; ") + ". \(ReportText.number(rules.red)) or more is "
        + "red, below \(ReportText.number(rules.grey)) grey, yellow between (rules in "
        + "rules/team-evaluation.json). Red puts a higher pay grade and post before the office, "
        + "grey stopped pay and suspended duties (两晋双停); the office decides."
  }
}
