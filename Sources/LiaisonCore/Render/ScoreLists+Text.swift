/// The year's lists as text: red list, black list, stars by village and half, and the
/// proposed central households.
extension ScoreLists {
  public func text(roster: Roster, language: Language, width: Int) -> String {
    let zh = language == .zh
    func entries(_ list: [Entry]) -> String {
      guard !list.isEmpty else { return zh ? "  无\n" : "  none\n" }
      return TextTable(
        columns: [
          .init(zh ? "排名" : "Rank", alignment: .right), .init(zh ? "编号" : "ID"),
          .init(zh ? "党员" : "Member"), .init(zh ? "村" : "Village"),
          .init(zh ? "积分" : "Score", alignment: .right),
        ],
        rows: list.map {
          [
            String($0.rank), $0.member, $0.name, roster.villageName($0.village),
            $0.score.description,
          ]
        }
      ).render(width: width)
    }
    var text = zh ? "\(year) 年红榜（\(red.count)）\n" : "Red list \(year) (\(red.count))\n"
    text += entries(red)
    text += zh ? "\n\(year) 年黑榜（\(black.count)）\n" : "\nBlack list \(year) (\(black.count))\n"
    text += entries(black)
    text += zh ? "\n五星党员\n" : "\nFive stars\n"
    text +=
      stars.isEmpty
      ? (zh ? "  无\n" : "  none\n")
      : TextTable(
        columns: StarList.columns(language), rows: StarList.rows(stars, roster: roster, language)
      ).render(width: width)
    text +=
      zh
      ? "\n拟评共产党员中心户（占党员户 15–20%；入党积极分子不计入党员户）\n"
      : "\nProposed central households (15–20 % of member households; activists are not "
        + "counted)\n"
    text += TextTable(
      columns: [
        .init(zh ? "村" : "Village"), .init(zh ? "党员户" : "Member households", alignment: .right),
        .init(zh ? "应评" : "Target", alignment: .right), .init(zh ? "拟评" : "Proposed"),
        .init(zh ? "缺额" : "Short", alignment: .right),
      ],
      rows: centralHouseholds.map {
        [
          roster.villageName($0.village), String($0.memberHouseholds),
          "\($0.minimum)–\($0.maximum)",
          $0.proposed.map(\.name).joined(separator: zh ? "、" : ", "),
          $0.shortfall > 0 ? String($0.shortfall) : "",
        ]
      }
    ).render(width: width)
    return text
  }
}
