/// Which scores list the ids of the visits they counted. An explanation or JSON output
/// prints them; a ranking, a table or a report does not — and a county's year has 3 million
/// of them to keep and sort.
public enum ScoreDetail: Hashable, Sendable {
  /// Every score's `visits` line lists its visits.
  case everyRecord
  /// No `visits` line lists its visits (`records` is empty); points, ranks and every other
  /// line are the same.
  case pointsOnly
  /// Only this member's score (by id) lists its visits.
  case recordsOf(String)
  /// No score keeps its lines: points, ranks, bands, grades and colours only, as a ranking
  /// shows them (a county month's 12,000 scores' lines held some 30 MB).
  case scoresOnly

  /// Whether the scores keep their lines.
  var keepsLines: Bool { self != .scoresOnly }

  func keepsVisitIDs(of member: String) -> Bool {
    switch self {
    case .everyRecord: true
    case .pointsOnly, .scoresOnly: false
    case .recordsOf(let wanted): member == wanted
    }
  }
}
