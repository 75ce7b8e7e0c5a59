/// How needs are laid out in lists, `need show` and the week view.
extension Roster {
  /// Needs as they stand, with days overdue counted on `today`. A terminal shows the first
  /// ten columns; `show` and CSV have them all.
  public func needListing(_ records: [Need], today: Day, language: Language) -> Listing {
    let columns: [Listing.Column] = [
      .init(en: "ID", zh: "编号"), .init(en: "Colour", zh: "紧急"), .init(en: "Status", zh: "状态"),
      .init(en: "Household", zh: "农户"), .init(en: "Village", zh: "村"),
      .init(en: "Need", zh: "诉求", kind: .prose), .init(en: "Scale", zh: "层级"),
      .init(en: "Handler", zh: "责任人"), .init(en: "Due", zh: "期限"),
      .init(en: "Overdue", zh: "超期天数", alignment: .right), .init(en: "Raised", zh: "登记日期"),
      .init(en: "Grid", zh: "网格"), .init(en: "Support", zh: "帮扶方式"),
      .init(en: "Category", zh: "类别"), .init(en: "Raised by", zh: "提出党员"),
      .init(en: "Visit", zh: "走访"), .init(en: "Resolution", zh: "办理结果", kind: .prose),
      .init(en: "Resolved", zh: "办结日期"), .init(en: "Satisfaction", zh: "满意度"),
      .init(en: "Closed", zh: "销号日期"),
    ]
    let households = householdsByID
    let names = RosterNames(self, rows: records.count)
    let rows = records.map { need in
      let home = households[need.household]
      let overdue = need.daysOverdue(on: today)
      return [
        need.id, need.urgency.label(language), need.status.label(language),
        home?.head ?? need.household, home.map { names.village($0.village) } ?? "", need.text,
        need.scale.label(language), handlerName(need, language: language), need.due.description,
        overdue > 0 ? String(overdue) : "", need.raised.description, names.grid(home?.grid),
        need.support?.label(language) ?? "", need.category ?? "",
        need.raisedBy.map(names.member) ?? "", need.visit ?? "", need.resolution ?? "",
        need.resolved?.description ?? "", need.satisfaction?.label(language) ?? "",
        need.closed?.description ?? "",
      ]
    }
    return Listing(columns: columns, rows: rows, tableColumnCount: 10)
  }

  /// A need's history, oldest first.
  public func needHistoryListing(_ need: Need, language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "Date", zh: "日期"), .init(en: "Action", zh: "事项"), .init(en: "By", zh: "登记人"),
        .init(en: "Note", zh: "说明", kind: .prose),
      ],
      rows: need.history.map {
        [
          $0.date.description, $0.action.label(language), $0.by,
          [$0.satisfaction?.label(language), $0.note].compactMap { $0 }.joined(
            separator: language == .zh ? "：" : ": "),
        ]
      })
  }

  /// Needs as a report shows them on one day.
  public func needSummaryListing(_ records: [NeedSummary], language: Language) -> Listing {
    Listing(
      columns: [
        .init(en: "ID", zh: "编号"), .init(en: "Colour", zh: "紧急"), .init(en: "Status", zh: "状态"),
        .init(en: "Household", zh: "农户"), .init(en: "Village", zh: "村"),
        .init(en: "Need", zh: "诉求", kind: .prose), .init(en: "Handler", zh: "责任人"),
        .init(en: "Due", zh: "期限"), .init(en: "Overdue", zh: "超期天数", alignment: .right),
      ],
      rows: records.map {
        [
          $0.id, $0.urgency.label(language), $0.status.label(language), $0.head, $0.village,
          $0.text, $0.handler, $0.due.description, $0.daysOverdue > 0 ? String($0.daysOverdue) : "",
        ]
      })
  }
}

extension NeedWeek {
  /// The week as text: a line of counts, then each list under its heading.
  public func text(roster: Roster, language: Language, width: Int) -> String {
    let zh = language == .zh
    var text =
      zh
      ? "\(week)（\(from) 至 \(to)），截至 \(asOf)：新登记 \(counts.raised)，本周办结 \(counts.resolved)，"
        + "未办结 \(counts.stillOpen)，超期 \(counts.overdue)。"
        + (cleared ? "本周清单已清零。" : "尚未清零（周日必清零）。") + "\n"
      : "\(week) (\(from) to \(to)), as of \(asOf): \(counts.raised) raised, "
        + "\(counts.resolved) resolved this week, \(counts.stillOpen) still open, "
        + "\(counts.overdue) overdue. " + (cleared ? "The list is cleared." : "Not yet cleared.")
        + "\n"
    text = TextWrap.items(text, width: width).joined(separator: "\n")
    let sections: [(Localized, [NeedSummary])] = [
      (Localized(en: "Raised this week", zh: "本周新登记"), raised),
      (Localized(en: "Resolved this week", zh: "本周办结"), resolved),
      (Localized(en: "Still open", zh: "未办结"), stillOpen),
      (Localized(en: "Overdue", zh: "已超期"), overdue),
    ]
    for (heading, needs) in sections {
      text += "\n" + heading(language) + (zh ? "（\(needs.count)）" : " (\(needs.count))") + "\n"
      text +=
        needs.isEmpty
        ? (zh ? "  无\n" : "  none\n")
        : roster.needSummaryListing(needs, language: language).table(language, width: width)
    }
    return text
  }
}
