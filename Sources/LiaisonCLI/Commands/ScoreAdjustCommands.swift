import LiaisonCore

/// `liaison score adjust|adjustments|unadjust`: points given or taken by hand under a
/// manual item of the rules, always with a reason.
enum ScoreAdjustCommands {
  static let commands = [adjustCommand, adjustmentsCommand, unadjustCommand]

  static let adjustCommand = Command(
    "adjust", en: "Give or take points under a manual item (dues, study, organisational life).",
    zh: "按手工项目加减分（党费、学习、组织生活等）。",
    options: OptionSpec.adjustment(
      subject: .value("member", "member", en: "The member.", zh: "党员。", required: true),
      item: .value(
        "item", "item", en: "The id of a manual item of the rules ('liaison rules show').",
        zh: "积分办法中手工项目的编号（见 'liaison rules show'）。", required: true)),
    run: { context in
      let points = try context.points("points") ?? .zero
      let date = try context.day("date") ?? context.clock.today
      let adjustment = try context.store().writing {
        try $0.addAdjustment(
          member: context.value("member") ?? "", date: date, item: context.value("item") ?? "",
          points: points, reason: context.value("reason") ?? "", clock: context.clock,
          clerk: context.clerk)
      }
      context.reportAdded(
        adjustment.id,
        Localized(
          en: "Recorded \(points.signed) under \(adjustment.item) as \(adjustment.id).",
          zh: "已登记 \(adjustment.item) \(points.signed) 分（\(adjustment.id)）。"))
    })

  static let adjustmentsCommand = Command(
    "adjustments", en: "List score adjustments.", zh: "列出积分调整。",
    options: [
      .value("member", "member", en: "Only this member.", zh: "只列此党员。"),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("period", "period", en: "Only this period.", zh: "只列此时期。"),
      .format,
    ],
    run: { context in
      let period = try context.period("period")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let filter = try ScoreRecordFilter(context: context, roster: roster)
        let records = try session.adjustments().filter {
          filter.matches(member: $0.member) && (period?.contains($0.date) ?? true)
        }
        return (records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }, roster)
      }
      try context.emit(records, roster.adjustmentListing(records, language: context.language))
    })

  static let unadjustCommand = Command(
    "unadjust", en: "Delete a score adjustment entered by mistake.", zh: "删除误录的积分调整。",
    arguments: [
      .reference("adjustment", en: "The adjustment's id, e.g. S00002.", zh: "调整编号，如 S00002。")
    ],
    run: { context in
      let removed = try context.store().writing { try $0.removeAdjustment(context.argument) }
      context.say(
        Localized(en: "Removed adjustment \(removed.id).", zh: "已删除积分调整 \(removed.id)。"))
    })
}
