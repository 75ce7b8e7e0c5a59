import Foundation

/// The instant a command runs and the day it counts as "today".
///
/// Tests and reproducible reports fix the day with `LIAISON_TODAY=YYYY-MM-DD`.
public struct Clock: Sendable {
  public var now: Date
  public var today: Day
  public var timeZone: TimeZone

  public init(now: Date = Date(), today: Day? = nil, timeZone: TimeZone = .current) {
    self.now = now
    self.timeZone = timeZone
    self.today = today ?? Day(now, timeZone: timeZone)
  }

  /// The clock from the environment: `LIAISON_TODAY` when set and valid.
  public static func from(environment: [String: String]) -> Clock {
    Clock(today: environment["LIAISON_TODAY"].flatMap { Day(strict: $0) })
  }

  /// `now` as ISO 8601 with the local offset, for audit fields.
  public var timestamp: String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = timeZone
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: now)
  }
}
