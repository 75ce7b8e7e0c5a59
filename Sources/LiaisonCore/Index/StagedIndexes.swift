import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The month indexes a reading session has written under temporary names, renamed into
/// place only when the command succeeds: a refused command writes nothing, not even what
/// is derived. Shared by the threads that read months side by side.
final class StagedIndexes: @unchecked Sendable {
  private let lock = NSLock()
  private var staged: [(staged: String, target: String)] = []
  /// The index folder the files are staged in, and whether this session made it.
  private var folder: (path: String, made: Bool)?

  /// Notes the index folder the files go to; `made` when this session made it, for
  /// `discard` to take it away again.
  func stage(in path: String, made: Bool) {
    lock.withLock {
      if folder == nil || made { folder = (path, made) }
    }
  }

  func add(staged path: String, target: String) {
    lock.withLock { staged.append((path, target)) }
  }

  /// The file staged last for `target`, if any.
  func stagedPath(for target: String) -> String? {
    lock.withLock { staged.last { $0.target == target }?.staged }
  }

  /// Puts every staged index in place, with the folder's `.gitignore` (quietly: an index
  /// that does not land is only the time the next reader takes).
  func commit() {
    let (files, folder) = take()
    guard let folder, !files.isEmpty else { return }
    VisitIndexFile.writeIgnore(in: folder.path)
    for (path, target) in files where rename(path, target) != 0 { unlink(path) }
  }

  /// Deletes every staged index, and the index folder if this session made it.
  func discard() {
    let (files, folder) = take()
    for (path, _) in files { unlink(path) }
    if let folder, folder.made { rmdir(folder.path) }
  }

  private func take() -> ([(staged: String, target: String)], (path: String, made: Bool)?) {
    lock.withLock {
      defer {
        staged = []
        folder = nil
      }
      return (staged, folder)
    }
  }
}
