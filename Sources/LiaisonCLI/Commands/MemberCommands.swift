import LiaisonCore

/// `liaison member add|list|show|edit|leave|remove|merge`.
enum MemberCommands {
  static let reference = ArgumentSpec.reference(
    "member", en: "The member: id, exact name or phone.", zh: "党员：编号、姓名或电话。")

  static let command: Command = Command(
    "member", aliases: ["党员"], en: "Party members, probationary members and activists.",
    zh: "党员、预备党员和入党积极分子。",
    children: [
      Command(
        "add", en: "Add a member.", zh: "添加党员。",
        options: [
          .value("name", "name", en: "Full name.", zh: "姓名。", required: true),
          .value("phone", "phone", en: "Mobile or landline.", zh: "手机或固定电话。", required: true),
          .value("village", "village", en: "The village.", zh: "所在村。", required: true),
        ] + MemberFields.options(adding: true) + [
          DatedEdit.since,
          .flag(
            "again",
            en: "It really is another person, though a member of the village has the same name "
              + "and birth.",
            zh: "确是另一人，尽管本村已有同名且出生年月相同的党员。"),
        ],
        run: { context in
          // One lock for the township's duties and the roster change.
          let member = try context.store().writing { session in
            var roster = try session.roster()
            let village = try roster.village(context.value("village") ?? "")
            var member = Member(
              id: "", name: context.value("name") ?? "", phone: context.value("phone") ?? "",
              village: village.id, since: try DatedEdit.since(context))
            try MemberFields.apply(
              context, to: &member, roster: roster, duties: MemberFields.duties(context, session))
            let added = try roster.addMember(
              member, today: context.clock.today, again: context.flag("again"))
            try session.save(roster)
            return added
          }
          context.reportAdded(
            member.id,
            Localized(
              en: "Added member \(member.name) as \(member.id).",
              zh: "已添加党员 \(member.name)，编号 \(member.id)。"))
        }),
      Command(
        "list", en: "List members.", zh: "列出党员。",
        options: [
          .value("village", "village", en: "Only this village.", zh: "只列此村。"),
          .value("grid", "grid", en: "Only this grid.", zh: "只列此网格。"),
          .flag("all", en: "Include members who have left.", zh: "包括已离开的党员。"), .format,
        ],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          var filter = try context.rosterFilter(roster)
          filter.includeEnded = context.flag("all")
          let members = filter.members(of: roster)
          try context.emit(members, roster.memberListing(members, language: context.language))
        }),
      Command(
        "show", en: "Show one member.", zh: "查看一名党员。", arguments: [reference],
        options: [.format],
        run: { context in
          let roster = try context.store().reading { try $0.roster() }
          let member = try roster.member(context.argument)
          try context.emitOne(member, roster.memberListing([member], language: context.language))
        }),
      Command(
        "edit", en: "Change a member's details.", zh: "修改党员信息。", arguments: [reference],
        options: [
          .value("name", "name", en: "Full name.", zh: "姓名。"),
          .value("phone", "phone", en: "Mobile or landline.", zh: "手机或固定电话。"),
          .value("village", "village", en: "The village.", zh: "所在村。"),
        ] + MemberFields.options(adding: false) + DatedEdit.editOptions,
        run: { context in
          let change = try DatedEdit.change(context)
          let edited = try context.store().writing { session in
            let duties = try MemberFields.duties(context, session)
            return try session.editMember(context.argument, as: change, today: context.clock.today)
            {
              member, roster in
              context.update(&member.name, from: "name")
              context.update(&member.phone, from: "phone")
              if let village = context.value("village") {
                member.village = try roster.village(village).id
              }
              try MemberFields.apply(context, to: &member, roster: roster, duties: duties)
              if let since = try DatedEdit.since(context) { member.since = since }
            }
          }
          DatedEdit.report(
            context,
            Localized(en: "Updated member \(edited.record.id).", zh: "已更新党员 \(edited.record.id)。"),
            changedMonths: edited.changedMonths)
        }),
      Command(
        "leave", en: "Record that a member left; their links end that day.",
        zh: "登记党员离开（迁出、转出等），其联户关系于当日结束。", arguments: [reference],
        options: [
          .value("date", "date", en: "The day they left (default: today).", zh: "离开日期（默认今天）。")
        ],
        run: { context in
          let day = try context.day("date") ?? context.clock.today
          let (member, ended, posts) = try context.store().writing {
            try $0.memberLeaves(context.argument, on: day, today: context.clock.today)
          }
          // Which grid posts went with them: a grid left without a leader needs a new one.
          let postsEN =
            posts.isEmpty ? "" : "; no longer " + posts.map(\.en).joined(separator: ", ")
          let postsZH = posts.isEmpty ? "" : "；不再担任" + posts.map(\.zh).joined(separator: "、")
          context.say(
            Localized(
              en: "Recorded that \(member.name) (\(member.id)) left on \(day); "
                + "\(ended.count) link(s) ended\(postsEN).",
              zh: "已登记 \(member.name)（\(member.id)）于 \(day) 离开；结束联户关系 \(ended.count) 条\(postsZH)。"))
        }),
      Command(
        "remove", en: "Remove a member entered by mistake.", zh: "删除误录的党员。",
        discussion: Localized(
          en: "A member with visits on record cannot be removed: use 'liaison member leave'.",
          zh: "已有走访记录的党员不能删除，请改用 'liaison member leave'。"),
        arguments: [reference], options: [.force],
        run: { context in
          let (member, detached) = try context.store().writing {
            try $0.removeMember(context.argument, force: context.flag("force"))
          }
          context.say(RemovalSentence.make(.member, member.id, member.name, detached: detached))
        }),
      MergeCommand.make(.member, reference: reference) { session, duplicate, kept, today, dry in
        try session.mergeMember(duplicate, into: kept, today: today, dryRun: dry)
      },
    ])
}

/// The optional member fields shared by `add` and `edit`.
enum MemberFields {
  /// The fields' options; `add` says what a status left out becomes, `edit` keeps it.
  static func options(adding: Bool) -> [OptionSpec] {
    [
      .value("grid", "grid", en: "The grid.", zh: "所在网格。"),
      .value(
        "gender", "gender", en: "Gender; 男/女 work too.", zh: "性别：男或女。", choices: Gender.rawValues),
      .value("born", "YYYY-MM", en: "Month or day of birth.", zh: "出生年月（或日期）。"),
      .value("joined", "date", en: "Day joined the Party.", zh: "入党时间。"),
      .value(
        "status", "status",
        en: "Party status; 正式/预备/积极分子 work too" + (adding ? " (default: full)." : "."),
        zh: "身份：正式党员、预备党员或入党积极分子" + (adding ? "（默认正式党员）。" : "。"),
        choices: MemberStatus.rawValues),
      .value(
        "category", "category", en: "Management category; 在职/农民/流动/年老体弱 work too.",
        zh: "类别：在职、农民、流动或年老体弱。", choices: MemberCategory.rawValues),
      .list(
        "duty", "duty",
        en: "Duties held: 一员七职, 五大员 or the township's own (rules/forms.json), e.g. "
          + "dispute-mediator or 矛盾调解员.",
        zh: "所任职责：一员七职、五大员或本镇自定（rules/forms.json），如 矛盾调解员。",
        choices: Duty.rawValues),
      .value("branch", "branch", en: "Party branch.", zh: "所在党支部。"),
      .value("proxy-name", "name", en: "Family member who liaises for them.", zh: "代联系的家属姓名。"),
      .value("proxy-phone", "phone", en: "That family member's phone.", zh: "代联系家属的电话。"),
    ]
  }

  /// The township's own duties (`rules/forms.json`), read only when `--duty` is given.
  static func duties(_ context: CommandContext, _ session: StoreSession) throws -> [String] {
    context.values("duty").isEmpty ? [] : try session.formSettings().duties ?? []
  }

  /// - Parameter duties: the township's own duties (`rules/forms.json`).
  static func apply(
    _ context: CommandContext, to member: inout Member, roster: Roster, duties: [String]
  ) throws {
    if let grid = context.value("grid") {
      member.grid = grid.isEmpty ? nil : try roster.grid(grid, inVillage: member.village).id
    }
    if let gender = context.value("gender") {
      member.gender =
        gender.isEmpty ? nil : try CommandContext.choice(Gender.self, gender, option: "gender")
    }
    if let born = context.value("born") {
      member.born = born.isEmpty ? nil : try birth(born)
    }
    if context.value("joined") != nil { member.joined = try context.day("joined") }
    if let status = try context.choice(MemberStatus.self, "status") { member.status = status }
    if let category = context.value("category") {
      member.category =
        category.isEmpty
        ? nil : try CommandContext.choice(MemberCategory.self, category, option: "category")
    }
    if context.flag("duty") {
      member.duties = try context.values("duty").filter { !$0.isEmpty }.map {
        try Duty.typed($0, township: duties, field: "duty")
      }
    }
    context.update(&member.branch, from: "branch")
    context.update(&member.proxyName, from: "proxy-name")
    context.update(&member.proxyPhone, from: "proxy-phone")
  }

  /// `1990.05`, `1990年5月`, `1990-05-12`: stored as `1990-05` or `1990-05-12`.
  static func birth(_ text: String) throws -> String {
    if let month = YearMonth(parsing: text) { return month.description }
    if let day = Day(parsing: text) { return day.description }
    throw RosterError.invalidValue(
      field: "born", value: text,
      expected: Localized(
        en: "a month or a day, e.g. 1968-05 or 1968-05-12", zh: "年月或日期，例如 1968-05 或 1968-05-12"))
  }
}
