import LiaisonCore

/// `liaison grid add|list|show|edit|remove`.
enum GridCommands {
  static let reference = ArgumentSpec.reference(
    "grid", en: "The grid: id, code or name.", zh: "网格：编号、编码或名称。")

  static let fieldOptions: [OptionSpec] = [
    .value("code", "code", en: "The grid's code (编码代号).", zh: "网格编码代号。"),
    .value(
      "parent", "grid", en: "The grid this micro-grid belongs to.", zh: "微网格所属的网格。"),
    .value(
      "leader", "member", en: "The grid leader: a Party member of the village.",
      zh: "网格长：本村党员（不能是入党积极分子）。"),
    .list("staff", "member", en: "Grid staff, by id, name or phone.", zh: "网格员（编号、姓名或电话）。"),
  ]

  static let command: Command = Command(
    "grid", aliases: ["网格"], en: "Grids and micro-grids of the villages.", zh: "各村的网格和微网格。",
    children: [
      Command(
        "add", en: "Add a grid or micro-grid.", zh: "添加网格或微网格。",
        options: [
          .value("village", "village", en: "The village.", zh: "所在村。", required: true),
          .value("name", "name", en: "The grid's name.", zh: "网格名称。", required: true),
        ] + fieldOptions + [DatedEdit.since],
        run: { context in
          let grid = try context.store().updateRoster { roster in
            let village = try roster.village(context.value("village") ?? "")
            var grid = Grid(
              id: "", village: village.id, name: context.value("name") ?? "",
              since: try DatedEdit.since(context))
            try apply(context, to: &grid, roster: roster)
            return try roster.addGrid(grid, today: context.clock.today)
          }
          context.reportAdded(
            grid.id,
            Localized(
              en: "Added grid \(grid.name) as \(grid.id).", zh: "已添加网格 \(grid.name)，编号 \(grid.id)。")
          )
        }),
      Command(
        "list", en: "List grids.", zh: "列出网格。",
        options: [.value("village", "village", en: "Only this village.", zh: "只列此村。"), .format],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          var grids = roster.grids
          if let village = context.value("village") {
            let id = try roster.village(village).id
            grids = grids.filter { $0.village == id }
          }
          try context.emit(grids, roster.gridListing(grids, language: context.language))
        }),
      Command(
        "show", en: "Show one grid.", zh: "查看一个网格。", arguments: [reference],
        options: [villageOption, .format],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          let grid = try named(context, in: roster)
          try context.emitOne(grid, roster.gridListing([grid], language: context.language))
        }),
      Command(
        "edit", en: "Change a grid.", zh: "修改网格。", arguments: [reference],
        options: [villageOption, .value("name", "name", en: "The new name.", zh: "新名称。")]
          + fieldOptions + DatedEdit.editOptions,
        run: { context in
          let change = try DatedEdit.change(context)
          let edited = try context.store().updateRoster { roster in
            let snapshot = roster
            let id = try named(context, in: roster).id
            return try roster.editGrid(id, as: change, today: context.clock.today) {
              grid in
              context.update(&grid.name, from: "name")
              try apply(context, to: &grid, roster: snapshot)
              if let since = try DatedEdit.since(context) { grid.since = since }
            }
          }
          DatedEdit.report(
            context,
            Localized(en: "Updated grid \(edited.record.id).", zh: "已更新网格 \(edited.record.id)。"),
            changedMonths: edited.changedMonths)
        }),
      Command(
        "remove", en: "Remove a grid.", zh: "删除网格。", arguments: [reference],
        options: [villageOption, .force],
        run: { context in
          let (grid, detached) = try context.store().updateRoster { roster in
            try roster.removeGrid(named(context, in: roster).id, force: context.flag("force"))
          }
          context.say(RemovalSentence.make(.grid, grid.id, grid.name, detached: detached))
        }),
    ])

  /// `--village` beside a grid's name, as every village has its 第一网格 (`凤林村/第一网格`
  /// says the same in one word).
  static let villageOption = OptionSpec.value(
    "village", "village", en: "The grid's village, when several villages have a grid so named.",
    zh: "网格所在村（多个村有同名网格时）。")

  /// The grid the command's argument names, inside `--village` when one is given.
  static func named(_ context: CommandContext, in roster: Roster) throws -> Grid {
    let village = try context.value("village").map { try roster.village($0).id }
    return try roster.grid(context.argument, inVillage: village)
  }

  /// Sets the optional fields given on the line, resolving member and grid references.
  static func apply(_ context: CommandContext, to grid: inout Grid, roster: Roster) throws {
    context.update(&grid.code, from: "code")
    if let parent = context.value("parent") {
      grid.parent = parent.isEmpty ? nil : try roster.grid(parent, inVillage: grid.village).id
    }
    if let leader = context.value("leader") {
      grid.leader = leader.isEmpty ? nil : try roster.member(leader).id
    }
    if context.flag("staff") {
      grid.staff = try context.values("staff").filter { !$0.isEmpty }.map {
        try roster.member($0).id
      }
    }
  }
}

/// The sentence a `remove` ends with, naming what `--force` detached.
enum RemovalSentence {
  static func make(
    _ kind: RecordKind, _ id: String, _ name: String, detached: [Localized]
  )
    -> Localized
  {
    let base = Localized(
      en: "Removed \(kind.label.en) \(name) (\(id))", zh: "已删除\(kind.label.zh) \(name)（\(id)）")
    guard !detached.isEmpty else { return base + Localized(en: ".", zh: "。") }
    return base
      + Localized(
        en: "; also detached \(detached.map(\.en).joined(separator: ", ")).",
        zh: "，并解除了：\(detached.map(\.zh).joined(separator: "、"))。")
  }
}
