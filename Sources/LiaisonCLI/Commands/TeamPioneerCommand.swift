import LiaisonCore

/// `liaison team pioneer`: the organisation office's choice of the month's pioneers.
enum TeamPioneerCommand {
  static let command = Command(
    "pioneer", aliases: ["先锋"],
    en: "Record the office's choice of a month's pioneers (项目/创新/勤勉先锋, two of each).",
    zh: "登记组织办评定的月度先锋（项目先锋、创新先锋、勤勉先锋各 2 名）。",
    discussion: Localized(
      en: "'team month' proposes candidates from the records; this records the decision, "
        + "replacing an earlier one of the same title and month.",
      zh: "'team month' 根据记录提出建议人选；本命令登记评定结果，同月同类再次登记时替换。"),
    options: [
      .value(
        "kind", "title", en: "project, innovation or diligence; 项目/创新/勤勉 work too.",
        zh: "先锋类别：项目先锋、创新先锋或勤勉先锋。", required: true, choices: PioneerKind.rawValues),
      .list("person", "person", en: "One or two team people.", zh: "1 至 2 名组团人员。"),
      .value("month", "YYYY-MM", en: "The month (default: this month).", zh: "月份（默认本月）。"),
      .value("note", "text", en: "Why.", zh: "评定理由。"), TeamCommands.dateOption,
    ],
    run: { context in
      let month = try context.month("month") ?? context.clock.today.yearMonth
      let kind = try context.choice(PioneerKind.self, "kind") ?? .diligence
      let stamp = NeedStamp(
        date: try context.day("date"), clock: context.clock, clerk: context.clerk)
      let chosen = try context.store().writing { session in
        try session.changeTeams { records, _ in
          try records.choosePioneers(
            kind, month: month, people: context.values("person"), note: context.value("note"),
            stamp: stamp)
        }
      }
      context.say(
        Localized(
          en: "\(month) \(kind.rawValue): \(chosen.map(\.person).joined(separator: ", ")).",
          zh: "\(month) \(kind.chineseLabel)：\(chosen.map(\.person).joined(separator: "、"))。"))
    })
}
