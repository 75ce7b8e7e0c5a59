import LiaisonCore

/// Points typed on the command line (`--points +2`), for score and index adjustments.
extension CommandContext {
  func points(_ name: String) throws -> Points? {
    guard let text = value(name) else { return nil }
    guard let points = Points(parsing: text) else {
      throw RosterError.invalidValue(
        field: name, value: text,
        expected: Localized(
          en: "points with at most one decimal place, e.g. +2 or -1.5",
          zh: "至多一位小数的分值，如 +2 或 -1.5"))
    }
    return points
  }
}

extension OptionSpec {
  /// What every hand adjustment takes, a member's score or a village's index alike: who
  /// or what, the day, the manual item, the points and why.
  static func adjustment(subject: OptionSpec, item: OptionSpec) -> [OptionSpec] {
    [
      subject,
      .value("date", "date", en: "The day (default: today).", zh: "日期（默认今天）。", short: "d"),
      item,
      .value(
        "points", "±points", en: "Points, e.g. +2, -1.5.", zh: "分值，如 +2、-1.5。", required: true),
      .value("reason", "text", en: "Why.", zh: "理由。", required: true),
    ]
  }
}
