import LiaisonCore

/// `liaison need start|resolve|close|reopen|cancel|escalate|note`: each moves one need and
/// appends to its history; a refused move writes nothing.
enum NeedLifecycleCommands {
  static let dateOption = OptionSpec.value(
    "date", "date", en: "The day it happened (default: today).", zh: "发生日期（默认今天）。", short: "d")
  static let noteOption = OptionSpec.value("note", "text", en: "A note for the history.", zh: "备注。")
  static let reasonOption = OptionSpec.value(
    "reason", "text", en: "Why (kept in the history).", zh: "原因（记入办理经过）。", required: true)

  static var commands: [Command] {
    [
      verb(
        "start", en: "Begin work on an open need.", zh: "开始办理。",
        options: [
          .value(
            "handler", "who", en: "Who handles it (a member for a small need).",
            zh: "责任人（小事为党员）。"), noteOption,
        ],
        done: Localized(en: "started", zh: "开始办理")
      ) { session, context, stamp in
        let handler = try context.value("handler").flatMap {
          try session.needHandler($0, need: context.argument)
        }
        return try session.changeNeed(context.argument) {
          try $0.start(stamp, handler: handler, note: context.value("note"))
        }
      },
      verb(
        "resolve", en: "Record that a need is done (办结).", zh: "办结。",
        options: [
          .value("resolution", "text", en: "What was done.", zh: "办理结果。", required: true),
          noteOption,
        ],
        done: Localized(en: "resolved", zh: "办结")
      ) { session, context, stamp in
        try session.changeNeed(context.argument) {
          try $0.resolve(
            stamp, resolution: context.value("resolution") ?? "", note: context.value("note"))
        }
      },
      verb(
        "close", en: "Strike off a resolved need (销号) with the household's satisfaction.",
        zh: "凭农户满意度销号（须已办结）。",
        options: [
          .value(
            "satisfaction", "answer",
            en: "satisfied, basically-satisfied or dissatisfied; 满意/基本满意/不满意 work too.",
            zh: "满意度：满意、基本满意或不满意。", required: true, choices: Satisfaction.rawValues),
          .value(
            "resolution", "text", en: "What was done, to resolve and close in one step.",
            zh: "办理结果（未办结时可同时办结并销号）。"),
          noteOption,
        ],
        done: Localized(en: "closed", zh: "销号")
      ) { session, context, stamp in
        let satisfaction = try context.choice(Satisfaction.self, "satisfaction") ?? .satisfied
        let need = try session.changeNeed(context.argument) {
          try $0.close(
            stamp, satisfaction: satisfaction, resolution: context.value("resolution"),
            note: context.value("note"))
        }
        if satisfaction == .dissatisfied {
          context.warn(
            Localized(
              en: "The household is dissatisfied; 'liaison need reopen \(need.id) --reason …' "
                + "opens it again.",
              zh: "农户不满意；如需继续办理，可运行 'liaison need reopen \(need.id) --reason …' 重新打开。"))
        }
        return need
      },
      verb(
        "reopen", en: "Open a resolved or closed need again.", zh: "重新打开已办结或已销号的诉求。",
        options: [reasonOption], done: Localized(en: "reopened", zh: "重新打开")
      ) { session, context, stamp in
        try session.changeNeed(context.argument) {
          try $0.reopen(stamp, reason: context.value("reason") ?? "")
        }
      },
      verb(
        "cancel", en: "Withdraw a need; it stays on file with the reason.", zh: "撤销诉求（保留记录及原因）。",
        options: [reasonOption], done: Localized(en: "cancelled", zh: "撤销")
      ) { session, context, stamp in
        try session.changeNeed(context.argument) {
          try $0.cancel(stamp, reason: context.value("reason") ?? "")
        }
      },
      verb(
        "escalate", en: "Hand a need up: small → medium (village) → large (township).",
        zh: "升级：小事 → 中事（村）→ 大事（乡镇）。",
        options: [
          .value(
            "to", "scale", en: "medium or large; 中事/大事 work too.", zh: "升级到：中事或大事。",
            required: true, choices: [NeedScale.medium.rawValue, NeedScale.large.rawValue]),
          reasonOption,
          .value(
            "handler", "who", en: "The village committee member or township office taking it.",
            zh: "接手的村两委成员或乡镇部门。"),
        ],
        done: Localized(en: "escalated", zh: "升级")
      ) { session, context, stamp in
        let scale = try context.choice(NeedScale.self, "to") ?? .medium
        let handler = try context.value("handler").flatMap {
          try session.needHandler($0, scale: scale)
        }
        return try session.changeNeed(context.argument) {
          try $0.escalate(to: scale, stamp, reason: context.value("reason") ?? "", handler: handler)
        }
      },
      verb(
        "note", en: "Add a note to a need's history.", zh: "在办理经过中添加备注。",
        options: [.value("text", "text", en: "The note.", zh: "备注内容。", required: true)],
        done: Localized(en: "noted", zh: "添加备注")
      ) { session, context, stamp in
        try session.changeNeed(context.argument) {
          try $0.addNote(stamp, text: context.value("text") ?? "")
        }
      },
    ]
  }

  /// A verb that changes one need: `liaison need <verb> N [--date] …`.
  private static func verb(
    _ name: String, en: String, zh: String, options: [OptionSpec], done: Localized,
    _ change: @escaping @Sendable (StoreSession, CommandContext, NeedStamp) throws -> Need
  ) -> Command {
    Command(
      name, en: en, zh: zh, arguments: [NeedCommands.reference], options: [dateOption] + options,
      run: { context in
        let stamp = NeedStamp(
          date: try context.day("date"), clock: context.clock, clerk: context.clerk)
        let need = try context.store().writing { try change($0, context, stamp) }
        context.say(
          Localized(
            en: "Need \(need.id) \(done.en) on \(stamp.date); it is now \(need.status.rawValue).",
            zh: "诉求 \(need.id) 已于 \(stamp.date) \(done.zh)，当前状态：\(need.status.chineseLabel)。"))
      })
  }
}
