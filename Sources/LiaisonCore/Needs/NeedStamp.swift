/// Who records a change to a need, for which day, and when it was typed in.
public struct NeedStamp: Sendable {
  /// The day the change happened.
  public var date: Day
  /// Who typed it in.
  public var by: String
  /// When it was typed in, ISO 8601.
  public var recordedAt: String
  /// Today, so that no change is dated in the future.
  public var today: Day

  public init(date: Day, by: String, recordedAt: String, today: Day) {
    self.date = date
    self.by = by
    self.recordedAt = recordedAt
    self.today = today
  }

  public init(date: Day? = nil, clock: Clock, clerk: String) {
    self.init(date: date ?? clock.today, by: clerk, recordedAt: clock.timestamp, today: clock.today)
  }
}
