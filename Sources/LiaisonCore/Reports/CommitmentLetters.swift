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
    /// The fields of the seed's form (002 attachment 1) the roster holds.
    public var gender: Gender?
    /// Year and month of birth as the roster has it (`1968-05`).
    public var born: String?
    public var joined: Day?
    public var phone: String
    /// Heads of the households linked to the member (联系的群众), by household id.
    public var households: [String]
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
        }, gender: member.gender, born: member.born, joined: member.joined, phone: member.phone,
        households: Set((inForce.linksByMember[member.id] ?? []).map(\.household))
          .sorted { ($0.count, $0) < ($1.count, $1) }
          .compactMap { inForce.householdsByID[$0]?.head })
    }
  }

  /// A page per member: the seed's form — 姓名、性别、出生年月、入党时间、联系电话、所在党支部
  /// （网格）、联系的群众、服务承诺 — a box per field, then how each promise was kept, then
  /// 签名 年 月 日.
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    var blocks: [ReportDocument.Block] = []
    for (index, letter) in letters.enumerated() {
      if index > 0 { blocks.append(.pageBreak) }
      blocks.append(
        .heading(zh ? "党员承诺践诺书（\(year)年度）" : "Commitment letter, \(year): \(letter.name)"))
      blocks.append(.form(form(letter, language)))
      blocks.append(.heading(zh ? "践诺情况" : "How the promises were kept"))
      blocks.append(.table(promises(letter, language)))
      blocks.append(
        .signOff(
          .init([
            .init(zh ? "承诺人签名" : "Member's signature", ""),
            .init(zh ? "党支部审核" : "Branch", ""),
            .init(zh ? "日期" : "Date", zh ? "　　　　年　　月　　日" : ""),
          ])))
    }
    return ReportDocument(
      title: zh ? "\(township)党员\(year)年度承诺践诺书" : "\(township): members' commitments, \(year)",
      subtitle: zh ? "共 \(letters.count) 份，截至 \(asOf)" : "\(letters.count) letters, as of \(asOf)",
      blocks: blocks.isEmpty ? [.paragraph(ReportText.none(language))] : blocks)
  }

  private func form(_ letter: Letter, _ language: Language) -> [[ReportDocument.Fact]] {
    let zh = language == .zh
    let place = [letter.branch, letter.grid].compactMap { $0 }.joined(separator: zh ? "（" : " (")
    let branch = letter.branch != nil && letter.grid != nil ? place + (zh ? "）" : ")") : place
    let pledges = letter.promises.enumerated().map { "\($0 + 1). \($1.text)" }
    return [
      [
        .init(zh ? "姓名" : "Name", letter.name),
        .init(zh ? "性别" : "Gender", letter.gender?.label(language) ?? ""),
        .init(zh ? "出生年月" : "Born", letter.born ?? ""),
      ],
      [
        .init(zh ? "入党时间" : "Joined", letter.joined?.description ?? ""),
        .init(zh ? "联系电话" : "Phone", letter.phone),
        .init(zh ? "身份" : "Status", letter.status.label(language)),
      ],
      [.init(zh ? "所在党支部（网格）" : "Branch (grid)", branch)],
      [.init(zh ? "岗位职责" : "Duties", letter.duties.joined(separator: "、"))],
      [
        .init(
          zh ? "联系的群众" : "Households linked",
          letter.households.isEmpty
            ? ""
            : (zh ? "共 \(letter.households.count) 户：" : "\(letter.households.count): ")
              + letter.households.joined(separator: "、"))
      ],
      [.init(zh ? "服务承诺" : "Commitments", pledges.joined(separator: "\n"))],
    ]
  }

  private func promises(_ letter: Letter, _ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    return .init(
      columns: [
        ReportText.right("序号", "No.", language),
        ReportText.prose("承诺事项", "Commitment", language),
        ReportText.prose("践诺情况", "How it was kept", language),
        ReportText.left("践诺日期", "Kept on", language),
      ],
      rows: letter.promises.enumerated().map { number, promise in
        [
          String(number + 1), promise.text,
          promise.fulfilment ?? (promise.fulfilled == nil ? (zh ? "未兑现" : "not yet") : ""),
          ReportText.day(promise.fulfilled),
        ]
      }, empty: zh ? "（本年度尚未作出承诺）" : "(no commitment made for this year)")
  }
}
