import Foundation

/// The `.gitignore` a data folder carries, so that a folder kept in git holds only its
/// records: the lock, an interrupted change's journal and staged files, and the backups
/// (copies of the records themselves) stay out, and so does the visit index (derived).
///
/// `init` writes it, and so does the first change to a folder made before there was one.
/// A `.gitignore` that is there is never touched: the clerk may have added to it.
enum FolderGitignore {
  static let name = ".gitignore"

  static let contents = """
    # Written by liaison: what is not a record stays out of git. Add your own lines freely;
    # liaison writes this file only when it is missing.
    \(DataFolder.lockName)
    \(DataFolder.journalName)
    *.tmp-*
    .partial-*
    \(Backup.defaultFolderName)/
    \(IndexFolder.name)/

    """

  /// Writes the file when the folder has none; under the folder's exclusive lock.
  static func writeIfMissing(_ writer: DurableWriter, folder: DataFolder) throws {
    guard FileKind.at(folder.file(name)) == .missing else { return }
    try writer.replace(name, with: Data(contents.utf8))
  }
}
