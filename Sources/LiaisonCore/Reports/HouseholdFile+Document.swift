/// The household's file laid out for reading and printing.
extension HouseholdFile {
  /// The whole file; `details: false` leaves out the first section, for `household show`,
  /// which prints the household's fields above it.
  public func document(_ language: Language, details: Bool = true) -> ReportDocument {
    let zh = language == .zh
    var blocks: [ReportDocument.Block] = []
    if details {
      blocks += [.heading(zh ? "基本情况" : "Details"), .facts(detailFacts(language))]
    }
    blocks += [
      .heading(zh ? "联系党员（历次）" : "Members linked, over time"),
      .table(linkTable(language)),
      .heading(zh ? "走访记录（\(visits.count) 次）" : "Visits (\(visits.count))"),
      .table(visitTable(language)),
      .heading(zh ? "诉求（\(needs.count) 件）" : "Needs (\(needs.count))"),
      .table(needTable(language)),
    ]
    let head = household.head
    return ReportDocument(
      title: zh ? "一户一档：\(head)户（\(household.id)）" : "Household file: \(head) (\(household.id))",
      subtitle: zh
        ? "\(township)\(village)\(grid ?? "")，截至 \(asOf)"
        : "\(township), \(village)\(grid.map { ", " + $0 } ?? ""), as of \(asOf)",
      blocks: blocks)
  }

  private func detailFacts(_ language: Language) -> [ReportDocument.Fact] {
    let zh = language == .zh
    let home = household
    let place = [village, grid, home.courtyard].compactMap { $0 }.joined(separator: " ")
    return [
      .init(zh ? "户主" : "Head", home.head),
      .init(zh ? "电话" : "Phone", home.phone ?? "—"),
      .init(zh ? "所在" : "Where", place),
      .init(zh ? "住址" : "Address", home.address ?? "—"),
      .init(zh ? "人口" : "People", home.size.map(String.init) ?? "—"),
      .init(
        zh ? "重点人群" : "Focus groups", home.tags.isEmpty ? "—" : home.tags.joined(separator: "、")),
      .init(zh ? "备注" : "Note", home.note ?? "—"),
      .init(zh ? "建档日期" : "On file since", ReportText.day(home.since)),
    ]
  }

  private func linkTable(_ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    return .init(
      columns: [
        TextTable.Column(zh ? "党员" : "Member", keepsWhole: true),
        ReportText.left("岗位", "Post", language), ReportText.left("邻里类型", "Neighbour", language),
        ReportText.left("起", "From", language), ReportText.left("止", "To", language),
      ],
      rows: links.map {
        [
          $0.name, $0.post.label(language), $0.type?.label(language) ?? "—", $0.from.description,
          $0.to.map(\.description) ?? (zh ? "至今" : "now"),
        ]
      }, empty: zh ? "从未联户" : "never linked")
  }

  private func visitTable(_ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    return .init(
      columns: [
        ReportText.left("日期", "Date", language),
        TextTable.Column(zh ? "党员" : "Member", keepsWhole: true),
        ReportText.left("方式", "Mode", language), ReportText.right("意见", "Opin.", language),
        ReportText.prose("情况记录（五看四问）", "Notes (looks and questions)", language),
      ],
      rows: visits.map {
        [
          $0.date.description, $0.name, $0.mode.label(language),
          $0.opinions.map(String.init) ?? "", Self.notes($0, language),
        ]
      }, empty: zh ? "尚无走访" : "no visit yet")
  }

  /// A visit's note, then what was seen and asked, each under its heading.
  static func notes(_ visit: VisitEntry, _ language: Language) -> String {
    let zh = language == .zh
    let look = visit.look
    let ask = visit.ask
    let parts: [(String, String, String?)] = [
      ("看厨房", "kitchen", look?.kitchen), ("看卧室", "bedroom", look?.bedroom),
      ("看厕所", "toilet", look?.toilet), ("看房前屋后", "around", look?.yard),
      ("看田间地头", "fields", look?.fields), ("问家庭", "family", ask?.family),
      ("问经济", "income", ask?.economy), ("问意见", "opinions", ask?.opinions),
      ("问困难", "needs", ask?.needs),
    ]
    let headed = parts.compactMap { zhLabel, enLabel, text in
      text.map { (zh ? zhLabel + "：" : enLabel + ": ") + $0 }
    }
    return ([visit.note].compactMap { $0 } + headed).joined(separator: zh ? "；" : "; ")
  }

  private func needTable(_ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    return .init(
      columns: [
        ReportText.left("编号", "ID", language), ReportText.prose("诉求", "Need", language),
        ReportText.left("状态", "Status", language),
        ReportText.prose("办理经过", "What was done", language),
      ],
      rows: needs.map { need in
        [
          need.id, "\(need.text)（\(need.urgency.label(language))，\(need.scale.label(language))）",
          need.status?.label(language) ?? "—",
          need.history.map { event in
            "\(event.date) \(event.action.label(language))" + (event.note.map { "：\($0)" } ?? "")
          }.joined(separator: zh ? "；" : "; "),
        ]
      }, empty: ReportText.none(language))
  }
}
