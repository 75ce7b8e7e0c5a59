/// The three-consecutive-notices rule (seed 000: 连续三次通报批评的，启动问责程序): a village
/// criticised in a notice in three consecutive calendar months is flagged for
/// accountability. The tool flags; the township decides.
///
/// "Consecutive" is by calendar month. A month counts as a notice month when at least one
/// of that month's inspections criticised the village. A run is broken by a month without
/// a notice — whether the village passed that month or was not inspected at all: the rule
/// counts monthly notices, and a month with no inspection gave none.
public struct AccountabilityFlag: Codable, Hashable, Sendable {
  public var village: String
  /// The consecutive notice months, oldest first; at least `AccountabilityFlag.run`.
  public var months: [YearMonth]
  /// The notices of those months.
  public var inspections: [String]

  /// How many consecutive notice months start accountability.
  public static let run = 3

  /// Each run of at least three consecutive notice months of one village, oldest first.
  public static func runs(of village: String, in inspections: [Inspection]) -> [AccountabilityFlag]
  {
    let notices = inspections.filter { $0.village == village && $0.outcome == .criticised }
      .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    let byMonth = Dictionary(grouping: notices) { $0.date.yearMonth }
    var flags: [AccountabilityFlag] = []
    var current: [YearMonth] = []
    func close() {
      if current.count >= run {
        flags.append(
          AccountabilityFlag(
            village: village, months: current,
            inspections: current.flatMap { byMonth[$0]!.map(\.id) }))
      }
      current = []
    }
    for month in byMonth.keys.sorted() {
      if let last = current.last, last.next != month { close() }
      current.append(month)
    }
    close()
    return flags
  }

  /// The flag shown for a village in a report of `period`: the latest run whose third month
  /// has come by the period's end (counting only notices up to `asOf`) and that reaches
  /// into the period. Nil when there is none.
  public static func shown(
    for village: String, in inspections: [Inspection], period: Period, asOf: Day
  ) -> AccountabilityFlag? {
    let counted = inspections.filter { $0.date <= asOf && $0.date <= period.last }
    return runs(of: village, in: counted).last { flag in
      flag.months.last! >= period.first.yearMonth
    }
  }

  /// `2026-09、2026-10、2026-11` or `2026-09, 2026-10, 2026-11`.
  public var monthList: Localized {
    Localized(
      en: months.map(\.description).joined(separator: ", "),
      zh: months.map(\.description).joined(separator: "、"))
  }

  /// The words a report puts beside the village.
  public var label: Localized {
    Localized(
      en: "accountability: notices in \(monthList.en)", zh: "启动问责程序：\(monthList.zh) 连续通报批评")
  }
}
