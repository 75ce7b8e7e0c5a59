import Foundation

/// Consistent copies of a data folder, each itself a data folder that liaison can open.
public enum Backup {
  /// The folder inside the data folder where backups go unless told otherwise.
  public static let defaultFolderName = "backups"
  /// Where the automatic backups before imports go, so that pruning them never touches a
  /// backup the clerk made.
  public static let automaticFolderName = "backups/before-import"

  /// Copies the folder, under the shared lock so no command changes it meanwhile, into a
  /// new timestamped folder (`2026-11-23T181500`) under `parent`.
  ///
  /// The copy is written under a temporary name, synced, and renamed into place: a
  /// half-made backup never looks like a whole one.
  /// - Parameters:
  ///   - parent: where to put it; default `backups/` inside the data folder.
  ///   - keep: when given, only the newest `keep` backups in `parent` are kept.
  /// - Returns: the new backup's path.
  public static func make(
    _ store: LiaisonStore, into parent: String? = nil, clock: Clock, keep: Int? = nil
  ) throws -> String {
    try store.reading { try make(from: $0, into: parent, clock: clock, keep: keep) }
  }

  /// The same, from a session that already holds the lock (an import backs up the folder
  /// it is about to change, under its own exclusive lock).
  public static func make(
    from session: StoreSession, into parent: String? = nil, clock: Clock, keep: Int? = nil
  ) throws -> String {
    let fileSystem = session.writer.fileSystem
    let parent = parent ?? session.folder.file(defaultFolderName)
    try makeDirectories(parent, fileSystem: fileSystem)
    let name = try freeName(in: parent, clock: clock)
    let partial = parent + "/.partial-" + name
    try fileSystem.makeDirectory(partial, mode: 0o700)
    try fileSystem.makeDirectory(partial + "/" + DataFolder.visitsFolderName, mode: 0o700)
    let files = try filesToCopy(session.folder)
    // Folders other than visits/ only when they hold something: rules/, photos/ and each
    // photos/xx/ shelf, each synced once its files are in.
    let folders = Set(files.map { ($0 as NSString).deletingLastPathComponent })
      .filter { !$0.isEmpty && $0 != DataFolder.visitsFolderName }.sorted()
    for folder in folders {
      try makeDirectories(partial + "/" + folder, fileSystem: fileSystem)
    }
    for relative in files {
      let limit = KeptPhotos.isKept(relative) ? KeptPhotos.maxBytes : nil
      guard let data = try FileReader.contents(session.folder.file(relative), limit: limit)
      else { continue }
      try copy(data, to: partial + "/" + relative, fileSystem: fileSystem)
    }
    for folder in [DataFolder.visitsFolderName] + folders.reversed() {
      try fileSystem.syncDirectory(partial + "/" + folder)
    }
    try fileSystem.syncDirectory(partial)
    let final = parent + "/" + name
    try fileSystem.rename(partial, to: final)
    try fileSystem.syncDirectory(parent)
    if let keep { try prune(parent, keeping: keep) }
    return final
  }

  /// The backups in `parent`, oldest first.
  public static func list(in parent: String) throws -> [String] {
    // `…T181500-10` comes after `…T181500-2`: the counter sorts as a number.
    try FileReader.names(in: parent).filter(isBackupName).sorted { lhs, rhs in
      let (lhsBase, lhsCount) = split(lhs)
      let (rhsBase, rhsCount) = split(rhs)
      return lhsBase != rhsBase ? lhsBase < rhsBase : lhsCount < rhsCount
    }
  }

  private static func split(_ name: String) -> (String, Int) {
    let base = String(name.prefix(17))
    return (base, Int(name.dropFirst(18)) ?? 1)
  }

  static func filesToCopy(_ folder: DataFolder) throws -> [String] {
    let logs = try FileReader.names(in: folder.visitsFolder).filter {
      ($0.hasSuffix(".jsonl") || $0.hasSuffix(".next.json")) && !$0.contains(".tmp-")
    }
    let rules = try FileReader.names(in: folder.rulesFolder).filter {
      $0.hasSuffix(".json") && !$0.contains(".tmp-")
    }
    let photos = try FileReader.names(in: folder.file(KeptPhotos.folderName)).sorted().flatMap {
      shelf in
      try FileReader.names(in: folder.file(KeptPhotos.folderName + "/" + shelf))
        .filter { !$0.contains(".tmp-") }.sorted()
        .map { KeptPhotos.folderName + "/" + shelf + "/" + $0 }
    }
    return [DataFolder.manifestName] + RosterFiles.names + [DataFolder.retiredName]
      + DataFolder.recordFileNames
      + logs.sorted().map { DataFolder.visitsFolderName + "/" + $0 }
      + rules.sorted().map { DataFolder.rulesFolderName + "/" + $0 } + photos
  }

  private static func copy(_ data: Data, to path: String, fileSystem: FileSystem) throws {
    let descriptor = try fileSystem.openForWriting(path, append: false, truncate: true, mode: 0o600)
    defer { fileSystem.close(descriptor) }
    try fileSystem.write(descriptor, data, path: path)
    try fileSystem.sync(descriptor, path: path)
  }

  private static func makeDirectories(_ path: String, fileSystem: FileSystem) throws {
    guard !FileManager.default.fileExists(atPath: path) else { return }
    try makeDirectories((path as NSString).deletingLastPathComponent, fileSystem: fileSystem)
    try fileSystem.makeDirectory(path, mode: 0o700)
    try fileSystem.syncDirectory((path as NSString).deletingLastPathComponent)
  }

  /// `2026-11-23T181500`, or with `-2`, `-3` … when a backup was already made that second.
  private static func freeName(in parent: String, clock: Clock) throws -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = clock.timeZone
    let parts = calendar.dateComponents([.hour, .minute, .second], from: clock.now)
    let base =
      Day(clock.now, timeZone: clock.timeZone).description
      + String(format: "T%02d%02d%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    let taken = Set(try FileReader.names(in: parent))
    var name = base
    var counter = 1
    while taken.contains(name) {
      counter += 1
      name = "\(base)-\(counter)"
    }
    return name
  }

  static func isBackupName(_ name: String) -> Bool {
    name.count >= 17 && Day(strict: String(name.prefix(10))) != nil
      && name.dropFirst(10).first == "T"
  }

  /// Removes all but the newest `keep` backups. Old copies are not records: they go
  /// without the durable-write machinery.
  private static func prune(_ parent: String, keeping keep: Int) throws {
    let backups = try list(in: parent)
    for name in backups.dropLast(max(keep, 1)) {
      try FileManager.default.removeItem(atPath: parent + "/" + name)
    }
  }
}
