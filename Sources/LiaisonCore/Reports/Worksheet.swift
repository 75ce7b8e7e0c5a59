/// A member's sheet for the rounds: their households with the last visit and open needs,
/// and a form to fill in by hand. As CSV it is exactly the visits import's form — one row
/// per household with the member and household filled in — so the rows a member fills
/// import back with `liaison import visits`, and rows left blank are skipped.
public struct Worksheet: Codable, Hashable, Sendable {
  public struct Row: Codable, Hashable, Sendable {
    public var household: String
    public var head: String
    public var phone: String?
    public var courtyard: String?
    public var address: String?
    public var lastVisit: Day?
    public var openNeeds: [String]
  }

  public var member: String
  public var name: String
  public var phone: String
  public var village: String
  public var grid: String?
  public var month: YearMonth
  public var asOf: Day
  public var households: [Row]

  /// The member's worksheet for `month` as the folder stands: each linked household's last
  /// visit comes from the visit index.
  public static func make(
    member reference: String, month: YearMonth, session: StoreSession, today: Day
  ) throws -> Worksheet {
    let asOf = min(today, month.lastDay)
    let roster = try session.roster()
    let member = try roster.member(reference)
    // The last visit of each household the member was ever linked to (the sheet lists
    // those linked that day), from the index: a county year of every visit, held to find
    // seven households' last ones, took 600 MB.
    let homes = Set(roster.links.filter { $0.member == member.id }.map(\.household))
    let lastDay = Int32(asOf.ordinal)
    let months = try session.indexedVisits(
      try session.visitMonths().filter { $0 <= month }
    ) { read -> [String: Day] in
      let wanted = read.households.map(homes.contains)
      var last: [String: Int32] = [:]
      for visit in read.visits where wanted[Int(visit.household)] && visit.day <= lastDay {
        let home = read.households[Int(visit.household)]
        last[home] = max(last[home] ?? visit.day, visit.day)
      }
      return last.mapValues { Day(ordinal: Int($0)) }
    }
    return Worksheet(
      member: member, month: month, asOf: asOf, roster: roster,
      lastVisits: months.reduce(into: [:]) { all, month in all.merge(month, uniquingKeysWith: max)
      },
      needs: try session.needs())
  }

  /// - Parameter lastVisits: each household's last visit on or before `asOf`.
  init(
    member: Member, month: YearMonth, asOf: Day, roster: Roster, lastVisits last: [String: Day],
    needs: [Need]
  ) {
    let inForce = RosterInForce(roster, on: asOf)
    let roster = inForce.roster
    self.member = member.id
    name = member.name
    phone = member.phone
    village = roster.villageName(member.village)
    grid = member.grid.map(roster.gridName)
    self.month = month
    self.asOf = asOf
    let ids = Set((inForce.linksByMember[member.id] ?? []).map(\.household))
    households = inForce.households.filter { ids.contains($0.id) }.map { home in
      Row(
        household: home.id, head: home.head, phone: home.phone, courtyard: home.courtyard,
        address: home.address, lastVisit: last[home.id],
        openNeeds: NeedFilter.sorted(
          needs.filter { $0.household == home.id && $0.status(on: asOf)?.isPending == true }
        ).map { "\($0.id) \($0.text)" })
    }
  }

  /// The visits import's headers, in the language of the sheet: the ids it imports by, the
  /// names beside them for the member to read (the import passes them over), then what to
  /// fill in — the five looks and four questions (进门五看、提笔四问) among them.
  static func formHeader(_ language: Language) -> [String] {
    language == .zh
      ? [
        "走访日期", "走访党员", "党员姓名", "农户", "户主姓名", "方式", "意见建议数", "情况记录",
        "看厨房", "看卧室", "看厕所", "看房前屋后", "看田间地头",
        "问家庭情况", "问经济收入", "问意见建议", "问困难诉求",
      ]
      : [
        "date", "member", "memberName", "household", "head", "mode", "opinions", "note",
        "kitchenLook", "bedroomLook", "toiletLook", "yardLook", "fieldsLook",
        "familyAsk", "economyAsk", "opinionsAsk", "needsAsk",
      ]
  }

  /// The form as CSV for a spreadsheet: one row per household, date and notes blank.
  public func formCSV(_ language: Language) -> String {
    let blanks = Array(repeating: "", count: Self.formHeader(language).count - 5)
    return CSVWriter().document(
      header: Self.formHeader(language),
      rows: households.map { ["", member, name, $0.household, $0.head] + blanks },
      byteOrderMark: true)
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let left = ReportText.left
    let list = ReportDocument.Table(
      columns: [
        left("编号", "ID", language), left("户主", "Head", language), left("电话", "Phone", language),
        left("院落", "Courtyard", language), left("最近走访", "Last visit", language),
        left("未办结诉求", "Open needs", language),
      ],
      rows: households.map {
        [
          $0.household, $0.head, $0.phone ?? "", $0.courtyard ?? "", ReportText.day($0.lastVisit),
          $0.openNeeds.joined(separator: "；"),
        ]
      }, empty: ReportText.none(language))
    var forms: [ReportDocument.Block] = []
    for home in households {
      forms.append(.form(form(home, language)))
    }
    return ReportDocument(
      title: zh
        ? "党员走访工作单（\(name)，\(ReportText.month(month, language))）"
        : "Visit worksheet: \(name), \(month)",
      subtitle: zh
        ? "\(village)\(grid ?? "") · \(phone) · 截至 \(asOf)"
        : "\(village) \(grid ?? "") · \(phone) · as of \(asOf)",
      blocks: [
        .heading(zh ? "联系户（\(households.count)）" : "Households (\(households.count))"),
        .table(list),
        .pageBreak,
        .heading(zh ? "走访登记（填好后交村里录入）" : "Visits (fill in and hand to the clerk)"),
      ] + forms + [
        .signOff(
          .init([
            .init(zh ? "走访党员签名" : "Member's signature", ""),
            .init(zh ? "村审核" : "Checked by the village", ""),
            .init(zh ? "日期" : "Date", zh ? "　　　　年　　月　　日" : ""),
          ]))
      ])
  }

  /// One household's box: who, when and how, then a line for each of the five looks and
  /// four questions (seed 000, 常山), the last one — difficulties and needs — the tallest.
  private func form(_ home: Row, _ language: Language) -> [[ReportDocument.Fact]] {
    let zh = language == .zh
    func box(_ zh: String, _ en: String) -> ReportDocument.Fact {
      .init(language == .zh ? zh : en, "")
    }
    return [
      [
        .init(zh ? "农户" : "Household", "\(home.household) \(home.head)"),
        .init(zh ? "电话" : "Phone", home.phone ?? ""),
        .init(zh ? "最近走访" : "Last visit", ReportText.day(home.lastVisit)),
      ],
      [
        box("走访日期", "Date"),
        .init(zh ? "方式" : "Mode", zh ? "上门 / 电话 / 线上 / 代联系" : "in person / phone / online / proxy"),
        box("意见建议数", "Opinions"),
      ],
      [box("看厨房", "Kitchen"), box("看卧室", "Bedroom"), box("看厕所", "Toilet")],
      [box("看房前屋后", "Around the house"), box("看田间地头", "Fields")],
      [box("问家庭情况", "Family"), box("问经济收入", "Income")],
      [
        box("问意见建议", "Opinions"),
        .init(zh ? "未办结诉求" : "Open needs", home.openNeeds.joined(separator: "；")),
      ],
      [box("问困难诉求", "Difficulties and needs")],
    ]
  }
}
