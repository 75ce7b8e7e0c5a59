import LiaisonCore

/// `liaison link add|list|show|end|edit|remove`.
enum LinkCommands {
  static let reference = ArgumentSpec.reference("link", en: "The link's id.", zh: "联户关系编号。")

  static let postOption = OptionSpec.value(
    "post", "post",
    en: "Primary (A, 主联) or auxiliary (B, 辅联); default: B for migrant "
      + "members and activists, A for others.",
    zh: "岗位：A（主联）或 B（辅联）；默认流动党员和积极分子为 B，其他为 A。", choices: Post.rawValues)
  static let typeOption = OptionSpec.value(
    "type", "type", en: "Neighbour type; 区域/情感/服务邻里 work too.", zh: "邻里类型：区域、情感或服务邻里。",
    choices: NeighbourType.rawValues)

  static let command: Command = Command(
    "link", aliases: ["联户"], en: "Links between members and households (联户).",
    zh: "党员与农户的联户关系。",
    children: [
      Command(
        "add", en: "Link a member to a household.", zh: "建立联户关系。",
        options: [
          .value("member", "member", en: "The member.", zh: "党员。", required: true),
          .value("household", "household", en: "The household.", zh: "农户。", required: true),
          postOption, typeOption,
          .value("from", "date", en: "First day of the link (default: today).", zh: "开始日期（默认今天）。"),
        ],
        run: { context in
          let post = try context.choice(Post.self, "post")
          let type = try context.choice(NeighbourType.self, "type")
          let from = try context.day("from") ?? context.clock.today
          let (link, roster) = try context.store().updateRoster { roster in
            let link = try roster.addLink(
              member: context.value("member") ?? "", household: context.value("household") ?? "",
              post: post, type: type, from: from, today: context.clock.today)
            return (link, roster)
          }
          let member = roster.memberName(link.member)
          let household = roster.householdHead(link.household)
          context.reportAdded(
            link.id,
            Localized(
              en: "Linked \(member) to \(household) as post \(link.post.rawValue) (\(link.id)).",
              zh: "已建立联户：\(member) 联系 \(household)（\(link.post.chineseLabel)，\(link.id)）。"))
        }),
      Command(
        "list", en: "List links in force (or all with --all).", zh: "列出现行联户关系（--all 含已结束的）。",
        options: [
          .value("member", "member", en: "Only this member.", zh: "只列此党员。"),
          .value("household", "household", en: "Only this household.", zh: "只列此农户。"),
          .value("village", "village", en: "Only this village.", zh: "只列此村。"),
          .flag("all", en: "Include ended links.", zh: "包括已结束的联户关系。"), .format,
        ],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          var filter = try context.rosterFilter(roster)
          filter.includeEnded = context.flag("all")
          let links = filter.links(of: roster)
          try context.emit(links, roster.linkListing(links, language: context.language))
        }),
      Command(
        "show", en: "Show one link.", zh: "查看一条联户关系。", arguments: [reference], options: [.format],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          let link = try roster.link(context.argument)
          try context.emitOne(link, roster.linkListing([link], language: context.language))
        }),
      Command(
        "end", en: "End a link; past months keep it.", zh: "结束联户关系（历史月份仍保留）。",
        arguments: [reference],
        options: [
          .value(
            "date", "date", en: "First day it no longer holds (default: today).", zh: "结束日期（默认今天）。")
        ],
        run: { context in
          let day = try context.day("date") ?? context.clock.today
          let link = try context.store().updateRoster {
            try $0.endLink(context.argument, on: day, today: context.clock.today)
          }
          context.say(
            Localized(en: "Ended link \(link.id) on \(day).", zh: "联户关系 \(link.id) 已于 \(day) 结束。"))
        }),
      Command(
        "edit", en: "Change a link's post, type or dates.", zh: "修改联户关系的岗位、类型或日期。",
        arguments: [reference],
        options: [
          postOption, typeOption,
          .value("from", "date", en: "First day of the link.", zh: "开始日期。"),
          .value(
            "to", "date", en: "First day it no longer holds (\"\" reopens it).",
            zh: "结束日期（\"\" 表示恢复）。"),
        ],
        run: { context in
          let post = try context.choice(Post.self, "post")
          let type = try context.choice(NeighbourType.self, "type")
          let from = try context.day("from")
          let to = context.value("to") == "" ? nil : try context.day("to")
          let link = try context.store().updateRoster { roster in
            try roster.editLink(context.argument, today: context.clock.today) { link in
              if let post { link.post = post }
              if let type { link.type = type }
              if let from { link.from = from }
              if context.value("to") != nil { link.to = to }
            }
          }
          context.say(Localized(en: "Updated link \(link.id).", zh: "已更新联户关系 \(link.id)。"))
        }),
      Command(
        "remove", en: "Delete a link entered by mistake (use 'end' for one that ended).",
        zh: "删除误录的联户关系（已结束的请用 end）。", arguments: [reference],
        run: { context in
          let link = try context.store().writing { try $0.removeLink(context.argument) }
          context.say(Localized(en: "Removed link \(link.id).", zh: "已删除联户关系 \(link.id)。"))
        }),
    ])
}
