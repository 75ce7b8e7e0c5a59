/// The year's five stars of each village (五星党员评选名单, seed 002), to print and post:
/// each star's member, or the members still tied for it until the clerk decides.
public struct StarList: Encodable, Sendable {
  public var township: String
  public var year: Int
  /// The village the list is limited to, when it is.
  public var village: String?
  public var stars: [ScoreLists.Star]

  /// - Parameter village: a village id, or nil for every village.
  public init(township: String, lists: ScoreLists, village: String?, roster: Roster) {
    self.township = township
    year = lists.year
    self.village = village.map(roster.villageName)
    stars = lists.stars.filter { village == nil || $0.village == village }
  }

  public func document(roster: Roster) -> (Language) -> ReportDocument {
    { language in
      let zh = language == .zh
      let place = village.map { zh ? "\(township)\($0)" : "\(township), \($0)" } ?? township
      var document = ReportDocument(
        title: zh ? "\(place)\(year) 年五星党员评选名单" : "\(place): the five stars of \(year)",
        subtitle: zh
          ? "每村每半年每星 1 名：该类活动最多者；并列时群众评价较好者；仍并列由经办人决定。"
          : "One a village, star and half-year: the most activities of the kind; tied, the "
            + "better residents' rating of the half; still tied, the clerk decides.")
      document.blocks.append(
        .table(
          .init(
            columns: Self.columns(language), rows: Self.rows(stars, roster: roster, language),
            empty: ReportText.none(language))))
      return document
    }
  }

  static func columns(_ language: Language) -> [TextTable.Column] {
    [
      ReportText.left("村", "Village", language), ReportText.left("半年", "Half", language),
      ReportText.left("星", "Star", language), ReportText.left("党员", "Members", language),
      ReportText.right("活动次数", "Activities", language),
      ReportText.left("评定", "Decision", language),
    ]
  }

  /// A row per star; the last column says whether it is proposed, tied or decided.
  static func rows(
    _ stars: [ScoreLists.Star], roster: Roster, _ language: Language
  ) -> [[String]] {
    let zh = language == .zh
    return stars.map { star in
      let state =
        star.award.map { zh ? "已定（\($0)）" : "decided (\($0))" }
        ?? (star.tied
          ? (zh ? "并列，需经办人决定" : "tied — the clerk's decision is needed")
          : (zh ? "拟评" : "proposed"))
      return [
        roster.villageName(star.village), star.half.label(language),
        star.kind.star.map { $0(language) } ?? "", star.names.joined(separator: zh ? "、" : ", "),
        String(star.activities), state,
      ]
    }
  }
}
