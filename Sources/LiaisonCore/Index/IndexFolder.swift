import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `.index/`, where readers keep what they derive for speed: the visit index of each month
/// (`VisitIndexFile`) and the roster snapshot (`RecordSnapshotFile`). Nothing in it is a
/// record: deleting it changes no output, only the time the next reader takes. It is never
/// synced, never in a backup or an export, kept out of git by its own `.gitignore`, and
/// only a folder of this data folder's own is used (a symbolic link from a USB stick leads
/// nowhere).
enum IndexFolder {
  static let name = ".index"

  /// The bytes of `file` (a name inside `.index`), or of the copy this session staged for
  /// it; nil when `.index` is not a folder or there is no such file.
  static func contents(
    _ file: String, in folder: DataFolder, staged: StagedIndexes?, limit: Int
  ) -> Data? {
    let target = folder.file(name + "/" + file)
    let path = staged?.stagedPath(for: target) ?? target
    guard FileKind.at(folder.file(name)) == .directory else { return nil }
    return try? FileReader.contents(path, limit: limit)
  }

  /// Writes `bytes` for `file` under a temporary name and hands it to `staged`, to be
  /// renamed into place when the command succeeds; quietly does nothing when it cannot: a
  /// folder on a read-only stick, a `.index` that is not a folder of its own. Two readers
  /// storing the same file at once is harmless: each writes its own temporary file and the
  /// last rename wins, both whole.
  /// - Parameters:
  ///   - source: the record file it is derived from (relative), as it stood (`from`).
  static func stage(
    _ bytes: [UInt8], as file: String, from source: String, _ from: LogSource,
    in folder: DataFolder, to staged: StagedIndexes
  ) {
    guard let directory = made(in: folder, staged: staged) else { return }
    let target = directory + "/" + file
    let path = target + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    let written = (try? POSIXFileSystem().write(descriptor, Data(bytes), path: path)) != nil
    close(descriptor)
    if written {
      staged.add(staged: path, target: target, source: folder.file(source), from: from)
    } else {
      unlink(path)
    }
  }

  /// Deletes `file` from `.index`.
  static func remove(_ file: String, in folder: DataFolder) {
    guard FileKind.at(folder.file(name)) == .directory else { return }
    unlink(folder.file(name + "/" + file))
  }

  /// Deletes what is derived from `relative` before the file is replaced, so that nothing
  /// derived from the old file can outlive it (inode numbers are reused).
  static func forget(_ relative: String, in folder: DataFolder) {
    VisitIndexFile.forget(relative, in: folder)
    RecordSnapshotFile.forget(relative, in: folder)
  }

  /// `.index`, made when missing; nil when it is anything but a folder of this one.
  private static func made(in folder: DataFolder, staged: StagedIndexes) -> String? {
    let path = folder.file(name)
    switch FileKind.at(path) {
    case .directory: staged.stage(in: path, made: false)
    case .missing:
      guard mkdir(path, 0o700) == 0 else { return FileKind.at(path) == .directory ? path : nil }
      staged.stage(in: path, made: true)
    default: return nil
    }
    return path
  }

  /// Writes `.index/.gitignore` when missing: it keeps the index out of git in folders
  /// whose own `.gitignore` predates it.
  static func writeIgnore(in path: String) {
    let ignore = path + "/.gitignore"
    guard FileKind.at(ignore) == .missing else { return }
    let descriptor = open(ignore, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    let text = Array("# Derived by liaison for speed; never a record. Delete it freely.\n*\n".utf8)
    _ = write(descriptor, text, text.count)
    close(descriptor)
  }
}
