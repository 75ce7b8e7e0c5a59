import LiaisonCore

/// `liaison check [--repair]`: reads every file and reports what is wrong.
enum CheckCommand {
  static let command: Command = Command(
    "check", aliases: ["检查"], en: "Check that every file of the data folder is sound.",
    zh: "检查数据文件夹中的每个文件是否完好。",
    discussion: Localized(
      en: "Silent when all is well. Otherwise prints one line per problem (file:line: what) "
        + "and exits 65; what is not wrong but wants seeing to (a grid with no leader) is a "
        + "warning on standard error, and does not fail the check. --repair first does what is safe: finishes an interrupted change, "
        + "removes temporary files, cuts an incomplete last log line, and brings visit "
        + "numbering ahead of the numbers in use; it says what it did.",
      zh: "一切正常时不输出。否则每个问题输出一行（文件:行号: 问题）并以 65 退出；"
        + "并非错误但需处理的事项（如网格没有网格长）作为警告输出到标准错误，不会使检查失败。--repair "
        + "会先做安全的修复：完成被中断的修改、删除临时文件、删去日志中不完整的最后一行、"
        + "使走访编号领先于已用编号，并说明做了什么。"),
    options: [
      .flag("repair", en: "Mend what is safe to mend first.", zh: "先修复可安全修复的问题。"),
      CommandContext.todayOption,
    ],
    run: { context in
      let store = try context.store()
      if context.flag("repair") {
        for done in try FolderRepair.run(store) {
          context.say(Localized(en: "Repaired: ", zh: "已修复：") + done)
        }
      }
      let (problems, warnings) = try FolderCheck.inspect(store, today: try context.reportToday())
      for warning in warnings { context.warn(Localized(warning.text(context.language))) }
      guard !problems.isEmpty else { return }
      for problem in problems { context.output(problem.text(context.language) + "\n") }
      let repairable = problems.filter(\.repairable).count
      throw CheckFailure(count: problems.count, repairable: context.flag("repair") ? 0 : repairable)
    })
}

/// The exit of a `check` that found problems: they are already printed, one per line.
struct CheckFailure: LiaisonError {
  var count: Int
  var repairable: Int
  var exitStatus: ExitStatus { .dataError }
  var message: Localized {
    let hint =
      repairable > 0
      ? Localized(
        en: " \(repairable) can be mended with 'liaison check --repair'.",
        zh: "其中 \(repairable) 个可用 'liaison check --repair' 修复。")
      : Localized(
        en: " Fix them by hand or restore from a backup.", zh: "请手工修正或从备份恢复。")
    return Localized(en: "\(count) problem(s) found.", zh: "发现 \(count) 个问题。") + hint
  }
}
