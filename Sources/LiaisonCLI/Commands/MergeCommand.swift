import LiaisonCore

/// `liaison household merge H00012 --into H00003` and `liaison member merge M0012 --into
/// M0003`: one builder, so the two read and answer alike.
enum MergeCommand {
  static func make(
    _ kind: RecordKind, reference: ArgumentSpec,
    merge: @escaping @Sendable (StoreSession, String, String, Day, Bool) throws -> MergeSummary
  ) -> Command {
    let label = kind.label
    return Command(
      "merge", en: "Fold a \(label.en) typed in twice into the one it repeats.",
      zh: "把重复录入的\(label.zh)合并入它所重复的记录。",
      discussion: Localized(
        en: "Everything that names the duplicate (visits, needs, links, score records, grid "
          + "posts, team records) moves to the kept \(label.en); the duplicate is removed and "
          + "its id retired, never given again. A correction: it says which months' reports "
          + "it changes.",
        zh: "引用重复记录的一切（走访、诉求、联户关系、积分记录、网格职务、服务团记录）都移到保留的"
          + "\(label.zh)；重复的记录被删除，其编号停用、不再分配。这是更正，会说明改变哪些月份的报表。"),
      arguments: [reference],
      options: [
        .value(
          "into", kind.rawValue, en: "The \(label.en) it repeats, which keeps everything.",
          zh: "它所重复、保留一切的\(label.zh)。", required: true),
        .flag("dry-run", en: "Show what would move and write nothing.", zh: "只显示将移过的记录，不写入。"),
      ],
      run: { context in
        let summary = try context.store().writing { session in
          try merge(
            session, context.argument, context.value("into") ?? "", context.clock.today,
            context.flag("dry-run"))
        }
        context.say(summary.sentence)
      })
  }
}
