import LiaisonCore

/// `liaison report grid-signs --village V`: the 网格公示牌 of each grid, to post.
enum ReportGridSignsCommand {
  static let command = Command(
    "grid-signs", en: "The grid signs (网格公示牌) of one village: leader, staff, members, phones.",
    zh: "某村各网格公示牌：网格长、网格员、党员、电话、监督电话。",
    options: [.value("village", "village", en: "The village.", zh: "村。", required: true)]
      + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let signs = try context.store().reading { session in
        let roster = try session.roster()
        return GridSigns(
          village: try roster.village(context.value("village") ?? ""), roster: roster,
          township: session.manifest.township.name, asOf: today,
          settings: try session.formSettings())
      }
      try context.emitReport(signs, signs.document)
    })
}
