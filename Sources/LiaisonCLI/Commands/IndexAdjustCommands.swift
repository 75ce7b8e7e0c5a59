import LiaisonCore

/// `liaison index adjust|adjustments|unadjust`: a village's index points given by hand
/// under a manual item of its rules, always with a reason.
enum IndexAdjustCommands {
  static let commands = [adjustCommand, adjustmentsCommand, unadjustCommand]

  static let adjustCommand = Command(
    "adjust", en: "Give or take index points under a manual item.", zh: "按手工项目为某村堡垒指数加减分。",
    options: OptionSpec.adjustment(
      subject: .value("village", "village", en: "The village.", zh: "村。", required: true),
      item: .value(
        "item", "item", en: "The id of a manual item of rules/supervision.json.",
        zh: "rules/supervision.json 中手工项目的编号。", required: true)),
    run: { context in
      let points = try context.points("points") ?? .zero
      let adjustment = try context.store().writing {
        try $0.adjustIndex(
          village: context.value("village") ?? "",
          date: try context.day("date") ?? context.clock.today,
          item: context.value("item") ?? "", points: points, reason: context.value("reason") ?? "",
          clock: context.clock, clerk: context.clerk)
      }
      context.reportAdded(
        adjustment.id,
        Localized(
          en: "Recorded \(points.signed) under \(adjustment.item) as \(adjustment.id).",
          zh: "已登记 \(adjustment.item) \(points.signed) 分（\(adjustment.id)）。"))
    })

  static let adjustmentsCommand = Command(
    "adjustments", en: "List index adjustments.", zh: "列出堡垒指数调整。",
    options: [
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("period", "period", en: "Only this period.", zh: "只列此时期。"), .format,
    ],
    run: { context in
      let period = try context.period("period")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let village = try context.value("village").map { try roster.village($0).id }
        let records = try session.indexAdjustments().filter {
          (village == nil || $0.village == village) && (period?.contains($0.date) ?? true)
        }
        return (records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }, roster)
      }
      try context.emit(records, SupervisionListings.adjustments(records, roster: roster))
    })

  static let unadjustCommand = Command(
    "unadjust", en: "Delete an index adjustment entered by mistake.", zh: "删除误录的堡垒指数调整。",
    arguments: [.reference("adjustment", en: "The id, e.g. K00002.", zh: "调整编号，如 K00002。")],
    run: { context in
      let removed = try context.store().writing { try $0.removeIndexAdjustment(context.argument) }
      context.say(
        Localized(en: "Removed index adjustment \(removed.id).", zh: "已删除堡垒指数调整 \(removed.id)。"))
    })
}
