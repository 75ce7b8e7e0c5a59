import Foundation

/// The files supervision adds to a data folder, each roster-style (one record per line,
/// sorted by id) and absent until its first record.
extension DataFolder {
  static let inspectionsName = "inspections.json"
  static let workReportsName = "workreports.json"
  static let indexAdjustmentsName = "index-adjustments.json"
  static let reservesName = "reserves.json"
}

/// Reading supervision records and rules.
extension StoreSession {
  public func inspections() throws -> [Inspection] { try records(DataFolder.inspectionsName) }
  public func workReports() throws -> [WorkReport] { try records(DataFolder.workReportsName) }
  public func indexAdjustments() throws -> [IndexAdjustment] {
    try records(DataFolder.indexAdjustmentsName)
  }
  public func reserveDecisions() throws -> [ReserveDecision] {
    try records(DataFolder.reservesName)
  }

  /// `rules/supervision.json`, else the default.
  /// - Throws: `StoreError.unreadable` naming the file and the JSON path of a bad field.
  public func supervisionRules() throws -> SupervisionRules {
    guard let data = try FileReader.contents(folder.file(SupervisionRules.fileName)) else {
      return .standard
    }
    return try SupervisionRules.decode(data, path: SupervisionRules.fileName)
  }

  /// Writes the default rules to `rules/supervision.json`.
  public func writeDefaultSupervisionRules(replace: Bool) throws {
    precondition(writable, "writing rules needs the folder opened for writing")
    if !replace, try FileReader.contents(folder.file(SupervisionRules.fileName)) != nil {
      throw SupervisionError.rule(
        Localized(
          en: "\(SupervisionRules.fileName) already exists; nothing was changed. Edit it, or "
            + "pass --force to replace it with the default.",
          zh: "\(SupervisionRules.fileName) 已存在，未作改动。请直接编辑，或加 --force 用默认办法覆盖。"))
    }
    try writer.fileSystem.makeDirectory(folder.rulesFolder, mode: 0o700)
    try writer.replace(SupervisionRules.fileName, with: Data(SupervisionRules.defaultText.utf8))
  }

  /// A village on the roster on `date`, with `date` not after today.
  func supervisedVillage(_ reference: String, on date: Day, today: Day) throws -> Village {
    let village = try roster().village(reference)
    guard date <= today else {
      throw SupervisionError.rule(
        Localized(
          en: "\(date) is in the future (today is \(today)).", zh: "\(date) 晚于今天（\(today)）。"))
    }
    guard village.hasStarted(by: date) else {
      throw SupervisionError.rule(
        Localized(
          en: "\(village.name) (\(village.id)) came onto the roster on \(village.since!), after "
            + "\(date). Correct the village's --since if it was there earlier.",
          zh: "\(village.name)（\(village.id)）于 \(village.since!) 才列入名册，晚于 \(date)。"
            + "如该村更早即已存在，请更正其 --since。"))
    }
    return village
  }
}
