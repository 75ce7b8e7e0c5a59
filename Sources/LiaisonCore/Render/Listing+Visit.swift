/// How visits are laid out in lists and `visit show`.
extension Roster {
  public func visitListing(_ records: [Visit], language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Date", zh: "日期"), .init(en: "Member", zh: "党员"),
      .init(en: "Household", zh: "农户"), .init(en: "Village", zh: "村"),
      .init(en: "Grid", zh: "网格"), .init(en: "Mode", zh: "方式"),
      .init(en: "Opinions", zh: "意见数", alignment: .right),
      .init(en: "Note", zh: "备注", kind: .prose),
    ]
    let households = Dictionary(households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let members = Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let names = RosterNames(self, rows: records.count)
    let rows = records.map { visit in
      let home = households[visit.household]
      return [
        visit.id, visit.date.description, members[visit.member] ?? visit.member,
        home?.head ?? visit.household, home.map { names.village($0.village) } ?? "",
        names.grid(home?.grid), visit.mode.label(language), visit.opinions.map(String.init) ?? "",
        visit.note ?? "",
      ]
    }
    return Listing(columns: columns, rows: rows)
  }

  /// One visit field by field, the five looks and four questions included.
  public func visitDetail(_ visit: Visit, language: Language) -> Listing {
    let summary = visitListing([visit], language: language)
    let look = visit.look ?? Observations()
    let ask = visit.ask ?? Questions()
    let extra: [(Listing.Column, String)] = [
      (.init(en: "Kitchen", zh: "看厨房"), look.kitchen ?? ""),
      (.init(en: "Bedroom", zh: "看卧室"), look.bedroom ?? ""),
      (.init(en: "Toilet", zh: "看厕所"), look.toilet ?? ""),
      (.init(en: "Yard", zh: "看房前屋后"), look.yard ?? ""),
      (.init(en: "Fields", zh: "看田间地头"), look.fields ?? ""),
      (.init(en: "Family", zh: "问家庭情况"), ask.family ?? ""),
      (.init(en: "Economy", zh: "问经济收入"), ask.economy ?? ""),
      (.init(en: "Opinions asked", zh: "问意见建议"), ask.opinions ?? ""),
      (.init(en: "Needs", zh: "问困难诉求"), ask.needs ?? ""),
      (.init(en: "Photos", zh: "照片"), (visit.photos ?? []).joined(separator: " ")),
      (.init(en: "Recorded", zh: "登记时间"), visit.recordedAt),
      (.init(en: "Recorded by", zh: "登记人"), visit.recordedBy),
    ]
    return Listing(
      columns: summary.columns + extra.map(\.0), rows: [summary.rows[0] + extra.map(\.1)])
  }
}
