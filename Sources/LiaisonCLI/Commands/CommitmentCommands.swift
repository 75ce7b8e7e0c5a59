import LiaisonCore

/// `liaison commitment add|fulfil|list|remove`: each member's 1–2 yearly commitments
/// (承诺践诺, seed 002).
enum CommitmentCommands {
  static let reference = ArgumentSpec.reference(
    "commitment", en: "The commitment's id, e.g. P00003.", zh: "承诺编号，如 P00003。")

  static let command = Command(
    "commitment", aliases: ["承诺"],
    en: "Members' yearly commitments (承诺践诺): 1–2 a year.", zh: "党员年度承诺（每年 1–2 项）与践诺。",
    children: [addCommand, fulfilCommand, listCommand, removeCommand])

  static let addCommand = Command(
    "add", en: "Record a member's commitment for a year.", zh: "登记党员的年度承诺。",
    options: [
      .value("member", "member", en: "The member.", zh: "党员。", required: true),
      .value("year", "year", en: "The year (default: this year).", zh: "年度（默认今年）。"),
      .value("text", "text", en: "What the member commits to.", zh: "承诺事项。", required: true),
    ],
    run: { context in
      let year = try context.integer("year") ?? context.clock.today.year
      let commitment = try context.store().writing {
        try $0.addCommitment(
          member: context.value("member") ?? "", year: year, text: context.value("text") ?? "")
      }
      context.reportAdded(
        commitment.id,
        Localized(
          en: "Recorded commitment \(commitment.id) for \(year).",
          zh: "已登记 \(year) 年承诺 \(commitment.id)。"))
    })

  static let fulfilCommand = Command(
    "fulfil", aliases: ["fulfill", "践诺"], en: "Mark a commitment kept.", zh: "登记承诺已兑现（践诺）。",
    arguments: [reference],
    options: [
      .value("date", "date", en: "The day (default: today).", zh: "日期（默认今天）。", short: "d"),
      .value("note", "text", en: "How it was kept.", zh: "践诺情况。"),
    ],
    run: { context in
      let date = try context.day("date") ?? context.clock.today
      let commitment = try context.store().writing {
        try $0.fulfilCommitment(
          context.argument, date: date, note: context.value("note"), today: context.clock.today)
      }
      context.say(
        Localized(
          en: "Commitment \(commitment.id) fulfilled on \(date).",
          zh: "承诺 \(commitment.id) 已于 \(date) 践诺。"))
    })

  static let listCommand = Command(
    "list", en: "List commitments.", zh: "列出承诺。",
    options: [
      .value("member", "member", en: "Only this member.", zh: "只列此党员。"),
      .value("village", "village", en: "Only this village.", zh: "只列此村。"),
      .value("year", "year", en: "Only this year.", zh: "只列此年度。"),
      .flag("open", en: "Only those not yet fulfilled.", zh: "只列尚未践诺的。"),
      .format,
    ],
    run: { context in
      let year = try context.integer("year")
      let open = context.flag("open")
      let (records, roster) = try context.store().reading { session in
        let roster = try session.roster()
        let filter = try ScoreRecordFilter(context: context, roster: roster)
        let records = try session.commitments().filter {
          filter.matches(member: $0.member) && (year == nil || $0.year == year)
            && (!open || $0.fulfilled == nil)
        }
        return (records, roster)
      }
      try context.emit(records, roster.commitmentListing(records, language: context.language))
    })

  static let removeCommand = Command(
    "remove", en: "Delete a commitment entered by mistake.", zh: "删除误录的承诺。",
    arguments: [reference],
    run: { context in
      let removed = try context.store().writing { try $0.removeCommitment(context.argument) }
      context.say(
        Localized(en: "Removed commitment \(removed.id).", zh: "已删除承诺 \(removed.id)。"))
    })
}
