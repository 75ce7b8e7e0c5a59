/// What each metric counts, and the lines it gives.
extension ScoreEvaluator {
  /// - Parameter units: the visit requirement's units, judged by the first item that asks.
  func contributions(_ item: ScoreItem, units: inout [RequirementUnitResult]?) -> [ScoreLine] {
    switch item.metric {
    case .visits:
      // The ids are listed only when kept (`ScoreDetail`): sorting a county year's 3 million
      // ids for a ranking that never prints them was a third of its time.
      let visits = records.visits
      let ids = visits.ids.isEmpty ? nil : visits.ids
      var count = 0
      var counted: [String] = []
      for (index, visit) in visits.visits.enumerated() where counts(visit) {
        count += 1
        if let ids { counted.append(ids[index]) }
      }
      return perUnit(item, count, records: counted.sorted())
    case .householdsVisited:
      var homes = Set<Int32>()
      for visit in records.visits.visits where counts(visit) { homes.insert(visit.household) }
      return perUnit(item, homes.count, records: homes.map { households[Int($0)] }.sorted())
    case .requirementMet:
      let judged = units ?? requirementUnits()
      units = judged
      let met = judged.filter(\.met)
      return perUnit(item, met.count, records: met.map(\.label), unit: unitWord(met.count))
    case .requirementMissed:
      let judged = units ?? requirementUnits()
      units = judged
      return judged.filter { !$0.met }.map { unit in
        let each = item.points ?? .zero
        return ScoreLine(
          kind: .item, item: item.id, points: each,
          text: says(
            item.label + unit.shortfall
              + Localized(en: " = \(each.signed)", zh: " = \(each.signed)")),
          records: lists([unit.label]))
      }
    case .activityMonths:
      // A month counts when it met the rules' monthly activity rule, the one the monthly
      // report holds members to (at least one activity where the rule is off).
      let activities = records.activities.filter { counts($0.date) }
      var perMonth: [YearMonth: Int] = [:]
      for activity in activities { perMonth[activity.date.yearMonth, default: 0] += 1 }
      let months = perMonth.filter { $0.value >= max(rules.activitiesPerMonth, 1) }.keys
        .map(\.description).sorted()
      return perUnit(item, months.count, records: months)
    case .activities:
      let activities = records.activities.filter { counts($0.date) }
      return perUnit(item, activities.count, records: activities.map(\.id))
    case .needsResolved:
      return needsResolved(item)
    case .needsOverdue:
      let overdue = records.needs.filter { need in
        let firstLateDay = need.due.adding(days: 1)
        return need.scale == .small && need.handler == member.id && counts(firstLateDay)
          && need.isOverdue(on: firstLateDay)
      }
      return perUnit(item, overdue.count, records: overdue.map(\.id))
    case .commitmentsFulfilled:
      let kept = records.commitments.filter { $0.fulfilled.map(counts) ?? false }
      return perUnit(item, kept.count, records: kept.map(\.id))
    case .appraisalGrade:
      return records.appraisals.compactMap { appraisal in
        guard appraisal.half == nil, let grade = appraisal.grade,
          period.contains(Day(year: appraisal.year, month: 12, day: 31)!),
          let points = item.values?[grade.rawValue]
        else { return nil }
        return ScoreLine(
          kind: .item, item: item.id, points: points,
          text: says(
            item.label
              + Localized(
                en: " \(appraisal.year): \(grade.rawValue) = \(points.signed)",
                zh: " \(appraisal.year) 年：\(grade.chineseLabel) = \(points.signed)")),
          records: lists([appraisal.id]))
      }
    case .residentsRating:
      return records.appraisals.sorted {
        $0.year * 10 + ($0.half == .h1 ? 1 : 2) < $1.year * 10 + ($1.half == .h1 ? 1 : 2)
      }
      .compactMap { appraisal in
        guard let half = appraisal.half, let rating = appraisal.rating,
          period.contains(half.period(appraisal.year).last),
          let points = item.values?[rating.rawValue]
        else { return nil }
        return ScoreLine(
          kind: .item, item: item.id, points: points,
          text: says(
            item.label
              + Localized(
                en: " \(appraisal.year)-\(half.rawValue): \(rating.rawValue) = \(points.signed)",
                zh:
                  " \(appraisal.year) 年\(half.chineseLabel)：\(rating.chineseLabel) = \(points.signed)"
              )),
          records: lists([appraisal.id]))
      }
    case .manual:
      return records.adjustments.filter { $0.item == item.id && counts($0.date) }
        .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        .map {
          ScoreLine.byHand(
            item: item.id, label: item.label, date: $0.date, reason: $0.reason, points: $0.points,
            record: $0.id)
        }
    }
  }

  /// Needs the member raised or handled, resolved in the period as things stood at its end.
  private func needsResolved(_ item: ScoreItem) -> [ScoreLine] {
    let resolved = records.needs.filter { need in need.resolvedDay(on: end).map(counts) ?? false }
    guard let values = item.values else {
      return perUnit(item, resolved.count, records: resolved.map(\.id))
    }
    return NeedScale.allCases.flatMap { scale in
      let these = resolved.filter { $0.scale == scale }
      return perUnit(
        item, these.count, records: these.map(\.id), points: values[scale.rawValue] ?? .zero,
        qualifier: Localized(en: scale.rawValue, zh: scale.chineseLabel))
    }
  }

  private func unitWord(_ count: Int) -> Localized {
    let unit = rules.visitRequirement.per
    let zh = unit == .week ? "周达标" : unit == .month ? "个月达标" : "年达标"
    return Localized(en: "\(unit.rawValue)\(count == 1 ? "" : "s") meeting the requirement", zh: zh)
  }
}
