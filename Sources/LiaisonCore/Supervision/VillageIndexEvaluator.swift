/// Works out one village's index from its facts and its rules: the base, each item within
/// its cap and floor, the total kept within 0–100, a line for each step.
struct VillageIndexEvaluator {
  let rules: IndexRules
  let facts: VillageFacts

  func lines() -> (lines: [ScoreLine], total: Points) {
    var lines = [ScoreLine(kind: .base, points: rules.base, text: Localized(en: "base", zh: "基础分"))]
    for item in rules.items {
      lines += ScoreLine.limited(
        item: item.id, label: item.label, cap: item.cap, floor: item.floor, contributions(item))
    }
    return ScoreLine.clamped(lines)
  }

  func contributions(_ item: IndexItem) -> [ScoreLine] {
    switch item.metric {
    case .coverage:
      return perUnit(
        item, facts.coveragePercent,
        detail: Localized(
          en: "\(facts.linkedHouseholds) of \(facts.households) households",
          zh: "\(facts.households) 户中 \(facts.linkedHouseholds) 户"))
    case .visitsPerMember:
      return perUnit(
        item, facts.visitsPerMember,
        detail: Localized(
          en: "\(facts.visits) visits ÷ \(facts.members) members",
          zh: "走访 \(facts.visits) 次 ÷ 党员 \(facts.members) 名"))
    case .needsResolved:
      return perUnit(item, facts.needsResolved.count, records: facts.needsResolved)
    case .needsOverdue: return perUnit(item, facts.needsOverdue.count, records: facts.needsOverdue)
    case .inspectionsPassed: return perUnit(item, facts.passed.count, records: facts.passed)
    case .notices: return perUnit(item, facts.notices.count, records: facts.notices)
    case .memberAverage:
      guard let average = facts.memberAverage else { return [] }
      return perUnit(
        item, average.tenths / 10,
        detail: Localized(en: "average \(average)", zh: "平均 \(average) 分"))
    case .workReports:
      return perUnit(
        item, facts.reportedMonths.count, records: facts.reportedMonths.map(\.description))
    case .manual:
      return facts.adjustments.filter { $0.item == item.id }.map {
        ScoreLine.byHand(
          item: item.id, label: item.label, date: $0.date, reason: $0.reason, points: $0.points,
          record: $0.id)
      }
    }
  }

  /// `+0.5 × 3 needs resolved = +1.5`; nothing when the count is zero.
  func perUnit(
    _ item: IndexItem, _ count: Int, detail: Localized? = nil, records: [String] = []
  ) -> [ScoreLine] {
    guard count > 0 else { return [] }
    let each = item.points ?? .zero
    let unit = item.metric.unit(count)
    let extra = detail.map { Localized(en: " (\($0.en))", zh: "（\($0.zh)）") } ?? Localized("")
    let tight = item.metric == .coverage || unit.en.isEmpty
    let unitEN = tight ? unit.en : " " + unit.en
    let unitZH = tight ? unit.zh : " " + unit.zh
    return [
      ScoreLine(
        kind: .item, item: item.id, points: each * count,
        text: item.label
          + Localized(
            en: ": \(each.signed) × \(count)\(unitEN)\(extra.en) = \((each * count).signed)",
            zh: "：\(each.signed) × \(count)\(unitZH)\(extra.zh) = \((each * count).signed)"),
        records: records)
    ]
  }
}
