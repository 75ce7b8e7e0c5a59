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

  func keepsVisitIDs(of member: String) -> Bool {
    switch self {
    case .everyRecord: true
    case .pointsOnly: false
    case .recordsOf(let wanted): member == wanted
    }
  }
}
