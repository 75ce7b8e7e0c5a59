import LiaisonCore

/// `liaison report household H`: the household's file (一户一档) to print or archive.
enum ReportHouseholdCommand {
  static let command = Command(
    "household", en: "A household's file (一户一档): details, links over time, visits, needs.",
    zh: "一户一档：农户基本情况、历次联系党员、走访记录和诉求办理经过。",
    arguments: [HouseholdCommands.reference],
    options: CommandContext.reportOptions,
    run: { context in
      let today = try context.reportToday()
      let (file, settings) = try context.store().reading { session in
        (
          try HouseholdFile.make(context.argument, session: session, today: today),
          try session.formSettings()
        )
      }
      try context.emitReport(file, { file.document($0) }, signedWith: settings)
    })
}
