import LiaisonCore

/// `liaison report focus-groups`: the 重点服务人群清单, a list per focus group.
enum ReportFocusGroupsCommand {
  static let command = Command(
    "focus-groups", en: "The focus groups' households (重点服务人群清单) and their members.",
    zh: "重点服务人群清单：各类重点人群的农户及联系党员。",
    options: [
      ReportListCommands.villageOption,
      .value(
        "tag", "group", en: "Only this focus group (空巢老人, low-income, 低保 …).",
        zh: "只列此重点人群（空巢老人、低保户、low-income……）。"),
    ] + CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let (list, settings) = try context.store().reading { session in
        let roster = try session.roster()
        return (
          FocusGroupList(
            roster: roster, township: session.manifest.township.name, asOf: today,
            village: try context.value("village").map { try roster.village($0).id },
            only: context.value("tag")),
          try session.formSettings()
        )
      }
      try context.emitReport(list, list.document, signedWith: settings)
    })
}
