/// A record after an edit, with the months whose reports the edit changes — what a
/// correction tells the clerk.
public struct Edited<Record: Sendable>: Sendable {
  public var record: Record
  /// Nil when no month can change: a life event dated today, or nothing dated edited.
  public var changedMonths: ReportedMonths?

  public init(_ record: Record, changedMonths: ReportedMonths?) {
    self.record = record
    self.changedMonths = changedMonths
  }
}
