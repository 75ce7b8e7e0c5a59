/// The list of residents to look after first (重点服务人群清单, seed 000): for each focus
/// group, its households with their phones, where they live and the members linked to them,
/// as things stood on `asOf` — so a member knows whom to visit first.
public struct FocusGroupList: Codable, Hashable, Sendable {
  public struct Entry: Codable, Hashable, Sendable {
    public var household: String
    public var head: String
    public var phone: String?
    public var village: String
    public var grid: String?
    /// Linked members as `name(A)`.
    public var members: [String]
  }

  public struct Group: Codable, Hashable, Sendable {
    /// The group's value (`empty-nest`), or a free tag as typed.
    public var key: String
    public var households: [Entry]
  }

  public var township: String
  public var village: String?
  public var asOf: Day
  public var groups: [Group]

  /// - Parameter only: one group (any of its names), or nil for every group.
  public init(
    roster: Roster, township: String, asOf: Day, village: String? = nil, only: String? = nil
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let roster = inForce.roster
    self.township = township
    self.village = village.map(roster.villageName)
    self.asOf = asOf
    var byKey: [String: [Entry]] = [:]
    for home in inForce.households {
      let members = (inForce.linksByHousehold[home.id] ?? []).map { link in
        "\(inForce.membersByID[link.member]?.name ?? link.member)(\(link.post.rawValue))"
      }
      let entry = Entry(
        household: home.id, head: home.head, phone: home.phone,
        village: roster.villageName(home.village), grid: home.grid.map(roster.gridName),
        members: members)
      for key in Set(home.tags.map(FocusGroup.key)) { byKey[key, default: []].append(entry) }
    }
    let wanted = only.map(FocusGroup.key)
    let known = FocusGroup.allCases.map(\.rawValue)
    let keys =
      known.filter { byKey[$0] != nil } + byKey.keys.filter { !known.contains($0) }.sorted()
    groups = keys.filter { wanted == nil || $0 == wanted }.map { key in
      Group(
        key: key,
        households: (byKey[key] ?? []).sorted {
          ($0.household.count, $0.household) < ($1.household.count, $1.household)
        })
    }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let place = village.map { zh ? "\(township)\($0)" : "\(township), \($0)" } ?? township
    var blocks: [ReportDocument.Block] = [
      .facts(
        groups.map {
          .init(
            FocusGroup.label(ofKey: $0.key, language),
            zh ? "\($0.households.count) 户" : "\($0.households.count)")
        })
    ]
    for group in groups {
      blocks.append(
        .heading("\(FocusGroup.label(ofKey: group.key, language))（\(group.households.count)）"))
      blocks.append(
        .table(
          .init(
            columns: [
              ReportText.left("户号", "ID", language),
              TextTable.Column(zh ? "户主" : "Head", keepsWhole: true),
              TextTable.Column(zh ? "电话" : "Phone", keepsWhole: true),
              ReportText.left("村", "Village", language), ReportText.left("网格", "Grid", language),
              ReportText.left("联系党员", "Members", language),
            ],
            rows: group.households.map {
              [
                $0.household, $0.head, $0.phone ?? "", $0.village, $0.grid ?? "",
                $0.members.joined(separator: "、"),
              ]
            })))
    }
    return ReportDocument(
      title: zh ? "\(place)重点服务人群清单" : "\(place): focus groups to look after",
      subtitle: zh
        ? "截至 \(asOf)；一户可属多类，各类户数不相加。"
        : "As of \(asOf); a household may be in several groups, so the counts do not add up.",
      blocks: groups.isEmpty ? [.paragraph(ReportText.none(language))] : blocks)
  }
}
