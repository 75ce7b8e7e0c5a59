import LiaisonCore

/// `liaison team join|leave|serve|release`: who is on a team and which villages it serves,
/// each change dated so past weeks keep the team they had.
enum TeamSeatCommands {
  static var commands: [Command] { [join, leave, serve, release] }

  static let personOption = OptionSpec.value(
    "person", "person", en: "The team person (id, name or phone).", zh: "组团人员（编号、姓名或电话）。",
    required: true)
  static let villageOption = OptionSpec.value(
    "village", "village", en: "The village.", zh: "村。", required: true)

  static let join = Command(
    "join", en: "Seat a person on a team, with a role.", zh: "人员加入服务团并指定角色。",
    arguments: [TeamCommands.reference],
    options: [
      personOption,
      .value(
        "role", "role",
        en: "leader, instructor, liaison, police, lawyer, finance, entrepreneur, retired-cadre, "
          + "deputy, member, their Chinese names, or the township's own word "
          + "(default: the person's role).",
        zh: "角色：团长、部门指导员、驻村联络员、民警治安员、律师调解员、金融帮扶员、致富能手、老干部、"
          + "两代表一委员、团员，或乡镇自定的称呼（默认为该人员的角色）。"),
      .value("from", "date", en: "The first day (default: today).", zh: "开始日期（默认今天）。"),
    ],
    run: { context in
      try change(context, done: Localized(en: "joined", zh: "加入")) { records, _, day in
        try records.join(
          context.argument, person: context.value("person") ?? "",
          role: context.value("role") ?? "", from: day)
      }
    })

  static let leave = Command(
    "leave", en: "End a person's seat on a team.", zh: "人员退出服务团。",
    arguments: [TeamCommands.reference],
    options: [
      personOption,
      .value(
        "date", "date", en: "The first day they no longer serve (default: today).",
        zh: "不再任职的第一天（默认今天）。", short: "d"),
    ],
    run: { context in
      try change(context, done: Localized(en: "left", zh: "退出")) { records, _, day in
        try records.leave(context.argument, person: context.value("person") ?? "", on: day)
      }
    })

  static let serve = Command(
    "serve", en: "Have a team serve a village (one team per village at a time).",
    zh: "服务团增加联系村（每村同时只有一个服务团）。",
    arguments: [TeamCommands.reference],
    options: [
      villageOption,
      .value("from", "date", en: "The first day (default: today).", zh: "开始日期（默认今天）。"),
    ],
    run: { context in
      try change(context, done: Localized(en: "now serves", zh: "增加联系村")) { records, roster, day in
        try records.serve(
          context.argument, village: context.value("village") ?? "", from: day, roster: roster)
      }
    })

  static let release = Command(
    "release", en: "End a team's service of a village.", zh: "服务团不再联系某村。",
    arguments: [TeamCommands.reference],
    options: [
      villageOption,
      .value(
        "date", "date", en: "The first day it no longer serves it (default: today).",
        zh: "不再联系的第一天（默认今天）。", short: "d"),
    ],
    run: { context in
      try change(context, done: Localized(en: "released a village", zh: "结束联系村")) {
        records, roster, day in
        try records.release(
          context.argument, village: context.value("village") ?? "", on: day, roster: roster)
      }
    })

  /// Runs one dated change to a team and says so.
  private static func change(
    _ context: CommandContext, done: Localized,
    _ body: (inout TeamRecords, Roster, Day) throws -> Team
  ) throws {
    let day = try context.day("from") ?? context.day("date") ?? context.clock.today
    let team = try context.store().writing { session in
      try session.changeTeams { records, roster in try body(&records, roster, day) }
    }
    context.say(
      Localized(
        en: "\(team.name) (\(team.id)): \(done.en) from \(day).",
        zh: "\(team.name)（\(team.id)）：\(day) 起\(done.zh)。"))
  }
}
