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
    let months = try session.indexedVisits(
      try session.visitMonths().filter {
        $0 >= lookBack.yearMonth && $0 <= asOf.yearMonth
      }
    ) { $0 }
    // The ranking is the month's score (一月一排名); a rules file that does not read leaves
    // it to visits rather than stopping the report, with a word why ('check' names the bad
    // field). Anything else that fails stops the report as it would any other reader.
    let scores: ScoreBoard?
    do {
      scores = try session.scoreBoard(
        period: Period(month: month), today: asOf, village: options.village,
        detail: .pointsOnly)
    } catch StoreError.unreadable(let path, _, let detail)
      where path.hasPrefix(DataFolder.rulesFolderName + "/")
      || path.contains("/" + DataFolder.rulesFolderName + "/")
    {
      session.warn(
        Localized(
          en: "\(path) does not read (\(detail.en)), so the ranking is by visits; "
            + "'liaison rules check' names the field.",
          zh: "\(path) 无法读取（\(detail.zh)），排名改按走访次数；'liaison rules check' 可指出有误的字段。"))
      scores = nil
    }
    // The same leniency for the activity rule: the seed's one a month stands in.
    let rules = (try? session.scoringRulebook()) ?? ScoringRulebook(township: .standard)
    return MonthlyReport(
      month: month, asOf: asOf, roster: try session.roster(), visits: months,
      needs: try session.needs(), activities: try session.activities(), rules: rules,
      manifest: session.manifest, options: options, scores: scores)
  }

  /// Counts from records already read; `visits` may hold days outside the month (the
  /// look-back), which only the "not visited lately" list uses.
  init(
    month: YearMonth, asOf: Day, roster: Roster, visits months: [MonthVisits],
    needs allNeeds: [Need], activities: [Activity], rules: ScoringRulebook,
    manifest: Manifest, options: MonthlyReportOptions, scores: ScoreBoard?
  ) {
    let inForce = RosterInForce(roster, on: asOf, village: options.village)
    let roster = inForce.roster
    let period = Period(label: month.description, first: month.firstDay, last: month.lastDay)
    let present = inForce.householdsByID
    var visits = MonthTally(slots: RosterSlots(inForce), month: month, asOf: asOf)
    for read in months { visits.add(read) }
    let needs = allNeeds.filter { present.contains($0.household) }
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
    let householdsVisited = visits.householdsVisited
    let activityRule = ActivityShortfall.tally(
      month, inForce: inForce, activities: activities, rules: rules)
    let villageIDs = Set(members.map(\.village) + inForce.households.map(\.village))
    let gridIDs = Set(members.compactMap(\.grid) + inForce.households.compactMap(\.grid))
    summary = Summary(
      villages: villageIDs.count, grids: gridIDs.count, members: members.count,
      membersByStatus: Self.tally(members.map(\.status.rawValue)),
      membersByCategory: Self.tally(members.map { $0.category?.rawValue ?? "none" }),
      membersByPost: Self.tally(members.map { inForce.post(of: $0.id)?.rawValue ?? "none" }),
      households: inForce.households.count, linkedHouseholds: inForce.linksByHousehold.count,
      linkedShare: .share(inForce.linksByHousehold.count, of: inForce.households.count),
      membersMeetingRequirement: members.count {
        inForce.linkedHouseholds(of: $0.id) >= options.requiredHouseholds
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
      inForce: inForce, tally: visits, needs: needs, period: period, asOf: asOf)
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
    let households = inForce.households
    householdsNotVisited = households.indices.filter {
      visits.lastVisit(at: $0).map { $0 < lookBack } ?? true
    }
    .map { HouseholdEntry(households[$0], roster: roster, lastVisit: visits.lastVisit(at: $0)) }
    unlinkedHouseholds = households.indices.filter {
      inForce.linksByHousehold[households[$0].id] == nil
    }
    .map { HouseholdEntry(households[$0], roster: roster, lastVisit: visits.lastVisit(at: $0)) }
    overdueNeeds = NeedFilter.sorted(needs.filter { $0.isOverdue(on: asOf) }).map {
      NeedSummary($0, on: asOf, roster: roster, householdsByID: present)
    }
    ranking =
      scores.map {
        Self.ranking(
          $0, members: members, visits: visits, roster: roster, size: options.rankingSize)
      } ?? Self.ranking(members, visits: visits, roster: roster, size: options.rankingSize)
    visitsByWeek = Self.weeks(of: period, asOf: asOf, visits: visits.byWeek)
    neighbourTypes = NeighbourTypeRow.rows(inForce)
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
    for household in households where !household.tags.isEmpty {
      var counted: Set<String> = []
      for tag in household.tags {
        let key = keys[tag] ?? FocusGroup.key(of: tag)
        keys[tag] = key
        if counted.insert(key).inserted { counts[key, default: 0] += 1 }
      }
    }
    return counts
  }

  /// Members by visits in the month, then distinct households visited; ties share a rank
  /// (1, 2, 2, 4) and are listed by id.
  static func ranking(
    _ members: [Member], visits: MonthTally, roster: Roster, size: Int
  )
    -> Ranking
  {
    let scored = members.indices.map { position -> (Member, Int, Int) in
      let own = visits.member(at: position)
      return (members[position], own.visits, own.households)
    }.sorted {
      ($1.1, $1.2, $0.0.id.count, $0.0.id) < ($0.1, $0.2, $1.0.id.count, $1.0.id)
    }
    var entries: [RankEntry] = []
    for (index, (member, count, households)) in scored.enumerated() {
      let tied =
        entries.last.map { $0.visits == count && $0.householdsVisited == households } ?? false
      entries.append(
        RankEntry(
          rank: tied ? entries.last!.rank : index + 1, member: member.id, name: member.name,
          village: roster.villageName(member.village), score: nil, visits: count,
          householdsVisited: households)
      )
    }
    return ends(of: entries, size: size, basis: "visits")
  }

  /// Members by the month's score, in the score board's order and ranks.
  static func ranking(
    _ board: ScoreBoard, members: [Member], visits: MonthTally, roster: Roster, size: Int
  ) -> Ranking {
    let present = Set(members.map(\.id))
    let entries = board.scores.filter { present.contains($0.member) }.map { score in
      let own = visits.member(score.member)
      return RankEntry(
        rank: score.rank, member: score.member, name: score.name,
        village: roster.villageName(score.village),
        score: score.score, visits: own.visits, householdsVisited: own.households)
    }
    return ends(of: entries, size: size, basis: "score")
  }

  /// The first and the last `size` entries, the last worst first.
  static func ends(of entries: [RankEntry], size: Int, basis: String) -> Ranking {
    let top = Array(entries.prefix(size))
    let bottom = Array(entries.dropFirst(top.count).suffix(size).reversed())
    return Ranking(basis: basis, top: top, bottom: bottom)
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
