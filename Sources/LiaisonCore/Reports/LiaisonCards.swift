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
  /// 监督电话 from the folder's form settings.
  public var supervisionPhone: String?

  /// - Parameter commitments: the commitment printed on each member's cards, by member id.
  public init(
    roster: Roster, township: String, asOf: Day, village: String? = nil,
    commitments: [String: String] = [:], supervisionPhone: String? = nil
  ) {
    self.supervisionPhone = supervisionPhone
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let roster = inForce.roster
    self.township = township
    self.asOf = asOf
    // Any member on the roster that day, gone or not, found by id (a scan of 12,000
    // members for each of a county's 90,000 links took seconds).
    let members = RecordsByID(roster.members)
    cards = inForce.links.compactMap { link in
      guard let member = members[link.member],
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

  /// Cards folded in two — the member's side with their phone and commitment (000: 亮出党员
  /// 联系电话和服务承诺), the household's side with whose card it is — bordered, with cut
  /// lines, four to a printed A4 page.
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let blank = ReportDocument.SignOff.blank
    let cards = cards.map { card in
      ReportDocument.Card(
        title: zh ? "党员联户连心卡" : "Liaison card",
        front: [
          .init(zh ? "联系党员" : "Your member", "\(card.member)（\(card.post.label(language))）"),
          .init(zh ? "联系电话" : "Phone", card.memberPhone),
          .init(zh ? "服务承诺" : "Commitment", card.commitment ?? blank),
          .init(zh ? "监督电话" : "Complaints", supervisionPhone ?? blank),
        ],
        backTitle: zh ? "\(card.head)户" : "Household of \(card.head)",
        back: [
          .init(zh ? "户主" : "Head", card.head),
          .init(
            zh ? "住址" : "Where",
            [card.village, card.grid, card.courtyard].compactMap { $0 }.joined(separator: " ")),
          .init(zh ? "户号" : "Household", card.household),
          .init(
            zh ? "说明" : "Note",
            zh
              ? "有困难、有诉求，请拨打联系党员电话。" : "Call your member with any difficulty or need."),
        ])
    }
    return ReportDocument(
      title: zh ? "\(township)党员联户连心卡" : "\(township): liaison cards",
      subtitle: zh
        ? "共 \(cards.count) 张，截至 \(asOf)；沿虚线剪下，沿中线对折。"
        : "\(cards.count) cards, as of \(asOf); cut along the dashed lines, fold down the middle.",
      blocks: cards.isEmpty ? [.paragraph(ReportText.none(language))] : [.cards(cards)])
  }
}
