import Foundation

/// What `export all` carries beyond the roster, the visits, the needs and the records of a
/// score: the service teams' files (组团联村), supervision's (inspections, work reports, the
/// index's adjustments, reserve decisions), the stars decided and the rules files liaison reads, each rules file
/// as its text so that a clerk's layout comes back as it was. With these, `import all` into a
/// new folder gives back a folder whose every command answers as the old one did.
public struct CarriedRecords: Sendable, Equatable {
  public var teams = TeamRecords()
  public var inspections: [Inspection] = []
  public var workReports: [WorkReport] = []
  public var indexAdjustments: [IndexAdjustment] = []
  public var reserves: [ReserveDecision] = []
  /// The clerk's star decisions (`score star award`).
  public var stars: [StarAward] = []
  /// Each rules file's text by its name in the folder (`rules/scoring.json`, a village's
  /// `rules/C001.json`): only the files liaison reads (`RulesFiles`).
  public var rules: [String: String] = [:]

  public init() {}

  /// The files whose records or text differ from `before`, with their new bytes.
  func changedFiles(since before: CarriedRecords) throws -> [String: Data] {
    var files = try TeamFiles.changed(teams, from: before.teams)
    func record<T: Encodable & Equatable & Identifiable>(
      _ name: String, _ new: [T], _ old: [T]
    ) throws where T.ID == String {
      if new != old { files[name] = try RecordCodec.rosterFile(new) }
    }
    try record(DataFolder.inspectionsName, inspections, before.inspections)
    try record(DataFolder.workReportsName, workReports, before.workReports)
    try record(DataFolder.indexAdjustmentsName, indexAdjustments, before.indexAdjustments)
    try record(DataFolder.reservesName, reserves, before.reserves)
    try record(DataFolder.starsName, stars, before.stars)
    for (name, text) in rules where before.rules[name] != text { files[name] = Data(text.utf8) }
    return files
  }
}

extension StoreSession {
  /// The carried records as they are on disk; a rules file that is not UTF-8 is refused
  /// (liaison could not read it either).
  func carriedRecords() throws -> CarriedRecords {
    var carried = CarriedRecords()
    carried.teams = try teamRecords()
    carried.inspections = try inspections()
    carried.workReports = try workReports()
    carried.indexAdjustments = try indexAdjustments()
    carried.reserves = try reserveDecisions()
    carried.stars = try starAwards()
    for name in RulesFiles.names(villages: try roster().villages.map(\.id)) {
      guard let data = try FileReader.contents(folder.file(name)) else { continue }
      guard let text = String(data: data, encoding: .utf8) else {
        throw StoreError.unreadable(
          path: name, line: nil,
          detail: Localized(en: "the file is not UTF-8 text", zh: "文件不是 UTF-8 文本"))
      }
      carried.rules[name] = text
    }
    return carried
  }
}
