/// Weeks as a clerk names them, and the week a weekly report means by default.
extension IsoWeek {
  /// The week the weekly display (周晾晒) shows when none is named: on Monday and Tuesday the
  /// week just ended — the new one has hardly begun and would print rows of zeros — from
  /// Wednesday on the week running.
  public static func lastReportable(on today: Day) -> IsoWeek {
    let week = IsoWeek(containing: today)
    return weekdayIndex(today) < 2 ? week.previous : week
  }

  /// A week given as `2026-W48` (or `2026年第48周`), as any day in it (`2026-11-25`), or as
  /// 本周 / 上周 / `this-week` / `last-week` counted from `today`.
  public init?(userText text: String, today: Day) {
    let word = text.halfWidth.trimmedSpaces.lowercased()
    switch word {
    case "本周", "这周", "this-week", "this":
      self = IsoWeek(containing: today)
    case "上周", "last-week", "last":
      self = IsoWeek(containing: today).previous
    default:
      if let week = IsoWeek(parsing: word) {
        self = week
      } else if let day = Day(parsing: word) {
        self = IsoWeek(containing: day)
      } else {
        return nil
      }
    }
  }
}
