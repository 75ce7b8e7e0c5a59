import LiaisonCore

/// `liaison village add|list|show|edit|remove`.
enum VillageCommands {
  static let reference = ArgumentSpec.reference(
    "village", en: "The village: id, code or name.", zh: "村：编号、编码或名称。")

  static let command: Command = Command(
    "village", aliases: ["村"], en: "Villages and communities of the township.",
    zh: "乡镇下辖的村（社区）。",
    children: [
      Command(
        "add", en: "Add a village.", zh: "添加村。",
        options: [
          .value("name", "name", en: "The village's name.", zh: "村名。", required: true),
          .value("code", "code", en: "Its 12-digit statistical code.", zh: "12 位统计区划代码。"),
          DatedEdit.since,
        ],
        run: { context in
          let today = context.clock.today
          let village = try context.store().updateRoster {
            try $0.addVillage(
              name: context.value("name") ?? "", code: context.value("code"),
              since: try DatedEdit.since(context) ?? today, today: today)
          }
          context.reportAdded(
            village.id,
            Localized(
              en: "Added village \(village.name) as \(village.id).",
              zh: "已添加村 \(village.name)，编号 \(village.id)。"))
        }),
      Command(
        "list", en: "List villages.", zh: "列出村。", options: [.format],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          try context.emit(
            roster.villages, roster.villageListing(roster.villages, language: context.language))
        }),
      Command(
        "show", en: "Show one village.", zh: "查看一个村。", arguments: [reference],
        options: [.format],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          let village = try roster.village(context.argument)
          try context.emitOne(village, roster.villageListing([village], language: context.language))
        }),
      Command(
        "edit", en: "Change a village's name or code.", zh: "修改村名或编码。", arguments: [reference],
        options: [
          .value("name", "name", en: "The new name.", zh: "新村名。"),
          .value("code", "code", en: "The new code (\"\" clears it).", zh: "新编码（\"\" 表示清除）。"),
          .value(
            "since", "date", en: "Correct the day it came onto the roster (入册日期).",
            zh: "更正入册日期。"),
        ],
        run: { context in
          let edited = try context.store().updateRoster { roster in
            try roster.editVillage(context.argument, today: context.clock.today) { village in
              context.update(&village.name, from: "name")
              context.update(&village.code, from: "code")
              if let since = try DatedEdit.since(context) { village.since = since }
            }
          }
          DatedEdit.report(
            context,
            Localized(en: "Updated village \(edited.record.id).", zh: "已更新村 \(edited.record.id)。"),
            changedMonths: edited.changedMonths)
        }),
      Command(
        "remove", en: "Remove a village that has no grids, members or households.",
        zh: "删除没有网格、党员和农户的村。", arguments: [reference],
        run: { context in
          let village = try context.store().updateRoster { try $0.removeVillage(context.argument) }
          context.say(
            Localized(
              en: "Removed village \(village.name) (\(village.id)).",
              zh: "已删除村 \(village.name)（\(village.id)）。"))
        }),
    ])
}
