/// The grid signs (网格公示牌, seed 003) posted in each grid of a village: the grid's code,
/// its leader and staff with their phones, the members serving in it with their duties and
/// households, and the phone to complain to — one sign to a printed page.
public struct GridSigns: Codable, Hashable, Sendable {
  public struct Person: Codable, Hashable, Sendable {
    public var member: String
    public var name: String
    public var phone: String
    /// Duties by their Chinese names.
    public var duties: [String]
    public var linkedHouseholds: Int
  }

  public struct Sign: Codable, Hashable, Sendable {
    public var grid: String
    public var name: String
    public var code: String?
    public var leader: Person?
    public var staff: [Person]
    public var members: [Person]
    public var households: Int
  }

  public var township: String
  public var village: String
  public var asOf: Day
  public var issuer: String?
  public var supervisionPhone: String?
  public var signs: [Sign]

  public init(
    village: Village, roster: Roster, township: String, asOf: Day,
    settings: FormSettings = FormSettings()
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: village.id)
    let roster = inForce.roster
    self.township = township
    self.village = village.name
    self.asOf = asOf
    issuer = settings.unit
    supervisionPhone = settings.supervisionPhone
    func person(_ id: String) -> Person? {
      inForce.membersByID[id].map {
        Person(
          member: $0.id, name: $0.name, phone: $0.phone, duties: $0.duties.map(\.chineseLabel),
          linkedHouseholds: inForce.linkedHouseholds(of: $0.id))
      }
    }
    signs = roster.grids.filter { $0.village == village.id && $0.hasStarted(by: asOf) }.map {
      grid in
      Sign(
        grid: grid.id, name: grid.name, code: grid.code, leader: grid.leader.flatMap(person),
        staff: grid.staff.compactMap(person),
        members: inForce.members.filter { $0.grid == grid.id }.compactMap { person($0.id) },
        households: inForce.households.count { $0.grid == grid.id })
    }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let blank = ReportDocument.SignOff.blank
    var blocks: [ReportDocument.Block] = []
    func named(_ person: Person) -> String { "\(person.name) \(person.phone)" }
    for (index, sign) in signs.enumerated() {
      if index > 0 { blocks.append(.pageBreak) }
      let grid = sign.name.hasSuffix("网格") ? sign.name : sign.name + "网格"
      blocks.append(.heading(zh ? "\(village)\(grid)公示牌" : "\(village), \(sign.name): grid sign"))
      blocks.append(
        .facts([
          .init(zh ? "网格编码" : "Grid code", sign.code ?? "—"),
          .init(zh ? "网格长" : "Grid leader", sign.leader.map(named) ?? blank),
          .init(
            zh ? "网格员" : "Grid staff",
            sign.staff.isEmpty ? "—" : sign.staff.map(named).joined(separator: zh ? "；" : "; ")),
          .init(zh ? "农户" : "Households", String(sign.households)),
          .init(zh ? "监督电话" : "To report a problem, call", supervisionPhone ?? blank),
        ]))
      blocks.append(
        .table(
          .init(
            columns: [
              TextTable.Column(zh ? "党员" : "Member", keepsWhole: true),
              TextTable.Column(zh ? "电话" : "Phone", keepsWhole: true),
              ReportText.left("职责", "Duties", language),
              ReportText.right("联系户", "Homes", language),
            ],
            rows: sign.members.map {
              [$0.name, $0.phone, $0.duties.joined(separator: "、"), String($0.linkedHouseholds)]
            }, empty: ReportText.none(language))))
      blocks.append(
        .signOff(
          .init([
            .init(zh ? "发布单位（盖章）" : "Issued by (seal)", issuer ?? ""),
            .init(zh ? "日期" : "Date", ReportText.longDay(asOf, language)),
          ])))
    }
    return ReportDocument(
      title: zh ? "\(township)\(village)网格公示牌" : "\(township), \(village): grid signs",
      subtitle: zh ? "共 \(signs.count) 个网格，截至 \(asOf)" : "\(signs.count) grids, as of \(asOf)",
      blocks: blocks.isEmpty ? [.paragraph(ReportText.none(language))] : blocks)
  }
}
