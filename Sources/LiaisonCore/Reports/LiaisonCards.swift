/// Liaison cards (连心卡, seed 000) to print and cut out: one per link in force, for the
/// household to keep — who their member is, how to call them, and what they promised.
public struct LiaisonCards: Codable, Hashable, Sendable {
  public struct Card: Codable, Hashable, Sendable {
    public var link: String
    public var member: String
    public var memberPhone: String
    public var post: Post
    public var commitment: String?
    public var household: String
    public var head: String
    public var village: String
    public var grid: String?
    public var courtyard: String?
  }

  public var township: String
  public var asOf: Day
  public var cards: [Card]

  /// - Parameter commitments: the commitment printed on each member's cards, by member id.
  public init(
    roster: Roster, township: String, asOf: Day, village: String? = nil,
    commitments: [String: String] = [:]
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let roster = inForce.roster
    self.township = township
    self.asOf = asOf
    cards = inForce.links.compactMap { link in
      guard let member = roster.members.first(where: { $0.id == link.member }),
        let home = inForce.householdsByID[link.household]
      else { return nil }
      return Card(
        link: link.id, member: member.name, memberPhone: member.phone, post: link.post,
        commitment: commitments[member.id], household: home.id, head: home.head,
        village: roster.villageName(home.village), grid: home.grid.map(roster.gridName),
        courtyard: home.courtyard)
    }.sorted {
      ($0.household.count, $0.household, $0.post.rawValue) < (
        $1.household.count, $1.household, $1.post.rawValue
      )
    }
  }

  /// One heading and a few lines per card, six to a printed page.
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    var blocks: [ReportDocument.Block] = []
    for (index, card) in cards.enumerated() {
      if index > 0, index % 6 == 0 { blocks.append(.pageBreak) }
      blocks.append(.heading(zh ? "党员联户连心卡 · \(card.head)户" : "Liaison card · \(card.head)"))
      var facts: [ReportDocument.Fact] = [
        .init(zh ? "联系党员" : "Your member", "\(card.member)（\(card.post.label(language))）"),
        .init(zh ? "联系电话" : "Phone", card.memberPhone),
        .init(
          zh ? "所在" : "Where",
          [card.village, card.grid, card.courtyard].compactMap { $0 }.joined(separator: " ")),
      ]
      if let commitment = card.commitment {
        facts.append(.init(zh ? "服务承诺" : "Commitment", commitment))
      }
      blocks.append(.facts(facts))
    }
    return ReportDocument(
      title: zh ? "\(township)党员联户连心卡" : "\(township): liaison cards",
      subtitle: zh ? "共 \(cards.count) 张，截至 \(asOf)" : "\(cards.count) cards, as of \(asOf)",
      blocks: blocks.isEmpty ? [.paragraph(ReportText.none(language))] : blocks)
  }
}
