/// The index of every village on the roster at the period's end, ranked and graded by
/// share (seed 003: A/B/C/D, 20/42/28/10 %). Computed from the records each time, never
/// stored, so any past quarter can be printed again.
public struct VillageIndexBoard: Sendable, Encodable {
  public var township: String
  public var period: Period
  /// The last day counted: the period's end, or today while it runs.
  public var asOf: Day
  /// Best first; ties in rank in village-id order.
  public var villages: [VillageIndex]

  public init(
    township: String, records: SupervisionRecords, rules: SupervisionRules, period: Period,
    today: Day
  ) {
    self.township = township
    self.period = period
    let asOf = min(period.last, today)
    self.asOf = asOf
    let facts = records.facts(period: period, end: asOf)
    let roster = records.roster.asOf(asOf)
    var villages: [VillageIndex] = roster.villages.map { village in
      let own = rules.indexRules(for: village.id)
      let (lines, total) = VillageIndexEvaluator(
        rules: own,
        facts: facts[village.id] ?? VillageFacts(village: village.id)
      ).lines()
      return VillageIndex(
        village: village.id, name: village.name, period: period.label, index: total, rank: 0,
        grade: "", colour: rules.colour(of: total),
        accountability: AccountabilityFlag.shown(
          for: village.id, in: records.inspections, period: period, asOf: asOf),
        lines: lines,
        itemLabels: Dictionary(own.items.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
      )
    }
    let points = villages.map(\.index)
    let ranks = ShareGrading.ranks(points)
    let grades = ShareGrading.grades(points, shares: rules.shares)
    for index in villages.indices {
      villages[index].rank = ranks[index]
      villages[index].grade = grades[index]
    }
    self.villages = villages.sorted {
      ($0.rank, $0.village.count, $0.village) < ($1.rank, $1.village.count, $1.village)
    }
  }

  /// One village's index, by id.
  public func index(of village: String) -> VillageIndex? {
    villages.first { $0.village == village }
  }

  /// How many villages took each grade, best first.
  public var gradeCounts: [(grade: String, count: Int)] {
    ScoringRules.gradeNames.map { grade in (grade, villages.count { $0.grade == grade }) }
  }
}
