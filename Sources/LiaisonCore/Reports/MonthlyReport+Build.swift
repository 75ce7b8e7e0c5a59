import Dispatch

/// Counting the monthly report from the data folder.
extension MonthlyReport {
  /// Reads what the month needs — the roster, the needs, the visit logs of the month and of
  /// the days before it that "not visited lately" looks back over — and counts.
  public static func make(
    _ month: YearMonth, session: StoreSession, today: Day, options: MonthlyReportOptions = .init()
  ) throws -> MonthlyReport {
    let asOf = min(month.lastDay, today)
    let lookBack = asOf.adding(days: -(options.notVisitedDays - 1))
    // The month and its look-back as the visit index holds them: who, where, when and how
    // many opinions of each visit, the ids of a month's members and households once.
    let wanted = try session.visitMonths().filter {
      $0 >= lookBack.yearMonth && $0 <= asOf.yearMonth
    }
    let months = try session.indexedVisits(wanted) { $0 }
    session.readRosterAndNeedsAhead()
    // The ranking is the month's score (一月一排名); a rules file that does not read leaves
    // it to visits rather than stopping the report, with a word why ('check' names the bad
    // field). Anything else that fails stops the report as it would any other reader.
    let scoreSources: ScoreSources?
    do {
      scoreSources = try session.scoreSources(
        period: Period(month: month), today: asOf, village: options.village,
        detail: .scoresOnly,
        read: Dictionary(zip(wanted, months), uniquingKeysWith: { first, _ in first }))
    } catch StoreError.unreadable(let path, _, let detail)
      where path.hasPrefix(DataFolder.rulesFolderName + "/")
      || path.contains("/" + DataFolder.rulesFolderName + "/")
    {
      session.warn(
        Localized(
          en: "\(path) does not read (\(detail.en)), so the ranking is by visits; "
            + "'liaison rules check' names the field.",
          zh: "\(path) 无法读取（\(detail.zh)），排名改按走访次数；'liaison rules check' 可指出有误的字段。"))
      scoreSources = nil
    }
    // The same leniency for the activity rule: the seed's one a month stands in.
    let rules = (try? session.scoringRulebook()) ?? ScoringRulebook(township: .standard)
    let (roster, needs, activities) = (
      try session.roster(), try session.needs(), try session.activities()
    )
    let manifest = session.manifest
    // The month's figures and its score are worked out side by side, one on each core
    // (each alone was a third of a county report): neither needs the other until the
    // ranking. The score's shares (`ScoreBoardWork`) are then worked out one after another.
    let board = ConcurrentResults<ScoreBoard?>(count: 1)
    let counted = ConcurrentResults<MonthCount>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { lane in
      if lane == 0 {
        counted.set(
          0,
          MonthCount(
            month: month, asOf: asOf, roster: roster, visits: months, needs: needs,
            activities: activities, rules: rules, manifest: manifest, options: options))
      } else {
        board.set(0, scoreSources.map(ScoreBoard.init))
      }
    }
    return counted.all()[0].ranked(by: board.all()[0])
  }

  /// Counts from records already read; `visits` may hold days outside the month (the
  /// look-back), which only the "not visited lately" list uses. The ranking is left empty
  /// for `MonthCount.ranked(by:)`, which has the month's score.
  init(
    month: YearMonth, asOf: Day, inForce: RosterInForce, tally visits: MonthTally,
    links: LinkTally, needs allNeeds: [Need], activities: [Activity], rules: ScoringRulebook,
    manifest: Manifest, options: MonthlyReportOptions
  ) {
    let roster = inForce.roster
    let period = Period(label: month.description, first: month.firstDay, last: month.lastDay)
    let needs = allNeeds.filter { inForce.slots.householdSlots[$0.household] != nil }
    township = manifest.township.name
    code = manifest.township.code
    village = options.village.map(roster.villageName)
    self.month = month
    from = month.firstDay
    to = month.lastDay
    self.asOf = asOf
    requiredHouseholds = options.requiredHouseholds
    notVisitedDays = options.notVisitedDays

    let members = inForce.members
    let households = inForce.households
    let householdsVisited = visits.householdsVisited
    let activityRule = ActivityShortfall.tally(
      month, inForce: inForce, activities: activities, rules: rules)
    // By position, the ids only: mapping the records copied each of them first.
    let villageIDs = Self.distinct(
      members.indices.lazy.map { members[$0].village }
        + households.indices.lazy.map { households[$0].village })
    let gridIDs = Self.distinct(
      members.indices.lazy.compactMap { members[$0].grid }
        + households.indices.lazy.compactMap { households[$0].grid })
    summary = Summary(
      villages: villageIDs.count, grids: gridIDs.count, members: members.count,
      membersByStatus: Self.tally(members.map(\.status.rawValue)),
      membersByCategory: Self.tally(members.map { $0.category?.rawValue ?? "none" }),
      membersByPost: Self.tally(members.indices.map { links.post(at: $0)?.rawValue ?? "none" }),
      households: inForce.households.count, linkedHouseholds: links.linkedHouseholds,
      linkedShare: .share(links.linkedHouseholds, of: inForce.households.count),
      membersMeetingRequirement: members.indices.count {
        links.linkedHouseholds(at: $0) >= options.requiredHouseholds
      },
      visits: visits.visits, householdsVisited: householdsVisited,
      householdsVisitedShare: .share(householdsVisited, of: inForce.households.count),
      averageHouseholdsVisitedPerMember: members.isEmpty
        ? nil
        : (Double(members.indices.reduce(0) { $0 + visits.member(at: $1).households })
          / Double(members.count)
          * 10).rounded() / 10,
      opinions: visits.opinions,
      membersHeldToActivityRule: activityRule.held,
      membersMeetingActivityRule: activityRule.held - activityRule.short.count,
      needs: NeedFigures(period: period, needs: needs, today: asOf),
      householdsByFocusGroup: Self.focusGroups(of: inForce.households))

    let areas = AreaCounter(
      inForce: inForce, tally: visits, linked: links.linked, needs: needs, period: period,
      asOf: asOf)
    villages = roster.villages.filter { villageIDs.contains($0.id) }.map {
      areas.villageRow(id: $0.id, name: $0.name)
    }
    let villageNames = Dictionary(
      roster.villages.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    grids = roster.grids.filter { gridIDs.contains($0.id) }.map {
      areas.gridRow(id: $0.id, name: $0.name, villageName: villageNames[$0.village] ?? $0.village)
    }
    membersWithoutVisits = members.indices.filter { visits.member(at: $0).visits == 0 }
      .map { MemberEntry(members[$0], roster: roster) }
    activitiesPerMonth = rules.township.activitiesPerMonth
    membersShortOfActivities = activityRule.short
    let lookBack = asOf.adding(days: -(options.notVisitedDays - 1))
    householdsNotVisited = households.indices.filter {
      visits.lastVisit(at: $0).map { $0 < lookBack } ?? true
    }
    .map { HouseholdEntry(households[$0], roster: roster, lastVisit: visits.lastVisit(at: $0)) }
    unlinkedHouseholds = households.indices.filter {
      !links.linked[Int(visits.slots.householdSlotAt[$0])]
    }
    .map { HouseholdEntry(households[$0], roster: roster, lastVisit: visits.lastVisit(at: $0)) }
    let overdue = NeedFilter.sorted(needs.filter { $0.isOverdue(on: asOf) })
    // Their households only, each the first entry of its id as `householdsByID` finds it.
    let homes = RecordsByID(
      overdue.compactMap { need in
        inForce.slots.householdSlots[need.household].map {
          inForce.households[Int(inForce.slots.householdPositions[Int($0)])]
        }
      })
    overdueNeeds = overdue.map {
      NeedSummary($0, on: asOf, roster: roster, householdsByID: homes)
    }
    ranking = Ranking(basis: "visits", top: [], bottom: [])
    visitsByWeek = Self.weeks(of: period, asOf: asOf, visits: visits.byWeek)
    neighbourTypes = NeighbourTypeRow.rows(inForce, villages: links.villages)
  }

  /// The distinct keys, each looked up only where it differs from the one before: a
  /// place's members and households are mostly listed together.
  static func distinct(_ keys: some Sequence<String>) -> Set<String> {
    var found: Set<String> = []
    var last: String?
    for key in keys where key != last {
      found.insert(key)
      last = key
    }
    return found
  }

  static func tally(_ keys: [String]) -> [String: Int] {
    keys.reduce(into: [:]) { $0[$1, default: 0] += 1 }
  }

  /// Households in each focus group, a household once in each of its groups; each distinct
  /// tag is matched to its group once (matching 90,000 households' tags one by one was a
  /// fortieth of a county report).
  static func focusGroups(of households: [Household]) -> [String: Int] {
    var keys: [String: String] = [:]
    var counts: [String: Int] = [:]
    // By position, each household's tags only: a loop over the households copied each.
    for position in households.indices where !households[position].tags.isEmpty {
      // A household has a few tags: its groups are kept in a list, not a set made for each.
      var counted: [String] = []
      for tag in households[position].tags {
        let key: String
        if let known = keys[tag] {
          key = known
        } else {
          key = FocusGroup.key(of: tag)
          keys[tag] = key
        }
        guard !counted.contains(key) else { continue }
        counted.append(key)
        counts[key, default: 0] += 1
      }
    }
    return counts
  }

  /// Visits in each ISO week that touches the period up to `asOf` (days outside it are not
  /// counted, and such weeks are marked partial); weeks after `asOf` are left out, since a
  /// 0 for a week not yet come would read as a week nobody worked.
  static func weeks(of period: Period, asOf: Day, visits: [IsoWeek: Int]) -> [WeekCount] {
    let last = min(period.last, asOf)
    var counts = visits.filter { $0.key.monday <= last }
    var week = IsoWeek(containing: period.first)
    while week.monday <= last {
      counts[week, default: 0] += 0
      week = week.next
    }
    return counts.sorted { $0.key < $1.key }.map {
      WeekCount(
        week: $0.key, count: $0.value,
        partial: $0.key.monday < period.first || $0.key.sunday > last)
    }
  }
}
