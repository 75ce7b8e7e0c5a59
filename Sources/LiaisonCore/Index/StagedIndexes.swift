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
  /// `.index` and its `.gitignore`, when this session made them.
  private var made: (folder: String, ignore: String)?

  /// Notes that this session made the index folder, for `discard` to take it away again.
  func made(folder: String, ignore: String) {
    lock.withLock { made = (folder, ignore) }
  }

  func add(staged path: String, target: String) {
    lock.withLock { staged.append((path, target)) }
  }

  /// Puts every staged index in place (quietly: an index that does not land is only the
  /// time the next reader takes).
  func commit() {
    for (path, target) in take() where rename(path, target) != 0 { unlink(path) }
  }

  /// Deletes every staged index, and the index folder if this session made it.
  func discard() {
    for (path, _) in take() { unlink(path) }
    if let made = lock.withLock({ made }) {
      unlink(made.ignore)
      rmdir(made.folder)
    }
  }

  private func take() -> [(staged: String, target: String)] {
    lock.withLock {
      defer { staged = [] }
      return staged
    }
  }
}
