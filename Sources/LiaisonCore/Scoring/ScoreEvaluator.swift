/// Works out one member's score for a period from their records and the rules: the base,
/// each item within its cap and floor, the total clamped to 0–100 — and a line for each
/// step, so the explanation adds up to the score exactly.
struct ScoreEvaluator {
  let rules: ScoringRules
  let member: Member
  let records: MemberRecords
  /// Household ids by the index a `ScoredVisit` holds.
  let households: [String]
  /// The member's links, for the visit requirement.
  let links: [Link]
  let period: Period
  /// The last day counted: the period's end, or today while the period runs.
  let end: Day
  /// `period.first` and `end` as ordinals, to which visits' days compare.
  let firstOrdinal: Int32
  let endOrdinal: Int32
  /// The units the visit requirement judges (`RequirementSpan.spans` of the rules' unit).
  let spans: [RequirementSpan]
  /// Whether the lines say what they count (words and records): a ranking drops its
  /// 12,000 scores' lines, and their words were a third of working the scores out.
  let explains: Bool

  init(
    rules: ScoringRules, member: Member, records: MemberRecords, households: [String],
    links: [Link], period: Period, today: Day, spans: [RequirementSpan]? = nil,
    explains: Bool = true
  ) {
    self.rules = rules
    self.member = member
    self.records = records
    self.households = households
    self.links = links
    self.period = period
    self.end = min(period.last, today)
    firstOrdinal = Int32(period.first.ordinal)
    endOrdinal = Int32(end.ordinal)
    self.spans =
      spans ?? RequirementSpan.spans(rules.visitRequirement.per, period: period, end: end)
    self.explains = explains
  }

  /// A line's words, made only when the score explains itself; empty otherwise.
  func says(_ words: @autoclosure () -> Localized) -> Localized {
    explains ? words() : Localized("")
  }

  /// A line's records, listed only when the score explains itself.
  func lists(_ records: @autoclosure () -> [String]) -> [String] { explains ? records() : [] }

  /// Whether a day is counted: in the period and not after `end`.
  func counts(_ day: Day) -> Bool { period.first <= day && day <= end }

  /// The same for a visit's day.
  func counts(_ visit: ScoredVisit) -> Bool {
    firstOrdinal <= visit.day && visit.day <= endOrdinal
  }

  /// The member's score with its lines; rank, band and grade are set by `ScoreBoard`.
  func evaluate() -> MemberScore {
    var lines = [
      ScoreLine(
        kind: .base, points: rules.base, text: says(Localized(en: "base", zh: "基础分")))
    ]
    // Judged once for the items that count met and missed units alike.
    var units: [RequirementUnitResult]?
    for item in rules.items {
      lines += limited(item, contributions(item, units: &units))
    }
    let score: Points
    (lines, score) = ScoreLine.clamped(lines, explained: explains)
    return MemberScore(
      member: member.id, name: member.name, village: member.village, grid: member.grid,
      branch: member.branch, period: period.label, score: score, rank: 0, band: nil,
      grade: nil, colour: nil,
      // 回炉教育 is for Party members; an activist is not yet one.
      reeducation: member.status.isPartyMember && score < rules.thresholds.reeducation,
      lines: lines)
  }

  /// An item's lines, then one more when its cap or floor holds the sum back.
  func limited(_ item: ScoreItem, _ lines: [ScoreLine]) -> [ScoreLine] {
    ScoreLine.limited(
      item: item.id, label: item.label, cap: item.cap, floor: item.floor, lines,
      explained: explains)
  }

  /// `+0.5 × 24 visits = +12` for an item that counts units.
  func perUnit(
    _ item: ScoreItem, _ count: Int, records: @autoclosure () -> [String],
    points: Points? = nil, qualifier: Localized? = nil, unit: @autoclosure () -> Localized? = nil
  ) -> [ScoreLine] {
    guard count > 0 else { return [] }
    let each = points ?? item.points ?? .zero
    return [
      ScoreLine(
        kind: .item, item: item.id, points: each * count,
        text: says(
          {
            let unit = unit() ?? item.metric.unit(count)
            let extra =
              qualifier.map { Localized(en: " (\($0.en))", zh: "（\($0.zh)）") } ?? Localized("")
            return item.label
              + Localized(
                en: ": \(each.signed) × \(count) \(unit.en)\(extra.en) = \((each * count).signed)",
                zh: "：\(each.signed) × \(count) \(unit.zh)\(extra.zh) = \((each * count).signed)")
          }()),
        records: lists(records()))
    ]
  }
}
