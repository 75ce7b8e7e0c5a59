/// A week, month or year the visit requirement judges, with its label (`2026-W46`).
struct RequirementSpan: Sendable {
  var label: String
  var first: Day
  var last: Day
  /// `first` and `last` as ordinals, to which visits' days compare.
  var firstOrdinal: Int32
  var lastOrdinal: Int32

  init(_ label: String, _ first: Day, _ last: Day) {
    self.label = label
    self.first = first
    self.last = last
    firstOrdinal = Int32(first.ordinal)
    lastOrdinal = Int32(last.ordinal)
  }

  /// The weeks, months or years whose last day falls in the period, up to `end`, in order.
  /// The same for every member scored together, so a board works them out once.
  static func spans(_ unit: RequirementUnit, period: Period, end: Day) -> [RequirementSpan] {
    var spans: [RequirementSpan] = []
    switch unit {
    case .week:
      var week = IsoWeek(containing: period.first)
      if week.sunday < period.first { week = week.next }
      while week.sunday <= end {
        spans.append(RequirementSpan(week.description, week.monday, week.sunday))
        week = week.next
      }
    case .month:
      var month = period.first.yearMonth
      while month.lastDay <= end {
        if period.first <= month.lastDay {
          spans.append(RequirementSpan(month.description, month.firstDay, month.lastDay))
        }
        month = month.next
      }
    case .year:
      for year in period.first.year...end.year {
        let last = Day(year: year, month: 12, day: 31)!
        if last <= end {
          spans.append(RequirementSpan(String(year), Day(year: year, month: 1, day: 1)!, last))
        }
      }
    }
    return spans
  }

  /// The span of `spans` (in order, not overlapping) holding the day `ordinal`, if any.
  static func index(of ordinal: Int32, in spans: [RequirementSpan]) -> Int? {
    var (low, high) = (0, spans.count)
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].lastOrdinal < ordinal { low = middle + 1 } else { high = middle }
    }
    return low < spans.count && spans[low].firstOrdinal <= ordinal ? low : nil
  }
}
