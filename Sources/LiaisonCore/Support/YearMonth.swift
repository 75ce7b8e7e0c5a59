import Foundation

/// A calendar month (`YYYY-MM`): the unit of visit logs and monthly reports.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  public let year: Int
  public let month: Int

  public init?(year: Int, month: Int) {
    guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// Parses `2026-11`, `2026/11`, `2026.11`, `2026年11月`, `202611`.
  public init?(parsing text: String) {
    let trimmed = text.halfWidth.trimmedSpaces
    if trimmed.count == 6, trimmed.allSatisfy(\.isASCIIDigit) {
      self.init(year: Int(trimmed.prefix(4))!, month: Int(trimmed.suffix(2))!)
      return
    }
    let parts = Day.numericParts(trimmed)
    guard parts.count == 2 else { return nil }
    self.init(year: parts[0], month: parts[1])
  }

  /// Not `String(format:)`, which goes through NSString on Linux (see `Day.description`).
  public var description: String { Day.padded(year, 4) + "-" + Day.padded(month, 2) }

  public var firstDay: Day { Day(year: year, month: month, day: 1)! }
  public var lastDay: Day {
    Day(year: year, month: month, day: Day.daysIn(year: year, month: month))!
  }
  public var next: YearMonth {
    month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
  }
  public var previous: YearMonth {
    month == 1 ? YearMonth(year: year - 1, month: 12)! : YearMonth(year: year, month: month - 1)!
  }

  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard text.count == 7, let month = YearMonth(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a month of the form YYYY-MM")
    }
    self = month
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
