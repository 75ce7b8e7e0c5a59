import LiaisonCore

/// `liaison household add|list|show|edit|remove|merge`.
enum HouseholdCommands {
  static let reference = ArgumentSpec.reference(
    "household", en: "The household: id, head's exact name or phone.", zh: "农户：编号、户主姓名或电话。")

  static let fieldOptions: [OptionSpec] = [
    .value("grid", "grid", en: "The grid.", zh: "所在网格。"),
    .value("phone", "phone", en: "The household's phone.", zh: "户主电话。"),
    .value("courtyard", "courtyard", en: "Courtyard or building (院落/楼栋).", zh: "院落或楼栋。"),
    .value("address", "address", en: "Address.", zh: "家庭住址。"),
    .value("size", "number", en: "Number of people.", zh: "家庭人口。"),
    .list(
      "tag", "tag", en: "Focus groups, e.g. 空巢老人 留守儿童 低保户.", zh: "重点人群，如 空巢老人 留守儿童 低保户。"),
    .value("note", "text", en: "A note on the household.", zh: "备注。"),
  ]

  static let command: Command = Command(
    "household", aliases: ["农户"], en: "Households that members are linked to.", zh: "党员联系的农户。",
    children: [
      Command(
        "add", en: "Add a household.", zh: "添加农户。",
        options: [
          .value("head", "name", en: "Head of household.", zh: "户主姓名。", required: true),
          .value("village", "village", en: "The village.", zh: "所在村。", required: true),
        ] + fieldOptions + [
          DatedEdit.since,
          .flag(
            "again",
            en: "It really is a second household, though one in the village has the same head "
              + "and nothing tells them apart.",
            zh: "确是另一户，尽管本村已有同名户主且无从区分。"),
        ],
        run: { context in
          let household = try context.store().updateRoster { roster in
            let village = try roster.village(context.value("village") ?? "")
            var household = Household(
              id: "", head: context.value("head") ?? "", village: village.id,
              since: try DatedEdit.since(context))
            try apply(context, to: &household, roster: roster)
            return try roster.addHousehold(
              household, today: context.clock.today, again: context.flag("again"))
          }
          context.reportAdded(
            household.id,
            Localized(
              en: "Added household \(household.head) as \(household.id).",
              zh: "已添加农户 \(household.head)，编号 \(household.id)。"))
        }),
      Command(
        "list", en: "List households.", zh: "列出农户。",
        options: [
          .value("village", "village", en: "Only this village.", zh: "只列此村。"),
          .value("grid", "grid", en: "Only this grid.", zh: "只列此网格。"),
          .flag("unlinked", en: "Only households no member is linked to.", zh: "只列尚无党员联系的农户。"),
          .value(
            "tag", "group", en: "Only this focus group (空巢老人, low-income, 低保 …).",
            zh: "只列此重点人群（空巢老人、低保户、low-income……）。"),
          .format, CommandContext.todayOption,
        ],
        run: { context in
          let today = try context.reportToday()
          let roster = try context.store().reading { try $0.roster() }
          var filter = try context.rosterFilter(roster)
          filter.tag = context.value("tag")
          filter.unlinkedOn = context.flag("unlinked") ? today : nil
          let households = filter.households(of: roster)
          try context.emit(
            households, roster.householdListing(households, language: context.language))
        }),
      Command(
        "show", en: "Show one household and its file: links over time, visits, needs.",
        zh: "查看一户及其档案（一户一档）：历次联系党员、走访记录、诉求。", arguments: [reference],
        options: [.format, CommandContext.todayOption],
        run: { context in
          let today = try context.reportToday()
          let (roster, file) = try context.store().reading { session in
            (
              try session.roster(),
              try HouseholdFile.make(context.argument, session: session, today: today)
            )
          }
          let household = file.household
          try context.emitOne(
            household, roster.householdListing([household], language: context.language))
          if try context.format() == .table {
            let document = file.document(context.language, details: false)
            context.output(
              "\n"
                + TextReportRenderer(maxWidth: context.width).render(
                  ReportDocument(title: document.title, blocks: document.blocks)))
          }
        }),
      Command(
        "edit", en: "Change a household's details.", zh: "修改农户信息。", arguments: [reference],
        options: [
          .value("head", "name", en: "Head of household.", zh: "户主姓名。"),
          .value("village", "village", en: "The village.", zh: "所在村。"),
        ] + fieldOptions + DatedEdit.editOptions,
        run: { context in
          let change = try DatedEdit.change(context)
          let edited = try context.store().writing { session in
            try session.editHousehold(context.argument, as: change, today: context.clock.today) {
              household, roster in
              context.update(&household.head, from: "head")
              if let village = context.value("village") {
                household.village = try roster.village(village).id
              }
              try apply(context, to: &household, roster: roster)
              if let since = try DatedEdit.since(context) { household.since = since }
            }
          }
          DatedEdit.report(
            context,
            Localized(
              en: "Updated household \(edited.record.id).", zh: "已更新农户 \(edited.record.id)。"),
            changedMonths: edited.changedMonths)
        }),
      Command(
        "remove", en: "Remove a household entered by mistake.", zh: "删除误录的农户。",
        arguments: [reference], options: [.force],
        run: { context in
          let (household, detached) = try context.store().writing {
            try $0.removeHousehold(context.argument, force: context.flag("force"))
          }
          context.say(
            RemovalSentence.make(.household, household.id, household.head, detached: detached))
        }),
      MergeCommand.make(.household, reference: reference) { session, duplicate, kept, today, dry in
        try session.mergeHousehold(duplicate, into: kept, today: today, dryRun: dry)
      },
    ])

  static func apply(
    _ context: CommandContext, to household: inout Household, roster: Roster
  )
    throws
  {
    if let grid = context.value("grid") {
      household.grid = grid.isEmpty ? nil : try roster.grid(grid, inVillage: household.village).id
    }
    context.update(&household.phone, from: "phone")
    context.update(&household.courtyard, from: "courtyard")
    context.update(&household.address, from: "address")
    if context.value("size") != nil { household.size = try context.integer("size") }
    if context.flag("tag") { household.tags = context.values("tag") }
    context.update(&household.note, from: "note")
  }
}
