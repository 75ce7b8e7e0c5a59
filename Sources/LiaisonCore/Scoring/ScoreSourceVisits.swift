/// The visits a board scores from: grouped by member already (`ScoredVisits`), or months
/// still to be grouped — each either as a score reads it (`ScoredMonth`) or as the visit
/// index gave it to the caller, who read it for itself — grouped only when the board is
/// worked out, on the core that works it out, while the monthly report counts the same
/// month on the other (grouping a county month's visits was a tenth of the report).
enum ScoreSourceVisits: Sendable {
  case grouped(ScoredVisits)
  /// Months oldest first, each scored with `index` — or, when none needed it yet, with
  /// the index of `roster`'s members and households made where they are grouped.
  case months(
    [ScoreSourceMonth], index: ScoredVisitIndex?, roster: Roster, last: Day, detail: ScoreDetail)

  /// The visits grouped by member.
  func grouped() -> ScoredVisits {
    switch self {
    case .grouped(let visits):
      return visits
    case .months(let months, let made, let roster, let last, let detail):
      let index = made ?? ScoredVisitIndex(roster: roster, last: last, detail: detail)
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
