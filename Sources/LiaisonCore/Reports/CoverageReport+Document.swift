/// The coverage report laid out for printing.
extension CoverageReport {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let none = ReportText.none(language)
    let left = ReportText.left
    let right = ReportText.right
    let place = village.map { zh ? "\(township)\($0)" : "\(township), \($0)" } ?? township
    func areas(_ rows: [AreaRow], grids: Bool) -> ReportDocument.Table {
      var columns = [grids ? left("网格", "Grid", language) : left("村", "Village", language)]
      if grids { columns.append(left("村", "Village", language)) }
      columns += [
        right("农户", "Homes", language), right("走访过", "Visited", language),
        right("覆盖率", "Covered", language), right("走访次数", "Visits", language),
        left("最近走访", "Last visit", language),
      ]
      return .init(
        columns: columns,
        rows: rows.map { row in
          (grids ? [row.name, row.village ?? ""] : [row.name]) + [
            String(row.households), String(row.householdsVisited),
            ReportText.percent(.share(row.householdsVisited, of: row.households)),
            String(row.visits), ReportText.day(row.lastVisit),
          ]
        }, empty: none)
    }
    let memberColumns = [
      left("编号", "ID", language), left("党员", "Member", language), left("村", "Village", language),
      left("网格", "Grid", language), right("联系户", "Linked", language),
      right("已走访", "Visited", language), right("走访次数", "Visits", language),
      left("最近走访", "Last visit", language),
    ]
    func memberTable(_ rows: [MemberRow]) -> ReportDocument.Table {
      .init(
        columns: memberColumns,
        rows: rows.map {
          [
            $0.id, $0.name, $0.village, $0.grid ?? "", String($0.linkedHouseholds),
            String($0.linkedVisited), String($0.visits), ReportText.day($0.lastVisit),
          ]
        }, empty: none)
    }
    let households = ReportDocument.Table(
      columns: [
        left("编号", "ID", language), left("户主", "Head", language), left("村", "Village", language),
        left("网格", "Grid", language), left("联系党员", "Members", language),
        right("走访次数", "Visits", language), left("最近走访", "Last visit", language),
        right("距今天数", "Days", language),
      ],
      // A row for each household of a county: made in halves on the two cores.
      rows: TwoCores.joined(
        TwoCores.inHalves(self.households.count) { [households = self.households] range in
          households[range].map {
            [
              $0.id, $0.head, $0.village, $0.grid ?? "", $0.members.joined(separator: "、"),
              String($0.visits), ReportText.day($0.lastVisit), $0.daysSince.map(String.init) ?? "—",
            ]
          }
        }), empty: none)
    let problems: [String: Localized] = [
      "no-leader": Localized(en: "no leader", zh: "未设网格长"),
      "leader-left": Localized(en: "the leader has left", zh: "网格长已离开"),
      "leader-not-member": Localized(en: "the leader is not a Party member", zh: "网格长不是党员"),
      "leader-unknown": Localized(en: "the leader is not on the roster", zh: "网格长不在名册中"),
    ]
    return ReportDocument(
      title: zh
        ? "\(place)联户走访覆盖情况" + (period.map { "（\($0)）" } ?? "")
        : "\(place): liaison coverage" + (period.map { ", \($0)" } ?? ""),
      subtitle: period.map { period in
        zh
          ? "统计 \(period.first) 至 \(asOf) 的走访；党员、农户和联户关系按 \(asOf) 在册计。"
          : "Visits from \(period.first) to \(asOf); members, households and links as they "
            + "stood on \(asOf)."
      } ?? (zh ? "截至 \(asOf)，统计此前全部走访。" : "As of \(asOf), over every visit up to then."),
      blocks: [
        .heading(zh ? "各村" : "Villages"), .table(areas(villages, grids: false)),
        .heading(zh ? "各网格" : "Grids"), .table(areas(grids, grids: true)),
        .chart(
          .init(
            title: zh ? "各网格覆盖率" : "Coverage by grid",
            bars: grids.map {
              .init(
                "\($0.village ?? "")\($0.name)",
                (Double.share($0.householdsVisited, of: $0.households) ?? 0) * 100,
                colour: "#1f77b4")
            }, unit: "%")),
        .heading(
          zh
            ? "未联户的农户（\(unlinkedHouseholds.count)）"
            : "Households without a member (\(unlinkedHouseholds.count))"),
        .table(
          .init(
            columns: [
              left("编号", "ID", language), left("户主", "Head", language),
              left("村", "Village", language), left("网格", "Grid", language),
              left("最近走访", "Last visit", language),
            ],
            rows: unlinkedHouseholds.map {
              [$0.id, $0.head, $0.village, $0.grid ?? "", ReportText.day($0.lastVisit)]
            }, empty: none)),
        .heading(
          zh
            ? "联系户不足 \(minimumHouseholds) 户的党员（\(membersBelowMinimum.count)）"
            : "Members with fewer than \(minimumHouseholds) households (\(membersBelowMinimum.count))"
        ),
        .table(memberTable(membersBelowMinimum)),
        .heading(
          zh
            ? "网格长不是在册党员的网格（\(gridsWithoutMemberLeader.count)）"
            : "Grids whose leader is not a serving member (\(gridsWithoutMemberLeader.count))"),
        .table(
          .init(
            columns: [
              left("网格", "Grid", language), left("村", "Village", language),
              ReportText.prose("问题", "Problem", language),
            ],
            rows: gridsWithoutMemberLeader.map {
              [$0.name, $0.village, problems[$0.problem].map { $0(language) } ?? $0.problem]
            }, empty: none)),
        .heading(zh ? "党员" : "Members"), .table(memberTable(members)),
        .heading(zh ? "农户" : "Households"), .table(households),
      ])
  }
}
