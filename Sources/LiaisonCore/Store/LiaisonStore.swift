import Foundation

/// A data folder opened for reading or writing.
///
/// Every command goes through `reading` (shared lock) or `writing` (exclusive lock): two
/// clerks at once wait for each other instead of overwriting each other's work.
public final class LiaisonStore: Sendable {
  public let folder: DataFolder
  let fileSystem: FileSystem
  /// How long a command waits for another one to finish before giving up.
  let lockTimeout: Double
  /// Hears problems that did not stop a command (a torn last log line), as they happen.
  let onWarning: @Sendable (Localized) -> Void
  /// Where reading sessions leave what they derived until the whole command has succeeded;
  /// nil puts it in place as each session succeeds.
  let pending: PendingIndexes?

  public convenience init(
    folder: DataFolder, lockTimeout: Double = 5,
    onWarning: @escaping @Sendable (Localized) -> Void = { _ in }
  ) {
    self.init(
      folder: folder, lockTimeout: lockTimeout, fileSystem: POSIXFileSystem(), onWarning: onWarning)
  }

  /// A store whose disk changes go through `fileSystem` (tests fail them on purpose).
  public init(
    folder: DataFolder, lockTimeout: Double, fileSystem: FileSystem,
    pending: PendingIndexes? = nil, onWarning: @escaping @Sendable (Localized) -> Void = { _ in }
  ) {
    self.folder = folder
    self.lockTimeout = lockTimeout
    self.fileSystem = fileSystem
    self.pending = pending
    self.onWarning = onWarning
  }

  /// The same folder with another listener for its warnings (a roll-up orders them).
  func hearing(_ listener: @escaping @Sendable (Localized) -> Void) -> LiaisonStore {
    LiaisonStore(
      folder: folder, lockTimeout: lockTimeout, fileSystem: fileSystem, pending: pending,
      onWarning: listener)
  }

  /// Creates a new data folder (and any missing parents, private to the clerk).
  /// - Throws: `StoreError.alreadyInitialized` when it already holds `liaison.json`.
  @discardableResult
  public static func create(
    at path: String, township: String, code: String?, timeZone: String? = nil, clock: Clock
  ) throws -> LiaisonStore {
    try create(
      at: path, township: township, code: code, timeZone: timeZone, clock: clock,
      fileSystem: POSIXFileSystem())
  }

  @discardableResult
  public static func create(
    at path: String, township: String, code: String?, timeZone: String? = nil, clock: Clock,
    fileSystem: FileSystem
  ) throws -> LiaisonStore {
    let folder = DataFolder(path: path)
    guard !township.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw RosterError.rule(
        Localized(en: "The township needs a name (--township).", zh: "乡镇名称不能为空（--township）。"))
    }
    let kind = FileKind.at(folder.path)
    guard kind == .missing || kind == .directory else {
      throw StoreError.fileNotFolder(
        path: path, folder: (folder.path as NSString).deletingLastPathComponent)
    }
    if let timeZone, TimeZone(identifier: timeZone) == nil {
      throw RosterError.invalidValue(
        field: "time-zone", value: timeZone,
        expected: Localized(
          en: "a time zone name such as Asia/Shanghai or Asia/Urumqi",
          zh: "时区名称，如 Asia/Shanghai 或 Asia/Urumqi"))
    }
    try refuseExisting(folder, path: path)
    var missing: [String] = []
    var candidate = folder.path
    while !FileManager.default.fileExists(atPath: candidate) {
      missing.insert(candidate, at: 0)
      candidate = (candidate as NSString).deletingLastPathComponent
    }
    for directory in missing {
      try fileSystem.makeDirectory(directory, mode: 0o700)
      // The new folder's entry in its parent must survive a power cut too.
      try fileSystem.syncDirectory((directory as NSString).deletingLastPathComponent)
    }
    let store = LiaisonStore(folder: folder, lockTimeout: 5, fileSystem: fileSystem)
    let lock = try FolderLock(folder: folder, mode: .exclusive, timeout: store.lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    try refuseExisting(folder, path: path)
    try fileSystem.makeDirectory(folder.visitsFolder, mode: 0o700)
    let writer = DurableWriter(folder: folder, fileSystem: fileSystem)
    var files: [String: Data] = [:]
    for name in RosterFiles.names { files[name] = Data("[]\n".utf8) }
    try writer.replace(files)
    // On its own, not in the journaled change: a journal names only record files.
    try FolderGitignore.writeIfMissing(writer, folder: folder)
    // The manifest comes last: until it exists the folder is not a data folder at all.
    let manifest = Manifest(
      township: township, code: code, created: clock.timestamp, timeZone: timeZone)
    try writer.replace(DataFolder.manifestName, with: try manifest.encoded())
    return store
  }

  private static func refuseExisting(_ folder: DataFolder, path: String) throws {
    if FileManager.default.fileExists(atPath: folder.manifest) {
      throw StoreError.alreadyInitialized(path: path)
    }
    if folder.holdsRecords { throw StoreError.manifestMissing(path: path) }
  }

  /// Runs `body` with the folder locked for reading.
  public func reading<T>(_ body: (StoreSession) throws -> T) throws -> T {
    let lock = try FolderLock(folder: folder, mode: .shared, timeout: lockTimeout)
    let writer = DurableWriter(folder: folder, fileSystem: fileSystem)
    if writer.hasInterruptedChange {
      // A writer died mid-change: finish it before reading, under the exclusive lock.
      try lock.change(to: .exclusive, timeout: lockTimeout, folder: folder.path)
      try writer.recover()
      try lock.change(to: .shared, timeout: lockTimeout, folder: folder.path)
    }
    let session = try StoreSession(store: self, writable: false)
    return try withExtendedLifetime(lock) {
      do {
        let result = try body(session)
        if let pending {
          pending.hold(session.stagedIndexes, folder: folder)
        } else {
          session.stagedIndexes.commit()
        }
        return result
      } catch {
        session.stagedIndexes.discard()
        throw error
      }
    }
  }

  /// Runs `body` with the folder locked for writing, after finishing any change a killed
  /// command left behind.
  public func writing<T>(_ body: (StoreSession) throws -> T) throws -> T {
    let lock = try FolderLock(folder: folder, mode: .exclusive, timeout: lockTimeout)
    var session = try StoreSession(store: self, writable: true)
    try session.writer.recover()
    if try FormatUpgrade.upgradeIfNeeded(session) {
      session = try StoreSession(store: self, writable: true)
    }
    return try withExtendedLifetime(lock) {
      let result = try body(session)
      // After the change, so that a refused one still changes nothing at all; and only
      // tried, since the change is saved and must be reported so whatever becomes of this.
      try? FolderGitignore.writeIfMissing(session.writer, folder: folder)
      return result
    }
  }

  /// Loads the roster, lets `change` edit a copy, and saves the files that changed.
  /// - Returns: whatever `change` returns, once the change is on disk.
  public func updateRoster<T>(_ change: (inout Roster) throws -> T) throws -> T {
    try writing { session in
      var roster = try session.roster()
      let result = try change(&roster)
      try session.save(roster)
      return result
    }
  }
}

/// The roster files and the record type each holds.
enum RosterFiles {
  static let villages = "villages.json"
  static let grids = "grids.json"
  static let members = "members.json"
  static let households = "households.json"
  static let links = "links.json"
  static let names = [villages, grids, members, households, links]
}
