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
  /// Needs raised or resolved that week that no member's row holds: raised by the clerk, a
  /// resident or a member no longer on the roster. Rows plus this equal the totals.
  public var needsOfNoMember: Row

  public static func make(
    _ week: IsoWeek, session: StoreSession, today: Day, village: String? = nil
  ) throws -> WeeklyReport {
    // Who, where, when and how many opinions, from the visit index: the week's notes and
    // answers are never read (decoding two months' whole visits was half the report).
    let months = Set([week.monday.yearMonth, week.sunday.yearMonth])
    let visits = try session.countedVisits(
      in: try session.visitMonths().filter { months.contains($0) })
    return WeeklyReport(
      week: week, roster: try session.roster(), visits: visits, needs: try session.needs(),
      township: session.manifest.township.name, today: today, village: village)
  }

  init(
    week: IsoWeek, roster: Roster, visits: [CountedVisit], needs: [Need], township: String,
    today: Day, village: String?
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
    let local = needs.filter { inForce.slots.householdSlots[$0.household] != nil }
    // Each need in one member's row, so the rows add up to the totals: raised, by whoever
    // raised it; resolved, by whoever raised it, else the member handling a small need.
    // Found once: filtering all needs per member was quadratic at county scale.
    let present = inForce.slots.memberSlots
    var raisedBy: [String: [Need]] = [:]
    var resolvedBy: [String: [Need]] = [:]
    var raisedByNoMember: [Need] = []
    var resolvedByNoMember: [Need] = []
    for need in local {
      let raiser = need.raisedBy.flatMap { present[$0] == nil ? nil : $0 }
      if let raiser {
        raisedBy[raiser, default: []].append(need)
      } else {
        raisedByNoMember.append(need)
      }
      let handler =
        need.scale == .small ? need.handler.flatMap { present[$0] == nil ? nil : $0 } : nil
      if let owner = raiser ?? handler {
        resolvedBy[owner, default: []].append(need)
      } else {
        resolvedByNoMember.append(need)
      }
    }
    let raisedThisWeek = { (need: Need) in week.contains(need.raised) && need.raised <= asOf }
    let resolvedThisWeek = { (need: Need) in
      need.resolvedDay(on: asOf).map(week.contains) ?? false
    }
    let inWeek = Dictionary(
      grouping: visits.filter { week.contains($0.date) && $0.date <= asOf }, by: \.member)
    members = inForce.members.map { member in
      let own = inWeek[member.id] ?? []
      return Row(
        member: member.id, name: member.name, village: roster.villageName(member.village),
        grid: member.grid.map(roster.gridName), visits: own.count,
        householdsVisited: Set(own.map(\.household)).count,
        opinions: own.reduce(0) { $0 + ($1.opinions ?? 0) },
        needsRaised: (raisedBy[member.id] ?? []).count(where: raisedThisWeek),
        needsResolved: (resolvedBy[member.id] ?? []).count(where: resolvedThisWeek))
    }.sorted {
      ($1.visits, $1.householdsVisited, $0.member.count, $0.member)
        < ($0.visits, $0.householdsVisited, $1.member.count, $1.member)
    }
    totals = Row(
      member: "", name: "", village: "", grid: nil, visits: members.reduce(0) { $0 + $1.visits },
      householdsVisited: Set(inWeek.values.joined().map(\.household)).count,
      opinions: members.reduce(0) { $0 + $1.opinions },
      needsRaised: local.count(where: raisedThisWeek),
      needsResolved: local.count(where: resolvedThisWeek))
    needsOfNoMember = Row(
      member: "", name: "", village: "", grid: nil, visits: 0, householdsVisited: 0, opinions: 0,
      needsRaised: raisedByNoMember.count(where: raisedThisWeek),
      needsResolved: resolvedByNoMember.count(where: resolvedThisWeek))
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
    // Households are counted once however many members visited them, so their total is no
    // sum; the others are.
    let remainder = [
      zh ? "非党员登记的诉求" : "Needs of no member", "", "", "", "", "",
      String(needsOfNoMember.needsRaised), String(needsOfNoMember.needsResolved),
    ]
    let showsRemainder = needsOfNoMember.needsRaised + needsOfNoMember.needsResolved > 0
    let total = [
      zh ? "合计" : "Total", "", "", String(totals.visits),
      ReportText.distinct(totals.householdsVisited, language),
      String(totals.opinions), String(totals.needsRaised), String(totals.needsResolved),
    ]
    return ReportDocument(
      title: zh
        ? "\(place)党员联户周晾晒（\(week)，\(from) 至 \(to)）"
        : "\(place): the week's liaison work, \(week) (\(from) to \(to))",
      subtitle: zh
        ? "截至 \(asOf)\(asOf < to ? "（本周未完）" : "")；本周未走访党员 \(membersWithoutVisits) 名。"
          + "每件诉求只计入一名党员：提出人，或办理小事的党员；户数合计每户只计一次（去重）。"
        : "As of \(asOf)\(asOf < to ? " (week not over)" : ""); \(membersWithoutVisits) members "
          + "made no visit. Each need counts for one member: who raised it, else the member "
          + "handling a small need; the homes total counts each home once (distinct).",
      blocks: [
        .table(
          .init(
            columns: columns, rows: rows + (showsRemainder ? [remainder] : []) + [total],
            empty: ReportText.none(language))),
        .chart(
          .init(
            title: zh ? "走访次数前十" : "Most visits",
            bars: members.prefix(10).map { .init($0.name, Double($0.visits)) })),
      ])
  }
}
