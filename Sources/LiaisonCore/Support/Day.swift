import Foundation

/// A calendar day (`YYYY-MM-DD`), the unit every record is dated in.
///
/// Stored and printed as the ISO string; compared as a date. Time zones never enter:
/// a visit on the 23rd is on the 23rd wherever the report is printed.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a day, or nil when the parts do not form a real date (2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1000...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysIn(year: year, month: month)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses the forms clerks type: `2026-11-23`, `2026/11/23`, `2026.11.23`,
  /// `2026年11月23日`, `20261123`; single-digit months and days are fine.
  public init?(parsing text: String) {
    let trimmed = text.halfWidth.trimmedSpaces
    if trimmed.count == 8, trimmed.allSatisfy(\.isASCIIDigit) {
      let digits = Array(trimmed)
      guard let y = Int(String(digits[0..<4])), let m = Int(String(digits[4..<6])),
        let d = Int(String(digits[6..<8]))
      else { return nil }
      self.init(year: y, month: m, day: d)
      return
    }
    let parts = Day.numericParts(trimmed)
    guard parts.count == 3 else { return nil }
    self.init(year: parts[0], month: parts[1], day: parts[2])
  }

  public var description: String {
    // Not `String(format:)`: on Linux it goes through NSString, and took a quarter of the
    // time to export a year of visits.
    guard (0...9999).contains(year) else {
      return String(format: "%04d-%02d-%02d", year, month, day)
    }
    return Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
  }

  static func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  /// The days a record can be dated on: a clerk's typing or a spreadsheet cell outside them
  /// is a mistake (`-2026`, `1000-01-01`), and week and month arithmetic near the ends of
  /// the calendar stays far from its limits.
  public static let recordable = Day(year: 1900, month: 1, day: 1)!...Day(
    year: 2099, month: 12, day: 31)!

  /// The month this day falls in.
  public var yearMonth: YearMonth { YearMonth(year: year, month: month)! }

  /// Days since 1970-01-01, for arithmetic and weekdays.
  public var ordinal: Int {
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.year = y
    self.month = m
    self.day = d
  }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// The local calendar day of an instant, in the given time zone.
  ///
  /// By arithmetic on the zone's offset rather than through `Calendar`, whose set-up cost
  /// on Linux was a noticeable share of a `visit add`.
  public init(_ date: Date, timeZone: TimeZone = .current) {
    let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
    self.init(ordinal: Int((local / 86_400).rounded(.down)))
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Splits `2026年11月23日` or `2026/11/23` into its numbers; any non-digit separates.
  static func numericParts(_ text: String) -> [Int] {
    var parts: [Int] = []
    var current = ""
    for character in text {
      if character.isASCIIDigit {
        current.append(character)
      } else {
        // A separator must follow digits: `-2026-03-04` is not 2026-03-04.
        guard "-/.年月日 ".contains(character), !current.isEmpty else { return [] }
        if !current.isEmpty { parts.append(Int(current) ?? -1) }
        current = ""
      }
    }
    if !current.isEmpty { parts.append(Int(current) ?? -1) }
    return parts
  }
}

extension Day: Codable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(strict: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
    }
    self = day
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Only the stored form `YYYY-MM-DD`: data files are not as forgiving as the command line.
  init?(strict text: String) {
    var text = text
    guard let day = text.withUTF8({ Day(strictUTF8: UnsafeRawBufferPointer($0)) }) else {
      return nil
    }
    self = day
  }

  /// The same, from the bytes of a data file.
  init?(strictUTF8 bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
