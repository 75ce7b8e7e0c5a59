import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The derived files (month indexes, roster snapshots) a reading session has written under
/// temporary names, renamed into place only when the command succeeds: a refused command
/// writes nothing, not even what is derived. Shared by the threads that read months side
/// by side.
final class StagedIndexes: @unchecked Sendable {
  /// A staged file, its place, and the file it was derived from as it stood.
  struct Staged {
    var staged: String
    var target: String
    var source: String
    var from: LogSource
  }

  private let lock = NSLock()
  private var staged: [Staged] = []
  /// The index folder the files are staged in, and whether this session made it.
  private var folder: (path: String, made: Bool)?

  /// Notes the index folder the files go to; `made` when this session made it, for
  /// `discard` to take it away again.
  func stage(in path: String, made: Bool) {
    lock.withLock {
      if folder == nil || made { folder = (path, made) }
    }
  }

  func add(staged path: String, target: String, source: String, from: LogSource) {
    lock.withLock {
      staged.append(Staged(staged: path, target: target, source: source, from: from))
    }
  }

  /// The file staged last for `target`, if any.
  func stagedPath(for target: String) -> String? {
    lock.withLock { staged.last { $0.target == target }?.staged }
  }

  /// Puts every staged file in place, with the folder's `.gitignore` (quietly: one that does
  /// not land is only the time the next reader takes). Called under the folder's lock; a
  /// file whose source was replaced since it was read (a command that changed records after
  /// reading them) is dropped, since it describes a file that is gone.
  func commit() {
    let (files, folder) = take()
    guard let folder, !files.isEmpty else { return }
    IndexFolder.writeIgnore(in: folder.path)
    for file in files {
      let now = LogSource(file.source)
      let stands = now?.device == file.from.device && now?.inode == file.from.inode
      if !stands || rename(file.staged, file.target) != 0 { unlink(file.staged) }
    }
  }

  /// Deletes every staged file, and the index folder if this session made it.
  func discard() {
    let (files, folder) = take()
    for file in files { unlink(file.staged) }
    if let folder, folder.made { rmdir(folder.path) }
  }

  private func take() -> ([Staged], (path: String, made: Bool)?) {
    lock.withLock {
      defer {
        staged = []
        folder = nil
      }
      return (staged, folder)
    }
  }
}
