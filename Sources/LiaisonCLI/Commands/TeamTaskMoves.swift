import LiaisonCore

/// `liaison team task done|carry|cancel|note`: each moves one task and appends to its
/// history; a refused move writes nothing.
enum TeamTaskMoves {
  static var commands: [Command] {
    [
      verb(
        "done", en: "Record a task done (销号), with what was achieved.", zh: "任务完成销号，写明成效。",
        options: [
          .value("result", "text", en: "What was achieved.", zh: "完成情况。", required: true)
        ]
      ) { task, stamp, context in
        try task.markDone(stamp, result: context.value("result") ?? "")
      },
      verb(
        "carry",
        en: "Carry a task not done into the next week's list, with the reason (不完成不脱钩). "
          + "Dated the Sunday of its week unless --date says otherwise.",
        zh: "未完成任务连同原因结转到下周清单（不完成不脱钩）；默认记在该周周日。",
        options: [
          .value("reason", "text", en: "Why it is not done.", zh: "未完成原因。", required: true)
        ], defaultDay: { task, today in task.defaultCarryDay(today: today) }
      ) { task, stamp, context in
        try task.carryForward(stamp, reason: context.value("reason") ?? "")
      },
      verb(
        "cancel", en: "Drop a task, with the reason.", zh: "撤销任务并写明原因。",
        options: [.value("reason", "text", en: "Why.", zh: "原因。", required: true)]
      ) { task, stamp, context in
        try task.cancel(stamp, reason: context.value("reason") ?? "")
      },
      verb(
        "note", en: "Add a note to a task's history.", zh: "为任务添加备注。",
        options: [.value("note", "text", en: "The note.", zh: "备注。", required: true)]
      ) { task, stamp, context in
        try task.addNote(stamp, note: context.value("note") ?? "")
      },
    ]
  }

  private static func verb(
    _ name: String, en: String, zh: String, options: [OptionSpec],
    defaultDay: @escaping @Sendable (TeamTask, Day) -> Day = { _, today in today },
    _ move: @escaping @Sendable (inout TeamTask, NeedStamp, CommandContext) throws -> Void
  ) -> Command {
    Command(
      name, en: en, zh: zh, arguments: [TeamTaskCommands.reference],
      options: options + [TeamCommands.dateOption],
      run: { context in
        let given = try context.day("date")
        let task = try context.store().writing { session in
          try session.changeTeams { records, _ in
            try records.changeTask(context.argument) { task in
              let day =
                given ?? defaultDay(task, context.clock.today)
              try move(
                &task, NeedStamp(date: day, clock: context.clock, clerk: context.clerk), context)
            }
          }
        }
        let last = task.history.last!
        context.say(
          Localized(
            en: "\(task.id): \(last.action.rawValue) on \(last.date)"
              + (last.week.map { ", onto the list of \($0)" } ?? "") + ".",
            zh: "\(task.id)：\(last.date) \(last.action.chineseLabel)"
              + (last.week.map { "，列入 \($0) 清单" } ?? "") + "。"))
      })
  }
}
