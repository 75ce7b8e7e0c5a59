import Foundation

/// An ISO 8601 week (`2026-W48`), Monday to Sunday: the cadence of the weekly list
/// ("周一列清单 … 周日必清零", seed 001).
public struct IsoWeek: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The ISO week-numbering year, which differs from the calendar year around New Year.
  public let year: Int
  public let week: Int

  /// The week `week` of ISO year `year`, or nil when that year has no such week.
  public init?(year: Int, week: Int) {
    guard (1000...9999).contains(year), week >= 1, week <= IsoWeek.weeks(in: year) else {
      return nil
    }
    self.year = year
    self.week = week
  }

  /// The week a day falls in.
  public init(containing day: Day) {
    // The ISO week belongs to the year of its Thursday.
    let thursday = day.adding(days: 3 - IsoWeek.weekdayIndex(day))
    let firstThursday = IsoWeek.firstThursday(of: thursday.year)
    year = thursday.year
    week = (thursday.ordinal - firstThursday.ordinal) / 7 + 1
  }

  /// Parses `2026-W48`, `2026W48`, `2026-w48`, `2026年第48周`.
  public init?(parsing text: String) {
    let trimmed = text.halfWidth.trimmedSpaces.uppercased()
    var digits: [Int] = []
    var current = ""
    for character in trimmed {
      if character.isASCIIDigit {
        current.append(character)
      } else {
        guard "-W年第周 ".contains(character) else { return nil }
        if !current.isEmpty { digits.append(Int(current) ?? -1) }
        current = ""
      }
    }
    if !current.isEmpty { digits.append(Int(current) ?? -1) }
    guard digits.count == 2, trimmed.contains("W") || trimmed.contains("周") else { return nil }
    self.init(year: digits[0], week: digits[1])
  }

  public var description: String { String(format: "%04d-W%02d", year, week) }

  public var monday: Day {
    IsoWeek.firstThursday(of: year).adding(days: (week - 1) * 7 - 3)
  }
  public var sunday: Day { monday.adding(days: 6) }
  public var next: IsoWeek { IsoWeek(containing: sunday.adding(days: 1)) }
  public var previous: IsoWeek { IsoWeek(containing: monday.adding(days: -1)) }

  public func contains(_ day: Day) -> Bool { monday <= day && day <= sunday }

  public static func < (lhs: IsoWeek, rhs: IsoWeek) -> Bool {
    (lhs.year, lhs.week) < (rhs.year, rhs.week)
  }

  /// Monday 0 … Sunday 6. 1970-01-01 was a Thursday.
  static func weekdayIndex(_ day: Day) -> Int {
    ((day.ordinal % 7) + 7 + 3) % 7
  }

  static func firstThursday(of year: Int) -> Day {
    let january4 = Day(year: year, month: 1, day: 4)!
    // The week holding 4 January is week 1; its Thursday is the year's first.
    return january4.adding(days: 3 - weekdayIndex(january4))
  }

  /// 53 when the year ends in a week whose Thursday is still in that year, else 52.
  static func weeks(in year: Int) -> Int {
    // 28 December always falls in the year's last week.
    guard let december28 = Day(year: year, month: 12, day: 28) else { return 52 }
    return IsoWeek(containing: december28).week
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let week = IsoWeek(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a week of the form YYYY-Www")
    }
    self = week
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
