import Foundation

/// A span of whole days that figures are counted over: a year, a half, a quarter, a
/// month, an ISO week, or any two days given as `2026-11-01..2026-11-15`.
public struct Period: Hashable, Sendable, CustomStringConvertible, Codable {
  /// How the clerk wrote it (`2026-11`, `2026-W48`), for headings and JSON.
  public let label: String
  public let first: Day
  public let last: Day

  public init(label: String, first: Day, last: Day) {
    self.label = label
    self.first = first
    self.last = last
  }

  public init(month: YearMonth) {
    self.init(label: month.description, first: month.firstDay, last: month.lastDay)
  }

  public init(week: IsoWeek) {
    self.init(label: week.description, first: week.monday, last: week.sunday)
  }

  /// Parses `2026`, `2026-H2`, `2026-Q4`, `2026-11`, `2026-W48`, `2026-11-23` or
  /// `2026-11-01..2026-11-15`; nil for anything else.
  public init?(parsing text: String) {
    let trimmed = text.halfWidth.trimmedSpaces
    if let range = trimmed.range(of: "..") {
      guard let first = Day(parsing: String(trimmed[..<range.lowerBound])),
        let last = Day(parsing: String(trimmed[range.upperBound...])), first <= last
      else { return nil }
      self.init(label: "\(first)..\(last)", first: first, last: last)
      return
    }
    let upper = trimmed.uppercased()
    if upper.count == 4, let year = Int(upper), let first = Day(year: year, month: 1, day: 1) {
      self.init(label: upper, first: first, last: Day(year: year, month: 12, day: 31)!)
    } else if let week = IsoWeek(parsing: upper) {
      self.init(week: week)
    } else if upper.count == 7,
      upper.dropFirst(4).hasPrefix("-H") || upper.dropFirst(4).hasPrefix("-Q"),
      let year = Int(upper.prefix(4)), let part = Int(upper.suffix(1))
    {
      let months = upper.contains("H") ? 6 : 3
      guard (1...(12 / months)).contains(part),
        let start = YearMonth(year: year, month: (part - 1) * months + 1),
        let end = YearMonth(year: year, month: part * months)
      else { return nil }
      self.init(label: upper, first: start.firstDay, last: end.lastDay)
    } else if let month = YearMonth(parsing: trimmed), !trimmed.contains("W") {
      self.init(month: month)
    } else if let day = Day(parsing: trimmed) {
      self.init(label: day.description, first: day, last: day)
    } else {
      return nil
    }
  }

  public var description: String { label }

  public func contains(_ day: Day) -> Bool { first <= day && day <= last }

  /// The months the period touches, for reading visit logs.
  public var months: [YearMonth] {
    var months: [YearMonth] = []
    var month = first.yearMonth
    while month <= last.yearMonth {
      months.append(month)
      month = month.next
    }
    return months
  }
}
