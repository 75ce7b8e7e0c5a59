/// The months whose reports an edit changes, for the sentence a correction ends with:
/// "This changes the reports of 2026-09 to 2026-11."
public struct ReportedMonths: Hashable, Sendable {
  /// The first month changed; nil when the record has no start date, so every month that
  /// counts it changes.
  public var first: YearMonth?
  public var last: YearMonth

  public init(first: YearMonth?, last: YearMonth) {
    self.first = first.map { min($0, last) }
    self.last = last
  }

  /// From the month of `day` (or the beginning) to `today`'s month.
  public init(from day: Day?, today: Day) {
    self.init(first: day?.yearMonth, last: today.yearMonth)
  }

  /// The months a record's start moved across: from the earlier start to the later one;
  /// from the beginning when one of them is none.
  public static func movedStart(from old: Day?, to new: Day?, today: Day) -> ReportedMonths {
    let days = [old, new].compactMap { $0 }
    let first = days.count == 2 ? days.min() : nil
    return ReportedMonths(first: first?.yearMonth, last: (days.max() ?? today).yearMonth)
  }

  /// Both spans together.
  public func joined(_ other: ReportedMonths) -> ReportedMonths {
    let first: YearMonth? =
      if let a = self.first, let b = other.first { min(a, b) } else { nil }
    return ReportedMonths(first: first, last: max(last, other.last))
  }

  public var sentence: Localized {
    guard let first else {
      return Localized(
        en: "This changes every report that counts it, up to \(last) (it has no start date).",
        zh: "这会改变截至 \(last) 所有计入它的报表（该记录没有入册日期）。")
    }
    if first == last {
      return Localized(
        en: "This changes the report of \(first).", zh: "这会改变 \(first) 的报表。")
    }
    return Localized(
      en: "This changes the reports of \(first) to \(last).",
      zh: "这会改变 \(first) 至 \(last) 的报表。")
  }
}
