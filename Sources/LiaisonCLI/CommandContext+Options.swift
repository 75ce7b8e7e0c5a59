import Foundation
import LiaisonCore

/// Turning option strings into typed values, with messages that name the option.
extension CommandContext {
  func value(_ name: String) -> String? { parsed.value(name) }

  func values(_ name: String) -> [String] { parsed.values(name) }

  func flag(_ name: String) -> Bool { parsed.flag(name) }

  /// The first positional argument, which the parser has made sure is there.
  var argument: String { parsed.arguments.first ?? "" }

  /// A date option; `today` / `今天` and `yesterday` / `昨天` are understood too.
  func day(_ name: String) throws -> Day? {
    guard let text = value(name) else { return nil }
    return try Self.day(text, option: name, today: clock.today)
  }

  static func day(_ text: String, option: String, today: Day) throws -> Day {
    switch text.lowercased() {
    case "today", "今天", "今日": return today
    case "yesterday", "昨天", "昨日": return today.adding(days: -1)
    default:
      guard let day = Day(parsing: text), Day.recordable.contains(day) else {
        throw RosterError.invalidValue(
          field: option, value: text,
          expected: Localized(
            en: "a date from 1900 to 2099 such as 2026-11-23, 2026/11/23 or 2026年11月23日",
            zh: "1900 年至 2099 年间的日期，例如 2026-11-23、2026/11/23 或 2026年11月23日"))
      }
      return day
    }
  }

  func month(_ name: String) throws -> YearMonth? {
    guard let text = value(name) else { return nil }
    guard let month = YearMonth(parsing: text), Day.recordable.contains(month.firstDay) else {
      throw RosterError.invalidValue(
        field: name, value: text,
        expected: Localized(
          en: "a month from 1900 to 2099 such as 2026-11", zh: "1900 年至 2099 年间的月份，例如 2026-11"))
    }
    return month
  }

  /// A week option: `2026-W48`, a day in the week, or 本周 / 上周 (`this-week`, `last-week`).
  func week(_ name: String) throws -> IsoWeek? {
    guard let text = value(name) else { return nil }
    let today = (try? day("today")) ?? clock.today
    guard let week = IsoWeek(userText: text, today: today), Day.recordable.contains(week.monday),
      Day.recordable.contains(week.sunday)
    else {
      throw RosterError.invalidValue(
        field: name, value: text,
        expected: Localized(
          en: "a week from 1900 to 2099 such as 2026-W48, a day in it, this-week or last-week",
          zh: "1900 年至 2099 年间的周次，例如 2026-W48，或该周的某一天，或 本周、上周"))
    }
    return week
  }

  /// A period option: a year, half, quarter, month, week, day or `first..last`.
  func period(_ name: String) throws -> Period? {
    guard let text = value(name) else { return nil }
    guard let period = Period(parsing: text), Day.recordable.contains(period.first),
      Day.recordable.contains(period.last)
    else {
      throw RosterError.invalidValue(
        field: name, value: text,
        expected: Localized(
          en: "a period from 1900 to 2099 such as 2026, 2026-H2, 2026-Q4, 2026-11, 2026-W48 or "
            + "2026-11-01..2026-11-15",
          zh: "1900 年至 2099 年间的时期，例如 2026、2026-H2、2026-Q4、2026-11、2026-W48 或 "
            + "2026-11-01..2026-11-15"))
    }
    return period
  }

  /// A choice such as `--mode 上门`: the English value, its Chinese label or a synonym.
  func choice<T: UserChoice>(_ type: T.Type, _ name: String) throws -> T? {
    guard let text = value(name) else { return nil }
    return try Self.choice(type, text, option: name)
  }

  static func choice<T: UserChoice>(_ type: T.Type, _ text: String, option: String) throws -> T {
    guard let choice = T(userValue: text) else {
      let english = T.allCases.map(\.rawValue).joined(separator: ", ")
      let chinese = T.allCases.map { "\($0.rawValue)（\($0.chineseLabel)）" }.joined(separator: "、")
      throw RosterError.invalidValue(
        field: option, value: text,
        expected: Localized(en: "one of \(english)", zh: "以下之一：\(chinese)"))
    }
    return choice
  }

  func integer(_ name: String) throws -> Int? {
    guard let text = value(name) else { return nil }
    guard let number = Int(text.halfWidth.trimmingCharacters(in: .whitespaces)) else {
      throw RosterError.invalidValue(
        field: name, value: text, expected: Localized(en: "a whole number", zh: "整数"))
    }
    return number
  }

  func format() throws -> OutputFormat {
    try choice(OutputFormat.self, "format") ?? .table
  }

  /// Applies an option to a field when it was given: an empty value clears an optional
  /// field, so `--grid ""` takes a member out of their grid.
  func update(_ field: inout String?, from name: String) {
    guard let text = value(name) else { return }
    field = text.isEmpty ? nil : text
  }

  func update(_ field: inout String, from name: String) {
    if let text = value(name) { field = text }
  }
}

extension CommandContext {
  /// The roster filter the line's `--village`, `--grid` (looked for inside the village),
  /// `--member` and `--household` name, each resolved to its record's id.
  func rosterFilter(_ roster: Roster) throws -> RosterFilter {
    var filter = RosterFilter()
    filter.village = try value("village").map { try roster.village($0).id }
    filter.grid = try value("grid").map { try roster.grid($0, inVillage: filter.village).id }
    filter.member = try value("member").map { try roster.member($0).id }
    filter.household = try value("household").map { try roster.household($0).id }
    return filter
  }
}
