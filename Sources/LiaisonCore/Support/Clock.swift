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

  /// The clock from the environment: `LIAISON_TODAY` when set and valid, in the data
  /// folder's time zone (a visit typed at 07:30 in Beijing is today's, not yesterday's on a
  /// machine set to UTC).
  public static func from(environment: [String: String], timeZone: TimeZone = .current) -> Clock {
    Clock(today: environment["LIAISON_TODAY"].flatMap { Day(strict: $0) }, timeZone: timeZone)
  }

  /// The text of a `LIAISON_TODAY` that is set but is no day (`YYYY-MM-DD`), which `from`
  /// would pass over; nil when it is unset or usable.
  public static func unusableToday(environment: [String: String]) -> String? {
    guard let text = environment["LIAISON_TODAY"], !text.isEmpty, Day(strict: text) == nil
    else { return nil }
    return text
  }

  /// `now` as ISO 8601 with the local offset, for audit fields.
  ///
  /// Written as `ISO8601DateFormatter` with `.withInternetDateTime` writes it
  /// (`2026-11-23T17:30:00+08:00`, `Z` for UTC), by arithmetic: setting up the formatter
  /// was a tenth of a `visit add`.
  public var timestamp: String {
    let offset = timeZone.secondsFromGMT(for: now)
    let local = Int((now.timeIntervalSince1970 + Double(offset)).rounded(.down))
    let (days, seconds) = local.quotientAndRemainder(dividingBy: 86_400)
    let day = Day(ordinal: seconds < 0 ? days - 1 : days)
    let second = seconds < 0 ? seconds + 86_400 : seconds
    let time =
      Day.padded(second / 3600, 2) + ":" + Day.padded(second / 60 % 60, 2) + ":"
      + Day.padded(second % 60, 2)
    guard offset != 0 else { return "\(day)T\(time)Z" }
    let size = abs(offset)
    // Local mean time before 1900 has offsets with seconds, which the formatter writes too.
    let extra = size % 60 == 0 ? "" : ":" + Day.padded(size % 60, 2)
    return "\(day)T\(time)\(offset < 0 ? "-" : "+")"
      + Day.padded(size / 3600, 2) + ":" + Day.padded(size / 60 % 60, 2) + extra
  }
}
