/// The visits a board scores from: grouped by member already (`ScoredVisits`), or months
/// of the visit index the caller had read for itself, grouped only when the board is worked
/// out — on the core that works it out, while the monthly report counts the same month on
/// the other (grouping a county month's visits was a tenth of the report, on one core).
enum ScoreSourceVisits: Sendable {
  case grouped(ScoredVisits)
  /// Months as read, oldest first; visits after `last` are left out, and ids kept as
  /// `detail` says.
  case read([MonthVisits], roster: Roster, last: Day, detail: ScoreDetail)

  /// The visits grouped by member.
  func grouped() -> ScoredVisits {
    switch self {
    case .grouped(let visits):
      return visits
    case .read(let months, let roster, let last, let detail):
      let index = ScoredVisitIndex(roster: roster, last: last, detail: detail)
      return ScoredVisits(months: months.map(index.scored), index: index)
    }
  }
}
