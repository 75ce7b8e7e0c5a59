/// The year's proposed reserve cadres (村级后备干部人选) by the rule of
/// `rules/supervision.json`, village by village, with the decision recorded on each, and
/// members decided on whom the rule no longer proposes.
public struct ReserveProposal: Encodable, Sendable {
  public struct Row: Encodable, Sendable, Hashable {
    public var member: String
    public var name: String
    public var village: String
    public var score: Points
    public var rating: ResidentRating?
    /// Whether the rule proposes the member (false for one decided on whom it does not).
    public var proposed: Bool
    public var decision: ReserveOutcome?
  }

  public var township: String
  public var year: Int
  public var asOf: Day
  public var rule: ReserveRule
  public var members: [Row]

  public init(
    township: String, year: Int, board: ScoreBoard, roster: Roster, appraisals: [Appraisal],
    decisions: [ReserveDecision], rule: ReserveRule, today: Day
  ) {
    self.township = township
    self.year = year
    self.rule = rule
    asOf = min(board.period.last, today)
    // The year's latest residents' rating of each member (the second half's if given).
    var ratings: [String: (Half, ResidentRating)] = [:]
    for appraisal in appraisals where appraisal.year == year {
      guard let half = appraisal.half, let rating = appraisal.rating else { continue }
      if let kept = ratings[appraisal.member], kept.0 == .h2, half == .h1 { continue }
      ratings[appraisal.member] = (half, rating)
    }
    let decided = Dictionary(
      decisions.filter { $0.year == year }.map { ($0.member, $0.decision) },
      uniquingKeysWith: { _, last in last })
    let partyMembers = Set(roster.members.filter { $0.status.isPartyMember }.map(\.id))
    var rows: [Row] = []
    let byVillage = Dictionary(grouping: board.scores, by: \.village)
    for village in roster.villages.map(\.id) {
      let candidates = (byVillage[village] ?? []).filter { score in
        partyMembers.contains(score.member) && score.band != .black
          && score.score >= rule.minimumScore
          && ratings[score.member].map { rule.ratings.contains($0.1) } == true
      }.sorted { ($1.score, $0.member) < ($0.score, $1.member) }
      let proposed = Set(candidates.prefix(rule.perVillage).map(\.member))
      for score in byVillage[village] ?? []
      where proposed.contains(score.member) || decided[score.member] != nil {
        rows.append(
          Row(
            member: score.member, name: score.name, village: roster.villageName(village),
            score: score.score, rating: ratings[score.member]?.1,
            proposed: proposed.contains(score.member), decision: decided[score.member]))
      }
    }
    members = rows
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let ratingNames = rule.ratings.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
    return ReportDocument(
      title: zh ? "\(township)\(year)年村级后备干部人选" : "\(township): reserve cadres proposed, \(year)",
      subtitle: zh ? "截至 \(asOf)" : "As of \(asOf)",
      blocks: [
        .paragraph(
          zh
            ? "规则：年度积分不低于 \(rule.minimumScore) 分、群众评价为\(ratingNames)、不在黑榜，每村至多 \(rule.perVillage) 名。"
            : "The rule: the year's score at least \(rule.minimumScore), residents' rating "
              + "\(ratingNames), not on the black list; at most \(rule.perVillage) a village."),
        .table(
          .init(
            columns: [
              ReportText.left("村", "Village", language), ReportText.left("编号", "ID", language),
              ReportText.left("党员", "Member", language), ReportText.right("积分", "Score", language),
              ReportText.left("群众评价", "Rating", language),
              ReportText.left("按规则", "By the rule", language),
              ReportText.left("决定", "Decision", language),
            ],
            rows: members.map {
              [
                $0.village, $0.member, $0.name, $0.score.description,
                $0.rating?.label(language) ?? "",
                $0.proposed ? (zh ? "推荐" : "proposed") : (zh ? "未推荐" : "not proposed"),
                $0.decision?.label(language) ?? (zh ? "待定" : "pending"),
              ]
            }, empty: ReportText.none(language))),
        .paragraph(
          zh
            ? "按规则推荐，由镇党委研究决定；决定用 'liaison reserve decide' 登记。"
            : "Proposed by the rule; the township Party committee decides, recorded with "
              + "'liaison reserve decide'."),
      ])
  }
}
