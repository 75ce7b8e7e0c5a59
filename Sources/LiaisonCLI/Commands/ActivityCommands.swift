import LiaisonCore

/// `liaison activity add|list|remove`: what members do beyond visits.
enum ActivityCommands {
  static let command = Command(
    "activity", aliases: ["活动"],
    en: "Activities: the five areas of leading by example and volunteer services.",
    zh: "党员活动：五带头与志愿服务。",
    discussion: Localized(
      en: "Kinds: policy, industry, environment, practical-help, governance (the five stars) "
        + "and patrol, river-cleaning, mediation; 政策宣传/产业发展/环境卫生/为民服务/治理/巡逻/护河/调解 "
        + "work too. Seed 002 asks for at least one activity a month.",
      zh: "类别：政策宣传、产业发展、环境卫生、为民服务、治理（对应五星），以及巡逻、护河、调解等志愿服务。"
        + "每月至少开展一次活动。"),
    children: [addCommand, listCommand, removeCommand])

  static let addCommand = Command(
    "add", en: "Record an activity.", zh: "登记一次活动。",
    options: [
      .value("member", "member", en: "The member.", zh: "党员。", required: true),
      .value(
        "date", "date", en: "The day (default: today).", zh: "日期（默认今天）。", short: "d"),
      .value(
        "kind", "kind", en: "What kind of activity.", zh: "活动类别。", required: true,
        choices: ActivityKind.rawValues),
      .value("note", "text", en: "What was done.", zh: "活动内容。"),
      .list(
        "photo", "file", en: "Evidence photos, copied into the data folder (at most 20 MB each).",
        zh: "活动照片，复制到数据文件夹内留档（每张不超过 20 MB）。"),
    ],
    run: { context in
      let kind = try context.choice(ActivityKind.self, "kind") ?? .policy
      let date = try context.day("date") ?? context.clock.today
      let activity = try context.store().writing {
        try $0.addActivity(
          member: context.value("member") ?? "", date: date, kind: kind,
          note: context.value("note"),
          photos: context.values("photo").filter { !$0.isEmpty }.map {
            (try PhotoPath.checked($0, absolute: context.absolute($0)), $0)
          }, clock: context.clock,
          clerk: context.clerk)
      }
      context.reportAdded(
        activity.id,
        Localized(
          en: "Recorded activity \(activity.id) (\(kind.rawValue), \(activity.date)).",
          zh: "已登记活动 \(activity.id)（\(kind.chineseLabel)，\(activity.date)）。"))
    })

  static let listCommand = Command(
    "list", en: "List activities, oldest first.", zh: "列出活动（按日期）。",
    options: [
      .value("member", "member", en: "Only this member.", zh: "只列此党员。"),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value(
        "period", "period", en: "Only this period, e.g. 2026-11 or 2026-H2.", zh: "只列此时期，如 2026-11。"
      ),
      .value("kind", "kind", en: "Only this kind.", zh: "只列此类别。", choices: ActivityKind.rawValues),
      .format,
    ],
    run: { context in
      let kind = try context.choice(ActivityKind.self, "kind")
      let period = try context.period("period")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let filter = try ScoreRecordFilter(context: context, roster: roster)
        let records = try session.activities().filter {
          filter.matches(member: $0.member) && (period?.contains($0.date) ?? true)
            && (kind == nil || $0.kind == kind)
        }
        return (records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }, roster)
      }
      try context.emit(records, roster.activityListing(records, language: context.language))
    })

  static let removeCommand = Command(
    "remove", en: "Delete an activity entered by mistake.", zh: "删除误录的活动。",
    arguments: [
      .reference("activity", en: "The activity's id, e.g. A00012.", zh: "活动编号，如 A00012。")
    ],
    run: { context in
      let removed = try context.store().writing { try $0.removeActivity(context.argument) }
      context.say(Localized(en: "Removed activity \(removed.id).", zh: "已删除活动 \(removed.id)。"))
    })
}

/// The member and village options every list of score records takes.
struct ScoreRecordFilter {
  var member: String?
  var villageMembers: Set<String>?

  init(context: CommandContext, roster: Roster) throws {
    member = try context.value("member").map { try roster.member($0).id }
    if let village = try context.value("village").map({ try roster.village($0).id }) {
      villageMembers = Set(roster.members.filter { $0.village == village }.map(\.id))
    }
  }

  func matches(member candidate: String) -> Bool {
    (member == nil || member == candidate) && (villageMembers?.contains(candidate) ?? true)
  }
}
