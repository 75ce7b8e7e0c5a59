/// The monthly report laid out for printing.
extension MonthlyReport {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let place = village.map { zh ? "\(township)\($0)" : "\(township), \($0)" } ?? township
    var document = ReportDocument(
      title: zh
        ? "\(place)党员联户工作月报（\(ReportText.month(month, language))）"
        : "\(place): Party member household liaison, monthly report \(month)",
      subtitle: zh
        ? "统计截至 \(asOf)；党员、农户和联户关系按当日在册计。"
        : "As of \(asOf); members, households and links as they stood that day.")
    document.blocks.append(.heading(zh ? "概况" : "Summary"))
    document.blocks.append(.facts(summaryFacts(language)))
    document.blocks += charts(language)
    document.blocks.append(.heading(zh ? "各村情况" : "Villages"))
    document.blocks.append(.table(areaTable(villages, grids: false, language)))
    document.blocks.append(.heading(zh ? "各网格情况" : "Grids"))
    document.blocks.append(.table(areaTable(grids, grids: true, language)))
    document.blocks += lists(language)
    // Last, so the sheets of a workbook keep their places; the ratio is 区域:情感:服务 in tenths.
    document.blocks.append(.heading(zh ? "联户邻里类型" : "Links by neighbour type"))
    document.blocks.append(.table(NeighbourTypeRow.table(neighbourTypes, language)))
    document.blocks += activityList(language)
    return document
  }

  private func summaryFacts(_ language: Language) -> [ReportDocument.Fact] {
    let zh = language == .zh
    let s = summary
    func breakdown<T: UserChoice>(_ counts: [String: Int], _ type: T.Type) -> String {
      let parts = T.allCases.compactMap { choice -> String? in
        guard let count = counts[choice.rawValue], count > 0 else { return nil }
        return "\(choice.label(language)) \(count)"
      }
      let none = counts["none"].map { [(zh ? "未填 " : "unset ") + String($0)] } ?? []
      return (parts + none).joined(separator: zh ? "，" : ", ")
    }
    let posts = [
      (zh ? "主联 " : "A ") + String(s.membersByPost["A"] ?? 0),
      (zh ? "辅联 " : "B ") + String(s.membersByPost["B"] ?? 0),
      (zh ? "未联户 " : "no link ") + String(s.membersByPost["none"] ?? 0),
    ].joined(separator: zh ? "，" : ", ")
    let needs = s.needs
    return [
      .init(zh ? "村 / 网格" : "Villages / grids", "\(s.villages) / \(s.grids)"),
      .init(
        zh ? "党员" : "Members",
        "\(s.members)"
          + ReportText.bracketed(breakdown(s.membersByStatus, MemberStatus.self), language)),
      .init(zh ? "党员分类" : "By category", breakdown(s.membersByCategory, MemberCategory.self)),
      .init(zh ? "联户岗位" : "By post", posts),
      .init(zh ? "重点人群（户）" : "Focus groups (households)", focusGroups(language)),
      .init(
        zh ? "农户 / 已联户" : "Households / linked",
        "\(s.households) / \(s.linkedHouseholds)"
          + ReportText.bracketed(ReportText.percent(s.linkedShare), language)),
      .init(
        zh ? "联户达标党员（≥\(requiredHouseholds) 户）" : "Members with ≥ \(requiredHouseholds) households",
        "\(s.membersMeetingRequirement)"),
      .init(zh ? "走访次数" : "Visits", "\(s.visits)"),
      .init(
        zh ? "走访覆盖农户" : "Households visited",
        "\(s.householdsVisited)"
          + ReportText.bracketed(ReportText.percent(s.householdsVisitedShare), language)),
      .init(
        zh ? "人均走访农户" : "Households visited per member",
        ReportText.number(s.averageHouseholdsVisitedPerMember)),
      .init(zh ? "收集意见建议" : "Opinions collected", "\(s.opinions)"),
      .init(
        zh
          ? "每月活动达标党员（≥\(activitiesPerMonth) 次）"
          : "Members with the month's activities (≥ \(activitiesPerMonth))",
        "\(s.membersMeetingActivityRule) / \(s.membersHeldToActivityRule)"),
      .init(
        zh ? "本月诉求 登记 / 其中撤销" : "Needs raised this month / of them withdrawn",
        "\(needs.raised) / \(needs.cancelled)"),
      .init(
        zh ? "本月办结（含往月登记）" : "Resolved this month (any month raised)",
        "\(needs.resolved)"),
      .init(
        zh ? "月末未办结 / 其中超期" : "Open at month end / of them overdue",
        "\(needs.open) / \(needs.overdue)"),
      .init(
        zh
          ? "诉求办结率（本月登记 \(needs.raised) 件，不含撤销 \(needs.cancelled) 件）"
          : "Resolution rate (of \(needs.raised) raised, \(needs.cancelled) withdrawn left out)",
        ReportText.percent(needs.resolutionRate)),
      .init(zh ? "群众满意率" : "Satisfaction", ReportText.percent(needs.satisfaction.rate)),
    ]
  }

  /// The known groups in their order, then free tags by name; a household may count in
  /// several, so there is no total.
  private func focusGroups(_ language: Language) -> String {
    let counts = summary.householdsByFocusGroup
    let known = FocusGroup.allCases.map(\.rawValue)
    let keys =
      known.filter { counts[$0] != nil } + counts.keys.filter { !known.contains($0) }.sorted()
    let parts = keys.map { "\(FocusGroup.label(ofKey: $0, language)) \(counts[$0] ?? 0)" }
    return parts.isEmpty ? "—" : parts.joined(separator: language == .zh ? "，" : ", ")
  }

  private func charts(_ language: Language) -> [ReportDocument.Block] {
    let zh = language == .zh
    let weeks = ReportDocument.Chart(
      title: zh ? "每周走访次数" : "Visits per week",
      bars: visitsByWeek.map {
        .init(
          $0.week.description + ($0.partial ? (zh ? "（不完整）" : " (part)") : ""),
          Double($0.count), colour: $0.partial ? "#e8a0a0" : nil)
      })
    let coverage = ReportDocument.Chart(
      title: zh ? "各网格走访覆盖率" : "Households visited, by grid",
      bars: grids.map {
        .init(
          zh ? "\($0.village ?? "")\($0.name)" : "\($0.name) \($0.village ?? "")",
          ($0.householdsVisitedShare ?? 0) * 100, colour: "#1f77b4")
      }, unit: "%")
    let colours = ReportDocument.Chart(
      title: zh ? "本月诉求（按紧急程度）" : "Needs raised, by colour",
      bars: summary.needs.byUrgency.compactMap { group in
        NeedUrgency(rawValue: group.key).map {
          .init($0.label(language), Double(group.raised), colour: ReportText.colour($0))
        }
      })
    return [.chart(weeks), .chart(coverage), .chart(colours)]
  }
}
