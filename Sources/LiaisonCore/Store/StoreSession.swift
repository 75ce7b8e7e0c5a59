import Foundation

/// What a command can do with the data folder while it holds the lock.
public final class StoreSession {
  let folder: DataFolder
  /// The data folder's path.
  public var folderPath: String { folder.path }
  let writer: DurableWriter
  let writable: Bool
  let onWarning: @Sendable (Localized) -> Void
  public let manifest: Manifest
  /// Problems that did not stop the read (a torn last log line), for the command to show.
  public private(set) var warnings: [Localized] = []
  private(set) var loadedRoster: Roster?
  /// Month indexes and roster snapshots read by this session, stored when it succeeds
  /// (`LiaisonStore.reading`).
  let stagedIndexes = StagedIndexes()
  /// The needs as on disk, once read (see `StoreSession+Needs`).
  var loadedNeeds: [Need]?

  init(store: LiaisonStore, writable: Bool) throws {
    folder = store.folder
    writer = DurableWriter(folder: store.folder, fileSystem: store.fileSystem)
    self.writable = writable
    onWarning = store.onWarning
    try folder.refuseForeignFolders()
    guard let data = try FileReader.contents(folder.manifest) else {
      throw StoreError.notADataFolder(path: folder.path)
    }
    manifest = try Manifest.decode(data, path: folder.manifest)
  }

  var visitLog: VisitLog { VisitLog(folder: folder, writer: writer) }

  /// The roster as it is on disk (read once per session).
  public func roster() throws -> Roster {
    if let loadedRoster { return loadedRoster }
    let roster = try RosterLoad(folder: folder, snapshots: writable ? nil : stagedIndexes).roster()
    // A change to a roster with a repeated id could edit one record in place of another, or
    // drop one: a writer refuses before it begins.
    if writable { try roster.refuseRepeatedIDs() }
    loadedRoster = roster
    return roster
  }

  /// Reads the roster and the needs ahead, side by side (`RosterLoad.rosterAndNeeds`), for
  /// a reader that counts both; `roster()` and `needs()` then give what it read. When
  /// either does not read, it keeps neither: each is read again by its own call, which
  /// fails just as it would have, in the reader's own order.
  func readRosterAndNeedsAhead() {
    guard loadedRoster == nil, loadedNeeds == nil, !writable,
      let read = try? RosterLoad(folder: folder, snapshots: stagedIndexes).rosterAndNeeds()
    else { return }
    (loadedRoster, loadedNeeds) = read
  }

  /// Writes the roster files whose records differ from what was loaded; several files
  /// land together or not at all.
  public func save(_ roster: Roster) throws {
    precondition(writable, "save needs the folder opened for writing")
    try writer.replace(try changedFiles(roster))
    loadedRoster = roster
  }

  /// The roster files whose records differ from what was loaded, with their new bytes.
  func changedFiles(_ roster: Roster) throws -> [String: Data] {
    let before = try self.roster()
    var files: [String: Data] = [:]
    if roster.villages != before.villages {
      files[RosterFiles.villages] = try RecordCodec.rosterFile(roster.villages)
    }
    if roster.grids != before.grids {
      files[RosterFiles.grids] = try RecordCodec.rosterFile(roster.grids)
    }
    if roster.members != before.members {
      files[RosterFiles.members] = try RecordCodec.rosterFile(roster.members)
    }
    if roster.households != before.households {
      files[RosterFiles.households] = try RecordCodec.rosterFile(roster.households)
    }
    if roster.links != before.links {
      files[RosterFiles.links] = try RecordCodec.rosterFile(roster.links)
    }
    if roster.retired != before.retired {
      files[DataFolder.retiredName] = try roster.retired.encoded()
    }
    return files
  }

  /// The months that have visits, oldest first.
  public func visitMonths() throws -> [YearMonth] { try visitLog.months() }

  /// The visits dated in `month`, whole, in the order recorded.
  public func visits(in month: YearMonth) throws -> [Visit] {
    try visitLog.read(month, warn: warn)
  }

  /// Keeps a warning for the session's caller and passes it on to the store's listener —
  /// once: a report and the score it ranks by read the same months, and a torn last line
  /// is told of once.
  func warn(_ warning: Localized) {
    if warnings.contains(warning) { return }
    warnings.append(warning)
    onWarning(warning)
  }

  /// Appends a visit; `makeVisit` receives the new id, and `alongside` the visit, to give
  /// whole files that must land with it (the needs raised on it).
  public func addVisit(
    on day: Day, _ makeVisit: (String) throws -> Visit,
    alongside: (Visit) throws -> [String: Data] = { _ in [:] }
  ) throws -> Visit {
    precondition(writable, "addVisit needs the folder opened for writing")
    return try visitLog.append(makeVisit, on: day, alongside: alongside) { warn($0) }
  }

  /// Replaces whole month logs (edits and removals), all months together or none.
  public func replaceVisits(_ months: [YearMonth: [Visit]]) throws {
    precondition(writable, "replaceVisits needs the folder opened for writing")
    var files: [String: Data] = [:]
    for (month, visits) in months {
      files[DataFolder.visitLog(month)] = try visitLog.encodeLog(
        visits, file: DataFolder.visitLog(month))
    }
    try writer.replace(files)
  }
}
