/// Where a need stood on a past day, from its history, so figures for any period come out
/// the same whatever happened to it afterwards.
extension Need {
  /// Its status at the end of `day`; nil before it was raised.
  public func status(on day: Day) -> NeedStatus? {
    guard raised <= day else { return nil }
    var status = NeedStatus.open
    for event in history where event.date <= day {
      if let next = event.action.resultingStatus { status = next }
    }
    return status
  }

  /// The day it was resolved, as things stood at the end of `day`: nil unless it was
  /// resolved (or closed) then.
  public func resolvedDay(on day: Day) -> Day? {
    guard status(on: day)?.isDone == true else { return nil }
    return history.last { $0.action == .resolved && $0.date <= day }?.date
  }

  /// The day it was closed, as things stood at the end of `day`.
  public func closedDay(on day: Day) -> Day? {
    guard status(on: day) == .closed else { return nil }
    return history.last { $0.action == .closed && $0.date <= day }?.date
  }

  /// The household's answer when it was closed, as things stood at the end of `day`.
  public func satisfaction(on day: Day) -> Satisfaction? {
    guard status(on: day) == .closed else { return nil }
    return history.last { $0.action == .closed && $0.date <= day }?.satisfaction
  }

  /// Whether it was still waiting on `day` with its due date passed.
  public func isOverdue(on day: Day) -> Bool {
    day > due && status(on: day)?.isPending == true
  }

  /// Days past due on `day` (0 when not overdue).
  public func daysOverdue(on day: Day) -> Int {
    isOverdue(on: day) ? day.ordinal - due.ordinal : 0
  }
}
