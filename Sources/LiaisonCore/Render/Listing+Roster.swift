/// How each kind of roster record is laid out in lists and `show`.
extension Roster {
  public func villageListing(_ records: [Village], language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Name", zh: "村名"), .init(en: "Code", zh: "编码"),
      .init(en: "Grids", zh: "网格数", alignment: .right),
      .init(en: "Members", zh: "党员数", alignment: .right),
      .init(en: "Households", zh: "农户数", alignment: .right),
    ]
    func counts(_ villages: some Sequence<String>) -> [String: Int] {
      villages.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
    let gridCounts = counts(grids.lazy.map(\.village))
    let memberCounts = counts(members.lazy.filter { $0.left == nil }.map(\.village))
    let householdCounts = counts(households.lazy.map(\.village))
    let rows = records.map { village in
      [
        village.id, village.name, village.code ?? "", String(gridCounts[village.id] ?? 0),
        String(memberCounts[village.id] ?? 0), String(householdCounts[village.id] ?? 0),
      ]
    }
    return Listing(columns: columns, rows: rows)
  }

  public func gridListing(_ records: [Grid], language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Name", zh: "网格"), .init(en: "Village", zh: "村"),
      .init(en: "Code", zh: "编码"), .init(en: "Parent", zh: "上级网格"),
      .init(en: "Leader", zh: "网格长"), .init(en: "Staff", zh: "网格员"),
    ]
    let names = RosterNames(self, rows: records.count)
    let rows = records.map { grid in
      [
        grid.id, grid.name, names.village(grid.village), grid.code ?? "", names.grid(grid.parent),
        grid.leader.map(names.member) ?? "", grid.staff.map(names.member).joined(separator: "、"),
      ]
    }
    return Listing(columns: columns, rows: rows)
  }

  public func memberListing(_ records: [Member], language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Name", zh: "姓名"), .init(en: "Phone", zh: "电话"),
      .init(en: "Village", zh: "村"), .init(en: "Grid", zh: "网格"),
      .init(en: "Status", zh: "身份"), .init(en: "Category", zh: "类别"),
      .init(en: "Households", zh: "联系户数", alignment: .right),
      .init(en: "Gender", zh: "性别"), .init(en: "Born", zh: "出生年月"),
      .init(en: "Joined", zh: "入党时间"), .init(en: "Branch", zh: "所在支部"),
      .init(en: "Duties", zh: "职责"), .init(en: "Proxy", zh: "代联系家属"),
      .init(en: "Left", zh: "离开日期"),
    ]
    let names = RosterNames(self, rows: records.count)
    let rows = records.map { member in
      [
        member.id, member.name, member.phone, names.village(member.village),
        names.grid(member.grid),
        member.status.label(language), member.category?.label(language) ?? "",
        String(names.openLinks(member: member.id).count),
        member.gender?.label(language) ?? "", member.born ?? "",
        member.joined?.description ?? "", member.branch ?? "",
        member.duties.map { $0.label(language) }.joined(separator: language == .zh ? "、" : ", "),
        [member.proxyName, member.proxyPhone].compactMap { $0 }.joined(separator: " "),
        member.left?.description ?? "",
      ]
    }
    return Listing(columns: columns, rows: rows, tableColumnCount: 8)
  }

  public func householdListing(_ records: [Household], language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Head", zh: "户主"), .init(en: "Phone", zh: "电话"),
      .init(en: "Village", zh: "村"), .init(en: "Grid", zh: "网格"),
      .init(en: "Courtyard", zh: "院落"), .init(en: "Size", zh: "人口", alignment: .right),
      .init(en: "Tags", zh: "重点人群"), .init(en: "Liaisons", zh: "联系党员"),
      .init(en: "Address", zh: "住址", kind: .prose), .init(en: "Note", zh: "备注", kind: .prose),
    ]
    let names = RosterNames(self, rows: records.count)
    let rows = records.map { household in
      [
        household.id, household.head, household.phone ?? "", names.village(household.village),
        names.grid(household.grid), household.courtyard ?? "",
        household.size.map(String.init) ?? "",
        household.tags.joined(separator: "、"),
        names.openLinks(household: household.id)
          .map { "\(names.member($0.member))(\($0.post.rawValue))" }.joined(separator: "、"),
        household.address ?? "", household.note ?? "",
      ]
    }
    return Listing(columns: columns, rows: rows, tableColumnCount: 9)
  }

  public func linkListing(_ records: [Link], language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Member", zh: "党员"),
      .init(en: "Household", zh: "农户"), .init(en: "Post", zh: "岗位"),
      .init(en: "Type", zh: "邻里类型"), .init(en: "From", zh: "开始"), .init(en: "To", zh: "结束"),
    ]
    let names = RosterNames(self, rows: records.count)
    let rows = records.map { link in
      [
        link.id, "\(names.member(link.member)) \(link.member)",
        "\(names.head(link.household)) \(link.household)", link.post.label(language),
        link.type?.label(language) ?? "", link.from.description, link.to?.description ?? "",
      ]
    }
    return Listing(columns: columns, rows: rows)
  }
}
