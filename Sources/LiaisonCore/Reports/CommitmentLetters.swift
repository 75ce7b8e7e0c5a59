/// The commitment letters (承诺践诺书, seed 002 attachment 1): one page per member for a
/// year — who they are, what they promised, whether and how each promise was kept — with
/// lines for the member's and the branch's signatures.
public struct CommitmentLetters: Codable, Hashable, Sendable {
  public struct Promise: Codable, Hashable, Sendable {
    public var id: String
    public var text: String
    public var fulfilled: Day?
    public var fulfilment: String?
  }

  public struct Letter: Codable, Hashable, Sendable {
    public var member: String
    public var name: String
    public var village: String
    public var grid: String?
    public var branch: String?
    public var status: MemberStatus
    public var duties: [String]
    public var linkedHouseholds: Int
    public var promises: [Promise]
  }

  public var township: String
  public var year: Int
  public var asOf: Day
  public var letters: [Letter]

  /// Every member on the roster during the year who made a commitment for it, or, with
  /// `everyone`, every member on the roster at `asOf` (blank letters to fill in).
  public init(
    year: Int, roster: Roster, commitments: [Commitment], township: String, asOf: Day,
    village: String? = nil, everyone: Bool = false
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let roster = inForce.roster
    let byMember = Dictionary(grouping: commitments.filter { $0.year == year }, by: \.member)
    self.township = township
    self.year = year
    self.asOf = asOf
    letters = roster.members.filter { member in
      (village == nil || member.village == village)
        && (everyone ? inForce.membersByID[member.id] != nil : byMember[member.id] != nil)
    }.map { member in
      Letter(
        member: member.id, name: member.name, village: roster.villageName(member.village),
        grid: member.grid.map(roster.gridName), branch: member.branch, status: member.status,
        duties: member.duties.map(\.chineseLabel),
        linkedHouseholds: inForce.linkedHouseholds(of: member.id),
        promises: (byMember[member.id] ?? []).sorted { $0.id < $1.id }.map {
          Promise(id: $0.id, text: $0.text, fulfilled: $0.fulfilled, fulfilment: $0.fulfilment)
        })
    }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    var blocks: [ReportDocument.Block] = []
    for (index, letter) in letters.enumerated() {
      if index > 0 { blocks.append(.pageBreak) }
      blocks.append(
        .heading(zh ? "\(letter.name) \(year)年度承诺践诺书" : "\(letter.name): commitments for \(year)"))
      blocks.append(
        .facts([
          .init(zh ? "姓名" : "Name", "\(letter.name)（\(letter.status.label(language))）"),
          .init(
            zh ? "所在" : "Where",
            [letter.village, letter.grid].compactMap { $0 }.joined(separator: " ")),
          .init(zh ? "党支部" : "Branch", letter.branch ?? "—"),
          .init(
            zh ? "岗位职责" : "Duties",
            letter.duties.isEmpty ? "—" : letter.duties.joined(separator: "、")),
          .init(zh ? "联系农户" : "Households linked", String(letter.linkedHouseholds)),
        ]))
      blocks.append(
        .table(
          .init(
            columns: [
              ReportText.right("序号", "No.", language),
              ReportText.left("承诺事项", "Commitment", language),
              ReportText.left("践诺情况", "How it was kept", language),
              ReportText.left("践诺日期", "Kept on", language),
            ],
            rows: letter.promises.enumerated().map { number, promise in
              [
                String(number + 1), promise.text,
                promise.fulfilment ?? (promise.fulfilled == nil ? (zh ? "未兑现" : "not yet") : ""),
                ReportText.day(promise.fulfilled),
              ]
            }, empty: zh ? "（本年度尚未作出承诺）" : "(no commitment made for this year)")))
      blocks.append(
        .paragraph(
          zh
            ? "承诺人签字：__________    党支部审核：__________    日期：__________"
            : "Member's signature: __________   Branch: __________   Date: __________"))
    }
    return ReportDocument(
      title: zh ? "\(township)党员\(year)年度承诺践诺书" : "\(township): members' commitments, \(year)",
      subtitle: zh ? "共 \(letters.count) 份，截至 \(asOf)" : "\(letters.count) letters, as of \(asOf)",
      blocks: blocks.isEmpty ? [.paragraph(ReportText.none(language))] : blocks)
  }
}
