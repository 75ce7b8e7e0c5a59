import Foundation

/// Where each file of a data folder lives.
///
/// ```
/// liaison.json        manifest: format version, township
/// villages.json …     roster files, one record per line
/// visits/2026-11.jsonl   the month's visit log
/// visits/2026-11.next.json  the next visit number for each day of that month
/// needs.json          residents' needs, each with its history
/// activities.json commitments.json appraisals.json adjustments.json  what feeds a score
/// rules/needs.json    the needs' time limits by colour (optional)
/// rules/scoring.json  scoring rules; rules/<village-id>.json a village's (optional)
/// .lock  .journal.json
/// ```
public struct DataFolder: Sendable, Hashable {
  public let path: String

  public init(path: String) {
    self.path = DataFolder.standardize(path)
  }

  static let manifestName = "liaison.json"
  static let journalName = ".journal.json"
  static let lockName = ".lock"
  static let visitsFolderName = "visits"
  static let rulesFolderName = "rules"
  /// Residents' needs: a roster-style file, one need per line with its history.
  static let needsName = "needs.json"
  /// The records that feed a score: activities, commitments, appraisals and adjustments.
  static let activitiesName = "activities.json"
  static let commitmentsName = "commitments.json"
  static let appraisalsName = "appraisals.json"
  static let adjustmentsName = "adjustments.json"
  /// Ids of roster records removed as mistakes (`RetiredIDs`); absent until the first.
  static let retiredName = "retired.json"
  /// Every roster-style record file beside the roster itself, each optional; the teams'
  /// files (`Teams/TeamFiles`) among them, so backups carry them.
  static let recordFileNames =
    [
      needsName, activitiesName, commitmentsName, appraisalsName, adjustmentsName,
      inspectionsName, workReportsName, indexAdjustmentsName, reservesName, starsName,
    ] + TeamFiles.names

  var manifest: String { file(DataFolder.manifestName) }
  var journal: String { file(DataFolder.journalName) }
  var lock: String { file(DataFolder.lockName) }
  var visitsFolder: String { file(DataFolder.visitsFolderName) }
  var rulesFolder: String { file(DataFolder.rulesFolderName) }

  /// The absolute path of a file named relative to the folder.
  func file(_ relative: String) -> String { path + "/" + relative }

  static func visitLog(_ month: YearMonth) -> String { "visits/\(month).jsonl" }
  static func visitSequence(_ month: YearMonth) -> String { "visits/\(month).next.json" }

  /// Finds the data folder the way git finds a repository: an explicit folder first, then
  /// `LIAISON_DATA`, then the current folder and its parents.
  /// - Throws: `StoreError.notADataFolder` when an explicit folder lacks `liaison.json`,
  ///   `StoreError.noDataFolder` when the search finds none.
  public static func locate(
    explicit: String?, environment: [String: String], currentDirectory: String
  ) throws -> DataFolder {
    if let chosen = explicit ?? environment["LIAISON_DATA"].flatMap({ $0.isEmpty ? nil : $0 }) {
      let folder = DataFolder(path: absolute(chosen, from: currentDirectory))
      if FileKind.at(folder.path) == .regular {
        throw StoreError.fileNotFolder(
          path: chosen, folder: (folder.path as NSString).deletingLastPathComponent)
      }
      guard FileManager.default.fileExists(atPath: folder.manifest) else {
        if folder.holdsRecords { throw StoreError.manifestMissing(path: chosen) }
        throw StoreError.notADataFolder(path: chosen)
      }
      return folder
    }
    var candidate = standardize(currentDirectory)
    while true {
      if FileManager.default.fileExists(atPath: candidate + "/" + manifestName) {
        return DataFolder(path: candidate)
      }
      guard candidate != "/", !candidate.isEmpty else { break }
      candidate = (candidate as NSString).deletingLastPathComponent
    }
    throw StoreError.noDataFolder(searchedFrom: currentDirectory)
  }

  /// Whether any record is here, manifest or not: a roster file with records in it, or a
  /// visit log. (An `init` killed before its manifest leaves empty files only; running it
  /// again is safe.)
  var holdsRecords: Bool {
    let rosterHoldsRecords = (RosterFiles.names + DataFolder.recordFileNames).contains { name in
      guard let data = try? FileReader.contents(file(name)) else { return false }
      return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        != "[]"
    }
    let logs = (try? FileReader.names(in: visitsFolder)) ?? []
    return rosterHoldsRecords || logs.contains { $0.hasSuffix(".jsonl") }
  }

  /// Refuses a `visits` or `rules` that is not a real folder of this one: a symbolic link
  /// there would lead every read and write of logs or rules outside the data folder.
  func refuseForeignFolders() throws {
    for path in [visitsFolder, rulesFolder] {
      let kind = FileKind.at(path)
      guard kind == .directory || kind == .missing else {
        throw StoreError.notRegularFile(path: path, kind: kind.described)
      }
    }
  }

  static func absolute(_ path: String, from directory: String) -> String {
    path.hasPrefix("/") ? path : directory + "/" + path
  }

  static func standardize(_ path: String) -> String {
    let standardized = (path as NSString).standardizingPath
    return standardized.count > 1 && standardized.hasSuffix("/")
      ? String(standardized.dropLast()) : standardized
  }
}
