/// The Friday display (一周一晾晒, seed 001): each member's visits and needs that week,
/// most active first, as things stood on the Sunday (or today, while the week runs).
public struct WeeklyReport: Codable, Hashable, Sendable {
  public struct Row: Codable, Hashable, Sendable {
    public var member: String
    public var name: String
    public var village: String
    public var grid: String?
    public var visits: Int
    public var householdsVisited: Int
    public var opinions: Int
    /// Needs the member raised that week (on the total row: every need raised that week,
    /// whoever raised it, the clerk included).
    public var needsRaised: Int
    /// Needs the member raised or handles that were resolved that week (on the total row:
    /// every need resolved that week, each once).
    public var needsResolved: Int
  }

  public var township: String
  public var village: String?
  public var week: IsoWeek
  public var from: Day
  public var to: Day
  public var asOf: Day
  public var members: [Row]
  public var totals: Row
  /// Members with no visit that week.
  public var membersWithoutVisits: Int

  public static func make(
    _ week: IsoWeek, session: StoreSession, today: Day, village: String? = nil
  ) throws -> WeeklyReport {
    var visits: [Visit] = []
    for month in Set([week.monday.yearMonth, week.sunday.yearMonth]).sorted() {
      visits += try session.visits(in: month)
    }
    return WeeklyReport(
      week: week, roster: try session.roster(), visits: visits, needs: try session.needs(),
      township: session.manifest.township.name, today: today, village: village)
  }

  public init(
    week: IsoWeek, roster: Roster, visits: [Visit], needs: [Need], township: String, today: Day,
    village: String?
  ) {
    let asOf = min(week.sunday, today)
    let inForce = RosterInForce(roster, on: asOf, village: village)
    let roster = inForce.roster
    self.township = township
    self.village = village.map(roster.villageName)
    self.week = week
    from = week.monday
    to = week.sunday
    self.asOf = asOf
    let local = needs.filter { inForce.householdsByID[$0.household] != nil }
    // Each member's needs, found once: filtering all needs per member was quadratic (12,000
    // members × 20,000 needs at county scale).
    var byMember: [String: [Need]] = [:]
    for need in local {
      if let raiser = need.raisedBy { byMember[raiser, default: []].append(need) }
      if need.scale == .small, let handler = need.handler, handler != need.raisedBy {
        byMember[handler, default: []].append(need)
      }
    }
    let inWeek = Dictionary(
      grouping: visits.filter { week.contains($0.date) && $0.date <= asOf }, by: \.member)
    members = inForce.members.map { member in
      let own = inWeek[member.id] ?? []
      let mine = byMember[member.id] ?? []
      return Row(
        member: member.id, name: member.name, village: roster.villageName(member.village),
        grid: member.grid.map(roster.gridName), visits: own.count,
        householdsVisited: Set(own.map(\.household)).count,
        opinions: own.reduce(0) { $0 + ($1.opinions ?? 0) },
        needsRaised: mine.count {
          $0.raisedBy == member.id && week.contains($0.raised) && $0.raised <= asOf
        },
        needsResolved: mine.count { $0.resolvedDay(on: asOf).map(week.contains) ?? false })
    }.sorted {
      ($1.visits, $1.householdsVisited, $0.member.count, $0.member)
        < ($0.visits, $0.householdsVisited, $1.member.count, $1.member)
    }
    totals = Row(
      member: "", name: "", village: "", grid: nil, visits: members.reduce(0) { $0 + $1.visits },
      householdsVisited: Set(inWeek.values.joined().map(\.household)).count,
      opinions: members.reduce(0) { $0 + $1.opinions },
      // Each need once, whoever raised or handles it (a member's rows may share one).
      needsRaised: local.count { week.contains($0.raised) && $0.raised <= asOf },
      needsResolved: local.count { $0.resolvedDay(on: asOf).map(week.contains) ?? false })
    membersWithoutVisits = members.count { $0.visits == 0 }
  }

  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let place = village.map { zh ? "\(township)\($0)" : "\(township), \($0)" } ?? township
    let columns = [
      ReportText.left("党员", "Member", language), ReportText.left("村", "Village", language),
      ReportText.left("网格", "Grid", language),
      ReportText.right("走访", "Visits", language), ReportText.right("户数", "Homes", language),
      ReportText.right("意见", "Opin.", language), ReportText.right("提诉求", "Raised", language),
      ReportText.right("办结", "Resolved", language),
    ]
    let rows = members.map {
      [
        $0.name, $0.village, $0.grid ?? "", String($0.visits), String($0.householdsVisited),
        String($0.opinions), String($0.needsRaised), String($0.needsResolved),
      ]
    }
    let total = [
      zh ? "合计" : "Total", "", "", String(totals.visits), String(totals.householdsVisited),
      String(totals.opinions), String(totals.needsRaised), String(totals.needsResolved),
    ]
    return ReportDocument(
      title: zh ? "\(place)党员联户周晾晒（\(week)）" : "\(place): the week's liaison work, \(week)",
      subtitle: zh
        ? "\(from) 至 \(to)，截至 \(asOf)；本周未走访党员 \(membersWithoutVisits) 名。"
        : "\(from) to \(to), as of \(asOf); \(membersWithoutVisits) members made no visit.",
      blocks: [
        .table(.init(columns: columns, rows: rows + [total], empty: ReportText.none(language))),
        .chart(
          .init(
            title: zh ? "走访次数前十" : "Most visits",
            bars: members.prefix(10).map { .init($0.name, Double($0.visits)) })),
      ])
  }
}
