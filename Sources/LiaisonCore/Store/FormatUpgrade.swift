import Foundation

/// Brings a folder written by an older format up to this build's on its first write.
///
/// Format 1 kept `added` where format 2 keeps `since`, and had no dated histories. Reading
/// needs no upgrade — the records' decoders take `added` as `since` — but a folder half in
/// one format and half in the other would confuse anyone reading the files by hand, so the
/// first writing command rewrites every roster file and the manifest together (one
/// journaled change: all or none), after an automatic backup of the folder as it was.
enum FormatUpgrade {
  /// Where the copy of the folder before its upgrade goes.
  static let backupFolderName = "backups/before-upgrade"

  /// Upgrades the folder `session` holds open for writing; nothing when it is current.
  /// - Returns: whether it upgraded (the caller then opens a fresh session).
  static func upgradeIfNeeded(_ session: StoreSession) throws -> Bool {
    guard session.manifest.format < Manifest.currentFormat else { return false }
    _ = try Backup.make(
      from: session, into: session.folder.file(backupFolderName), clock: Clock())
    let roster = try session.roster()
    var manifest = session.manifest
    manifest.format = Manifest.currentFormat
    try session.writer.replace([
      RosterFiles.villages: try RecordCodec.rosterFile(roster.villages),
      RosterFiles.grids: try RecordCodec.rosterFile(roster.grids),
      RosterFiles.members: try RecordCodec.rosterFile(roster.members),
      RosterFiles.households: try RecordCodec.rosterFile(roster.households),
      RosterFiles.links: try RecordCodec.rosterFile(roster.links),
      DataFolder.manifestName: try manifest.encoded(),
    ])
    return true
  }
}
