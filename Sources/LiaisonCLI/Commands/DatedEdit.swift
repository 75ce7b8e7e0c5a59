import LiaisonCore

/// The options every roster edit shares to say when a change happened: a life event today
/// by default (`--on` another day), a correction with `--correct`, and `--since` for the
/// day the record came onto the roster.
enum DatedEdit {
  static let since: OptionSpec = .value(
    "since", "date",
    en: "The day it came onto the roster (入册日期), if before today (default: today).",
    zh: "入册日期，早于今天时填写（默认今天）。")

  static let editOptions: [OptionSpec] = [
    .value(
      "on", "date",
      en: "The day the change happened (a move, 转正, a new leader; default: today). "
        + "Months before it stay as they were reported.",
      zh: "变动发生的日期（迁移、转正、更换网格长等；默认今天）。此前各月报表不变。"),
    .flag(
      "correct",
      en: "The record was wrong all along: correct it in past months too, and say which "
        + "months' reports change.",
      zh: "记录原本有误：连同以往各月一并更正，并提示哪些月份的报表随之改变。"),
    .value(
      "since", "date",
      en: "Correct the day it came onto the roster (入册日期); changes the months between.",
      zh: "更正入册日期；两个日期之间各月的报表随之改变。"),
  ]

  /// How the clerk asked for the edit to be filed.
  static func change(_ context: CommandContext) throws -> RecordChange {
    let on = try context.day("on")
    if context.flag("correct") {
      guard on == nil else {
        throw UsageError(
          message: Localized(
            en: "--on and --correct do not go together: a life event happens on a day, a "
              + "correction puts the record right from the start. Give one.",
            zh: "--on 与 --correct 不能同时使用：变动发生在某一天，更正则从头改正记录。请只给出其一。"))
      }
      return .correction
    }
    return .on(on ?? context.clock.today)
  }

  /// `--since`, when given.
  static func since(_ context: CommandContext) throws -> Day? { try context.day("since") }

  /// "Updated …", and for an edit that changes reported months, which ones.
  static func report(
    _ context: CommandContext, _ updated: Localized, changedMonths: ReportedMonths?
  ) {
    guard let months = changedMonths else { return context.say(updated) }
    let sentence = months.sentence
    context.say(Localized(en: updated.en + " " + sentence.en, zh: updated.zh + sentence.zh))
  }
}
