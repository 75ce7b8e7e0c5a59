/// The visit requirement, week by week (or month, or year): which units the member met it
/// in and which they missed. A unit counts when it has ended by the day scored, belongs to
/// the period (its last day falls in it), and on its first day the member was on the roster
/// and held at least one link: a member linked on a Sunday is not judged on that week, and a
/// household linked mid-week is asked for from the next.
extension ScoreEvaluator {
  struct RequirementUnitResult {
    var label: String
    var met: Bool
    /// Why it was missed, e.g. `: week 2026-W46, 0 of 1 visits` (empty when met).
    var shortfall = Localized("")
  }

  func requirementUnits() -> [RequirementUnitResult] {
    let requirement = rules.visitRequirement
    // One pass puts each visit in its unit (units follow one another, never overlap), where
    // filtering the visits for each of a year's 53 weeks was most of a yearly score's time.
    var counts = [Int](repeating: 0, count: spans.count)
    var unitVisits =
      requirement.counted == .household ? [[ScoredVisit]](repeating: [], count: spans.count) : []
    for visit in records.visits.visits {
      guard let at = RequirementSpan.index(of: visit.day, in: spans) else { continue }
      counts[at] += 1
      if !unitVisits.isEmpty { unitVisits[at].append(visit) }
    }
    return spans.indices.compactMap { at in
      let (label, first) = (spans[at].label, spans[at].first)
      // Asked of each of a year's 53 weeks for every member: the links in force are only
      // gathered where their households are counted.
      guard member.isActive(on: first), links.contains(where: { $0.isActive(on: first) })
      else { return nil }
      switch requirement.counted {
      case .member:
        let met = counts[at] >= requirement.minimum
        // The words are for a missed unit's line only: a year has 53 weeks for each member.
        guard !met else { return RequirementUnitResult(label: label, met: true) }
        return RequirementUnitResult(
          label: label, met: met,
          shortfall: says(
            {
              let word = unitName(requirement.per, label)
              return Localized(
                en: ": \(word.en) with \(counts[at]) of \(requirement.minimum) visits",
                zh: "：\(word.zh)走访 \(counts[at]) 次，应至少 \(requirement.minimum) 次")
            }()))
      case .household:
        let homes = Set(links.lazy.filter { $0.isActive(on: first) }.map(\.household))
        var visitsPerHome: [String: Int] = [:]
        for visit in unitVisits[at] {
          visitsPerHome[households[Int(visit.household)], default: 0] += 1
        }
        let reached = homes.count { visitsPerHome[$0, default: 0] >= requirement.minimum }
        return RequirementUnitResult(
          label: label, met: reached == homes.count,
          shortfall: says(
            {
              let word = unitName(requirement.per, label)
              return Localized(
                en: ": \(word.en), \(reached) of \(homes.count) linked households visited "
                  + "\(requirement.minimum)×",
                zh: "：\(word.zh)联系户 \(homes.count) 户，仅 \(reached) 户走访达 \(requirement.minimum) 次")
            }()))
      }
    }
  }

  private func unitName(_ unit: RequirementUnit, _ label: String) -> Localized {
    switch unit {
    case .week: Localized(en: "week \(label)", zh: "\(label) 周")
    case .month: Localized(en: "month \(label)", zh: "\(label) 月")
    case .year: Localized(en: "year \(label)", zh: "\(label) 年")
    }
  }
}
