import Foundation

/// Writing an import: every file it changes — roster files, visit logs, visit numbering —
/// lands together or not at all.
extension StoreSession {
  /// Applies a planned import as one change to the data folder.
  /// - Returns: how many files were written.
  @discardableResult
  public func apply(_ run: RosterImport) throws -> Int {
    precondition(writable, "apply needs the folder opened for writing")
    var files = try changedFiles(run.roster)
    for (month, visits) in run.visitMonths where visits != run.loadedVisitMonths[month] {
      files[DataFolder.visitLog(month)] = try visitLog.encodeLog(visits)
    }
    for (month, numbers) in run.visitNumbers where numbers != run.loadedVisitNumbers[month] {
      files[DataFolder.visitSequence(month)] = try visitLog.encode(numbers)
    }
    if run.needs != run.loadedNeeds {
      files[DataFolder.needsName] = try RecordCodec.rosterFile(run.needs)
    }
    files.merge(try run.scored.changedFiles(since: run.loadedScored)) { _, scored in scored }
    // Photos first, each whole on its own: cut off here, the folder holds photos no record
    // names yet, never a record naming a photo it lacks.
    for photo in run.photos { try keep(photo.data, at: photo.path) }
    files.merge(try run.carried.changedFiles(since: run.loadedCarried)) { _, carried in carried }
    if files.keys.contains(where: { $0.hasPrefix(DataFolder.rulesFolderName + "/") }) {
      try writer.fileSystem.makeDirectory(folder.rulesFolder, mode: 0o700)
    }
    if files.keys.contains(where: { $0.hasPrefix(DataFolder.visitsFolderName + "/") }) {
      try writer.fileSystem.makeDirectory(folder.visitsFolder, mode: 0o700)
    }
    try writer.replace(files)
    return files.count
  }
}
