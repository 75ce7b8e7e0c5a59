/// The visits a board scores from: grouped by member already (`ScoredVisits`), or months
/// still to be grouped — each either as a score reads it (`ScoredMonth`) or as the visit
/// index gave it to the caller, who read it for itself — grouped only when the board is
/// worked out, on the core that works it out, while the monthly report counts the same
/// month on the other (grouping a county month's visits was a tenth of the report).
enum ScoreSourceVisits: Sendable {
  case grouped(ScoredVisits)
  /// Months oldest first, read with `index`.
  case months([ScoreSourceMonth], index: ScoredVisitIndex)

  /// The visits grouped by member.
  func grouped() -> ScoredVisits {
    switch self {
    case .grouped(let visits):
      return visits
    case .months(let months, let index):
      return ScoredVisits(
        months: months.map { month in
          switch month {
          case .scored(let scored): scored
          case .read(let read): index.scored(read)
          }
        }, index: index)
    }
  }
}

/// One month of a score's visits, before they are grouped.
enum ScoreSourceMonth: Sendable {
  /// As a score reads it: 12 bytes a visit.
  case scored(ScoredMonth)
  /// As the visit index gave it to a caller who had read it already.
  case read(MonthVisits)
}
