/// Reading a county's townships for the roll-up.
extension CountyReport {
  /// Each township's monthly report of `month`, read two folders at a time on the
  /// machine's two cores: each folder's warnings reach its own store's listener, named by
  /// the folder, and the
  /// first folder that fails stops the roll-up, in the order the folders were given — as
  /// reading them one by one would.
  public static func make(
    _ month: YearMonth, stores: [LiaisonStore], today: Day, options: MonthlyReportOptions
  ) throws -> CountyReport {
    let reports = try TwoCores.map(stores.count) { slot, warn in
      try stores[slot].hearing(warn).reading { session in
        try MonthlyReport.make(month, session: session, today: today, options: options)
      }
    } give: { slot, warning in
      // A warning names its log (`visits/2026-10.jsonl:12`): here it names its folder too.
      let folder = stores[slot].folder.path
      stores[slot].onWarning(
        Localized(en: "\(folder): \(warning.en)", zh: "\(folder)：\(warning.zh)"))
    }
    return CountyReport(month: month, reports: reports)
  }
}
