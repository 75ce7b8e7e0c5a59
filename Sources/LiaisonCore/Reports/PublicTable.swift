/// The public information table (公示信息表, seed 002 attachment 2) posted in a village:
/// each member with phone, duties and commitments, and the households linked to them with
/// their phones masked (138****5678) unless the clerk asks for them whole.
public struct PublicTable: Codable, Hashable, Sendable {
  public struct Household: Codable, Hashable, Sendable {
    public var id: String
    public var head: String
    public var phone: String?
    public var courtyard: String?
    public var grid: String?
    public var post: Post
  }

  public struct Entry: Codable, Hashable, Sendable {
    public var member: String
    public var name: String
    public var phone: String
    public var grid: String?
    /// Duties by their Chinese names (一员七职).
    public var duties: [String]
    public var commitments: [String]
    public var households: [Household]
  }

  public var township: String
  public var village: String
  public var asOf: Day
  public var phonesShown: Bool
  public var members: [Entry]
  /// Who posts the table (发布单位) and the phone to complain to (监督电话), from the
  /// folder's form settings; nil prints a line to fill in by hand.
  public var issuer: String?
  public var supervisionPhone: String?
  /// The posting period (公示期): from `asOf`, as many days as the settings say.
  public var noticeFrom: Day
  public var noticeTo: Day

  /// - Parameter commitments: each member's commitments for the year, by member id.
  public init(
    village: Village, roster: Roster, township: String, asOf: Day, showPhones: Bool,
    commitments: [String: [String]] = [:], settings: FormSettings = FormSettings()
  ) {
    issuer = settings.unit
    supervisionPhone = settings.supervisionPhone
    noticeFrom = asOf
    noticeTo = asOf.adding(days: settings.days - 1)
    let inForce = RosterInForce(roster, on: asOf, village: village.id)
    let roster = inForce.roster
    self.township = township
    self.village = village.name
    self.asOf = asOf
    phonesShown = showPhones
    members = inForce.members.map { member in
      let households = (inForce.linksByMember[member.id] ?? []).compactMap { link -> Household? in
        guard let home = inForce.householdsByID[link.household] else { return nil }
        return Household(
          id: home.id, head: home.head,
          phone: home.phone.map { showPhones ? $0 : Phone.masked($0) }, courtyard: home.courtyard,
          grid: home.grid.map(roster.gridName), post: link.post)
      }.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
      return Entry(
        member: member.id, name: member.name, phone: member.phone,
        grid: member.grid.map(roster.gridName), duties: member.duties.map(\.chineseLabel),
        commitments: commitments[member.id] ?? [], households: households)
    }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let left = ReportText.left
    // Phones are right-aligned so that a narrow page shortens names and duties, never a
    // number someone will dial.
    func whole(
      _ zh: String, _ en: String, _ alignment: TextTable.Alignment = .left
    )
      -> TextTable.Column
    {
      TextTable.Column(language == .zh ? zh : en, alignment: alignment, keepsWhole: true)
    }
    let columns = [
      whole("党员", "Member"), whole("电话", "Phone", .right),
      left("职责", "Duties", language), ReportText.prose("承诺", "Pledges", language),
      whole("联系户", "Home"), whole("户主电话", "Phone", .right),
      left("院落", "Yard", language), whole("网格", "Grid"),
    ]
    var rows: [[String]] = []
    for entry in members {
      let people = entry.households.isEmpty ? [nil] : entry.households.map { Optional($0) }
      for (index, home) in people.enumerated() {
        let first = index == 0
        rows.append([
          first ? entry.name : "", first ? entry.phone : "",
          first ? entry.duties.joined(separator: "、") : "",
          first ? entry.commitments.joined(separator: "；") : "",
          home?.head ?? "", home?.phone ?? "",
          home?.courtyard ?? "", home?.grid ?? entry.grid ?? "",
        ])
      }
    }
    let blank = ReportDocument.SignOff.blank
    let issuedBy = issuer ?? blank
    let period = zh ? "\(noticeFrom) 至 \(noticeTo)" : "\(noticeFrom) to \(noticeTo)"
    return ReportDocument(
      title: zh
        ? "\(township)\(village)党员联户公示信息表" : "\(township), \(village): liaison public table",
      subtitle: zh
        ? "截至 \(asOf)" + (phonesShown ? "" : "；农户电话已隐去中间数字。")
        : "As of \(asOf)" + (phonesShown ? "." : "; households' phones masked."),
      blocks: [
        .facts([
          .init(zh ? "公示期" : "Posted", period),
          .init(zh ? "发布单位" : "Issued by", issuedBy),
          .init(zh ? "监督电话" : "To report a problem, call", supervisionPhone ?? blank),
        ]),
        .table(.init(columns: columns, rows: rows, empty: ReportText.none(language))),
        .paragraph(
          zh
            ? "欢迎群众监督。如有意见，请在公示期内拨打监督电话反映。"
            : "Residents are welcome to check this table; call the number above during the "
              + "posting period with any concern."),
        .signOff(
          .init([
            .init(zh ? "发布单位（盖章）" : "Issued by (seal)", issuer ?? ""),
            .init(zh ? "日期" : "Date", ReportText.longDay(noticeFrom, language)),
          ])),
      ],
      runningHead: zh
        ? "\(township)\(village)党员联户公示信息表（公示期 \(period)）"
        : "\(township), \(village): liaison public table (posted \(period))")
  }
}
