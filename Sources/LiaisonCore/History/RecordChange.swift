/// How an edit of a record's dated facts is filed.
public enum RecordChange: Hashable, Sendable {
  /// A life event on a day — a move, 转正, a new grid leader: the facts change from that
  /// day on, and every day before it stays as it was.
  case on(Day)
  /// A mistake put right: the record was wrong all along, so its current values are
  /// replaced for as long as they have held, and the reports of those months change.
  case correction
  /// The record arrives whole with its own `since` and history (a JSON import of an
  /// export): taken as it is.
  case replacement
}
