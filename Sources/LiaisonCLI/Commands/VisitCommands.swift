import Foundation
import LiaisonCore

/// `liaison visit add|list|show|edit|remove`.
enum VisitCommands {
  static let reference = ArgumentSpec.reference(
    "visit", en: "The visit's id, e.g. V20261123-0007.", zh: "走访编号，如 V20261123-0007。")

  static let command: Command = Command(
    "visit", aliases: ["走访"], en: "Visits members make to households (走访).", zh: "党员走访农户的记录。",
    children: [
      Command(
        "add", en: "Record a visit.", zh: "登记一次走访。",
        discussion: Localized(
          en: "Notes go under the five looks (进门五看) and four questions (提笔四问).",
          zh: "可按“进门五看”和“提笔四问”分项填写记录。"),
        options: [
          .value("member", "member", en: "The visiting member.", zh: "走访的党员。", required: true),
          .value(
            "household", "household", en: "The household visited.", zh: "走访的农户。", required: true),
        ] + VisitFields.options + VisitFields.needOptions + [
          .flag(
            "again",
            en: "It really was a second visit that day, though one by this member to this "
              + "household is on file.",
            zh: "当天确有第二次走访，尽管已有该党员当天走访该户的记录。")
        ],
        run: { context in
          let today = context.clock.today
          var draft = Visit(
            id: "", member: context.value("member") ?? "",
            household: context.value("household") ?? "", date: try context.day("date") ?? today,
            recordedAt: "", recordedBy: "")
          try VisitFields.apply(context, to: &draft)
          let needs = try VisitFields.needDrafts(context)
          let (visit, raised, warnings) = try context.store().writing {
            try $0.recordVisit(
              draft, raising: needs, clock: context.clock, clerk: context.clerk,
              again: context.flag("again"))
          }
          warnings.forEach(context.warn)
          let ids = raised.map(\.id)
          context.reportAdded(
            ([visit.id] + ids).joined(separator: "\n"),
            ids.isEmpty
              ? Localized(
                en: "Recorded visit \(visit.id) on \(visit.date).",
                zh: "已登记走访 \(visit.id)（\(visit.date)）。")
              : Localized(
                en: "Recorded visit \(visit.id) on \(visit.date) and raised need(s) "
                  + "\(ids.joined(separator: ", ")), due \(raised[0].due).",
                zh: "已登记走访 \(visit.id)（\(visit.date)），并登记诉求 \(ids.joined(separator: "、"))，"
                  + "期限 \(raised[0].due)。"))
        }),
      Command(
        "list", en: "List visits of a month (default: this month).", zh: "列出某月走访（默认本月）。",
        options: [
          .value("month", "YYYY-MM", en: "The month (default: this month).", zh: "月份（默认本月）。"),
          .flag("all", en: "Every month.", zh: "所有月份。"),
          .value("member", "member", en: "Only this member's visits.", zh: "只列此党员的走访。"),
          .value("household", "household", en: "Only visits to this household.", zh: "只列对此农户的走访。"),
          .value("village", "village", en: "Only this village.", zh: "只列此村。"),
          .value("grid", "grid", en: "Only this grid.", zh: "只列此网格。"), .format,
          CommandContext.todayOption,
        ],
        run: { context in
          let month = try context.month("month") ?? context.reportToday().yearMonth
          func filter(_ session: StoreSession) throws -> VisitFilter {
            var filter = VisitFilter(months: context.flag("all") ? nil : [month])
            let references = ["member", "household", "village", "grid"].filter {
              context.value($0) != nil
            }
            guard !references.isEmpty else { return filter }
            let roster = try session.roster()
            filter.member = try context.value("member").map { try roster.member($0).id }
            filter.household = try context.value("household").map { try roster.household($0).id }
            filter.village = try context.value("village").map { try roster.village($0).id }
            filter.grid = try context.value("grid").map {
              try roster.grid($0, inVillage: filter.village).id
            }
            return filter
          }
          if try context.format() == .json {
            // Written as read, a month at a time: a county year is millions of visits.
            return try context.stream(to: nil) { write in
              try context.store().reading { session in
                try session.visitsJSON(try filter(session), write: write)
              }
            }
          }
          let (visits, roster) = try context.store().reading { session in
            (try session.visits(try filter(session)), try session.roster())
          }
          let sorted = visits.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
          try context.emit(sorted, roster.visitListing(sorted, language: context.language))
        }),
      Command(
        "show", en: "Show one visit.", zh: "查看一次走访。", arguments: [reference], options: [.format],
        run: { context in
          let (visit, roster) = try context.store().reading { session in
            (try session.visit(context.argument).0, try session.roster())
          }
          try context.emitOne(visit, roster.visitDetail(visit, language: context.language))
        }),
      Command(
        "edit", en: "Correct a visit.", zh: "更正一次走访。", arguments: [reference],
        options: [
          .value("member", "member", en: "The visiting member.", zh: "走访的党员。"),
          .value("household", "household", en: "The household visited.", zh: "走访的农户。"),
        ] + VisitFields.options,
        run: { context in
          let date = try context.day("date")
          let (visit, warnings) = try context.store().writing { session in
            try session.editVisit(context.argument, clock: context.clock) { visit in
              context.update(&visit.member, from: "member")
              context.update(&visit.household, from: "household")
              if let date { visit.date = date }
              try VisitFields.apply(context, to: &visit)
            }
          }
          warnings.forEach(context.warn)
          context.say(Localized(en: "Updated visit \(visit.id).", zh: "已更新走访 \(visit.id)。"))
        }),
      Command(
        "remove", en: "Remove a visit entered by mistake.", zh: "删除误录的走访。", arguments: [reference],
        run: { context in
          let visit = try context.store().writing { try $0.removeVisit(context.argument) }
          context.say(Localized(en: "Removed visit \(visit.id).", zh: "已删除走访 \(visit.id)。"))
        }),
    ])
}

/// The visit fields shared by `add` and `edit`.
enum VisitFields {
  static var looks:
    [(option: String, path: WritableKeyPath<Observations, String?>, en: String, zh: String)]
  {
    [
      ("look-kitchen", \.kitchen, "What the kitchen showed.", "看厨房。"),
      ("look-bedroom", \.bedroom, "What the bedroom showed.", "看卧室。"),
      ("look-toilet", \.toilet, "What the toilet showed.", "看厕所。"),
      ("look-yard", \.yard, "Around the house.", "看房前屋后。"),
      ("look-fields", \.fields, "The fields.", "看田间地头。"),
    ]
  }
  static var asks:
    [(option: String, path: WritableKeyPath<Questions, String?>, en: String, zh: String)]
  {
    [
      ("ask-family", \.family, "Asked about the family.", "问家庭情况。"),
      ("ask-economy", \.economy, "Asked about the economy.", "问经济收入。"),
      ("ask-opinions", \.opinions, "Opinions and suggestions.", "问意见建议。"),
      ("ask-needs", \.needs, "Difficulties and needs.", "问困难诉求。"),
    ]
  }

  static let options: [OptionSpec] =
    [
      .value("date", "date", en: "The visit day (default: today).", zh: "走访日期（默认今天）。", short: "d"),
      .value(
        "mode", "mode", en: "How the visit was made; 上门/电话/线上/代联系 work too (default: in-person).",
        zh: "方式：上门、电话、线上或代联系（默认上门）。", choices: VisitMode.rawValues),
    ] + looks.map { .value($0.option, "text", en: $0.en, zh: $0.zh) }
    + asks.map { .value($0.option, "text", en: $0.en, zh: $0.zh) }
    + [
      .value("opinions", "number", en: "Opinions and suggestions collected.", zh: "收集意见建议条数。"),
      .value("note", "text", en: "A note.", zh: "备注。"),
      .list("photo", "path", en: "Photos kept as evidence.", zh: "留档照片路径。"),
    ]

  /// `visit add --need "…"`: needs raised on the visit, landing with it or not at all.
  static let needOptions: [OptionSpec] = [
    .list(
      "need", "text", en: "A need the household raised (several may follow).",
      zh: "农户提出的诉求（可跟多条）。"),
    .value(
      "need-scale", "scale", en: "The needs' scale: small, medium or large (default: small).",
      zh: "诉求层级：小事、中事或大事（默认小事）。", choices: NeedScale.rawValues),
    .value(
      "need-urgency", "colour",
      en: "The needs' colour: red, orange, yellow or green (default: green).",
      zh: "诉求紧急程度：红、橙、黄或绿（默认绿）。", choices: NeedUrgency.rawValues),
    .value(
      "need-support", "kind", en: "The help they call for: volunteer, proxy or committee.",
      zh: "帮扶方式：志愿帮扶、代办或两委跟踪。", choices: NeedSupport.rawValues),
    .value("need-category", "text", en: "The needs' category.", zh: "诉求类别。"),
  ]

  static func needDrafts(_ context: CommandContext) throws -> [NeedDraft] {
    let texts = context.values("need").map(\.trimmedSpaces).filter { !$0.isEmpty }
    if texts.isEmpty,
      ["need-scale", "need-urgency", "need-support", "need-category"].contains(where: {
        context.value($0) != nil
      })
    {
      throw UsageError(
        message: Localized(
          en: "--need-scale, --need-urgency, --need-support and --need-category describe a need; "
            + "give the need itself with --need \"…\".",
          zh: "--need-scale、--need-urgency、--need-support 和 --need-category 用于描述诉求，"
            + "请同时用 --need \"…\" 写明诉求内容。"))
    }
    let scale = try context.choice(NeedScale.self, "need-scale") ?? .small
    let urgency = try context.choice(NeedUrgency.self, "need-urgency") ?? .green
    let support = try context.choice(NeedSupport.self, "need-support")
    return texts.map {
      NeedDraft(
        household: "", text: $0, scale: scale, urgency: urgency, support: support,
        category: context.value("need-category"))
    }
  }

  static func apply(_ context: CommandContext, to visit: inout Visit) throws {
    if let mode = try context.choice(VisitMode.self, "mode") { visit.mode = mode }
    var look = visit.look ?? Observations()
    for entry in looks { context.update(&look[keyPath: entry.path], from: entry.option) }
    visit.look = look.isEmpty ? nil : look
    var ask = visit.ask ?? Questions()
    for entry in asks { context.update(&ask[keyPath: entry.path], from: entry.option) }
    visit.ask = ask.isEmpty ? nil : ask
    if context.value("opinions") != nil { visit.opinions = try context.integer("opinions") }
    context.update(&visit.note, from: "note")
    if context.flag("photo") {
      let photos = try context.values("photo").filter { !$0.isEmpty }.map { path in
        try PhotoPath.checked(path, absolute: context.absolute(path))
      }
      visit.photos = photos.isEmpty ? nil : photos
    }
  }
}
