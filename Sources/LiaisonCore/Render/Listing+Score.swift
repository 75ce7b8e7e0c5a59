/// How scores are laid out: the board, and one member's explanation.
extension Roster {
  /// Rank, member, village, grid, score, band, grade, colour, re-education.
  public func scoreListing(_ scores: [MemberScore], language: Language) -> Listing {
    let zh = language == .zh
    return Listing(
      columns: [
        .init(en: "Rank", zh: "排名", alignment: .right), .init(en: "ID", zh: "编号"),
        .init(en: "Member", zh: "党员"), .init(en: "Village", zh: "村"), .init(en: "Grid", zh: "网格"),
        .init(en: "Score", zh: "积分", alignment: .right), .init(en: "List", zh: "榜单"),
        .init(en: "Grade", zh: "等次"), .init(en: "Colour", zh: "颜色"),
        .init(en: "Re-education", zh: "回炉教育"),
      ],
      rows: scores.map { score in
        [
          String(score.rank), score.member, score.name, villageName(score.village),
          gridName(score.grid), score.score.description, score.band?.label(language) ?? "",
          score.grade ?? "", score.colour?.label(language) ?? "",
          score.reeducation ? (zh ? "是" : "yes") : "",
        ]
      })
  }
}

extension MemberScore {
  /// The explanation: a heading, then each line's points, what it counts and the records
  /// behind it, then the total the lines add up to.
  public func explanation(roster: Roster, language: Language, width: Int) -> String {
    let zh = language == .zh
    var placing: [String] = [zh ? "排名 \(rank)" : "rank \(rank)"]
    if let band { placing.append(band.label(language)) }
    if let grade { placing.append(zh ? "等次 \(grade)" : "grade \(grade)") }
    if let colour { placing.append(zh ? "\(colour.chineseLabel)色" : colour.rawValue) }
    if reeducation { placing.append(zh ? "回炉教育" : "re-education") }
    let heading =
      zh
      ? "\(name)（\(member)，\(roster.villageName(village))）\(period) 积分 \(score)："
        + placing.joined(separator: "，")
      : "\(name) (\(member), \(roster.villageName(village))) \(period): \(score) points; "
        + placing.joined(separator: ", ")
    let rows =
      lines.map { line in
        [line.points.signed, line.text(language), Self.shortList(line.records)]
      } + [["= " + score.description, zh ? "合计" : "total", ""]]
    let table = TextTable(
      columns: [
        .init(zh ? "分值" : "Points", alignment: .right),
        .init(zh ? "计分依据" : "What counted", kind: .prose),
        .init(zh ? "记录" : "Records", kind: .prose),
      ], rows: rows)
    return TextWrap.items(heading, width: width).joined(separator: "\n") + "\n"
      + table.render(width: width)
  }

  /// The first few ids and how many there are in all.
  static func shortList(_ records: [String]) -> String {
    records.count <= 4
      ? records.joined(separator: " ")
      : records.prefix(3).joined(separator: " ") + " … (\(records.count))"
  }
}
