/// The visit requirement, week by week (or month, or year): which units the member met it
/// in and which they missed. A unit counts when it has ended by the day scored, belongs to
/// the period (its last day falls in it), and on its first day the member was on the roster
/// and held at least one link: a member linked on a Sunday is not judged on that week, and a
/// household linked mid-week is asked for from the next.
extension ScoreEvaluator {
  struct RequirementUnitResult {
    var label: String
    var met: Bool
    /// Why it was missed, e.g. `: week 2026-W46, 0 of 1 visits`.
    var shortfall: Localized
  }

  func requirementUnits() -> [RequirementUnitResult] {
    let requirement = rules.visitRequirement
    return spans(requirement.per).compactMap { label, first, last in
      guard member.isActive(on: first) else { return nil }
      let held = links.filter { $0.isActive(on: first) }
      guard !held.isEmpty else { return nil }
      let visits = records.visits.filter { first <= $0.date && $0.date <= last }
      let word = unitName(requirement.per, label)
      switch requirement.counted {
      case .member:
        let met = visits.count >= requirement.minimum
        return RequirementUnitResult(
          label: label, met: met,
          shortfall: Localized(
            en: ": \(word.en) with \(visits.count) of \(requirement.minimum) visits",
            zh: "：\(word.zh)走访 \(visits.count) 次，应至少 \(requirement.minimum) 次"))
      case .household:
        let homes = Set(held.map(\.household))
        var visitsPerHome: [String: Int] = [:]
        for visit in visits { visitsPerHome[visit.household, default: 0] += 1 }
        let reached = homes.count { visitsPerHome[$0, default: 0] >= requirement.minimum }
        return RequirementUnitResult(
          label: label, met: reached == homes.count,
          shortfall: Localized(
            en: ": \(word.en), \(reached) of \(homes.count) linked households visited "
              + "\(requirement.minimum)×",
            zh: "：\(word.zh)联系户 \(homes.count) 户，仅 \(reached) 户走访达 \(requirement.minimum) 次"))
      }
    }
  }

  /// The weeks, months or years whose last day falls in the period, up to `end`.
  private func spans(_ unit: RequirementUnit) -> [(String, Day, Day)] {
    var spans: [(String, Day, Day)] = []
    switch unit {
    case .week:
      var week = IsoWeek(containing: period.first)
      if week.sunday < period.first { week = week.next }
      while week.sunday <= end {
        spans.append((week.description, week.monday, week.sunday))
        week = week.next
      }
    case .month:
      var month = period.first.yearMonth
      while month.lastDay <= end {
        if period.first <= month.lastDay {
          spans.append((month.description, month.firstDay, month.lastDay))
        }
        month = month.next
      }
    case .year:
      for year in period.first.year...end.year {
        let last = Day(year: year, month: 12, day: 31)!
        if last <= end { spans.append((String(year), Day(year: year, month: 1, day: 1)!, last)) }
      }
    }
    return spans
  }

  private func unitName(_ unit: RequirementUnit, _ label: String) -> Localized {
    switch unit {
    case .week: Localized(en: "week \(label)", zh: "\(label) 周")
    case .month: Localized(en: "month \(label)", zh: "\(label) 月")
    case .year: Localized(en: "year \(label)", zh: "\(label) 年")
    }
  }
}
