import Foundation
import Testing

@testable import LiaisonCore

/// The audit timestamp and "today" are computed by arithmetic on the zone's offset, not
/// through Foundation's formatters and calendars (slow to set up); they must agree with them.
@Suite struct ClockTests {
  static let zones = ["Asia/Shanghai", "UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Apia"]
    .compactMap(TimeZone.init(identifier:))

  /// Instants around midnight, before 1970, on leap days and across daylight-saving changes.
  static let instants: [Date] = [
    0, -1, 86_399, 86_400, 1_795_420_800, 1_795_420_799, 1_795_449_599, 1_709_164_800,
    -2_208_988_800, 1_710_054_000, 1_730_613_600, 1_795_430_123.75, -0.5,
  ].map(Date.init(timeIntervalSince1970:))

  @Test func timestampsAreWhatTheISO8601FormatterWrites() {
    for zone in Self.zones {
      let formatter = ISO8601DateFormatter()
      formatter.timeZone = zone
      formatter.formatOptions = [.withInternetDateTime]
      for instant in Self.instants {
        let clock = Clock(now: instant, today: Day(year: 2026, month: 1, day: 1), timeZone: zone)
        #expect(clock.timestamp == formatter.string(from: instant), "\(zone.identifier) \(instant)")
      }
    }
  }

  @Test func todayIsTheCalendarsDayInTheZone() {
    for zone in Self.zones {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = zone
      for instant in Self.instants {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        #expect(
          Day(instant, timeZone: zone)
            == Day(year: parts.year!, month: parts.month!, day: parts.day!),
          "\(zone.identifier) \(instant)")
      }
    }
  }
}
