import Foundation

/// The derived files of every reading session of one command, put in place only when the
/// whole command has succeeded. A command may read the roster, then refuse what it was
/// asked (`grid show` of a grid that is not there) after its session ended: it still
/// writes nothing, not even what is derived.
///
/// The command line gives its stores one (`LiaisonStore(pending:)`) and calls `commit` once
/// it has succeeded, `discard` otherwise; a store without one puts a session's files in
/// place as the session succeeds.
public final class PendingIndexes: @unchecked Sendable {
  private let lock = NSLock()
  private var held: [(staged: StagedIndexes, folder: DataFolder)] = []
  /// How long the commit waits for a writer to finish: a moment, never the command's own
  /// lock wait (its output is already out; what does not land is only the next reader's
  /// time).
  static let lockWait = 0.25

  public init() {}

  func hold(_ staged: StagedIndexes, folder: DataFolder) {
    lock.withLock { held.append((staged, folder)) }
  }

  /// Puts every held file in place, each folder's under its shared lock again, so that no
  /// change is halfway while they land; a folder whose lock is not to be had at once drops
  /// them.
  public func commit() {
    for (staged, folder) in take() {
      guard
        let folderLock = try? FolderLock(folder: folder, mode: .shared, timeout: Self.lockWait)
      else {
        staged.discard()
        continue
      }
      withExtendedLifetime(folderLock) { staged.commit() }
    }
  }

  /// Deletes every held file.
  public func discard() {
    for (staged, _) in take() { staged.discard() }
  }

  private func take() -> [(staged: StagedIndexes, folder: DataFolder)] {
    lock.withLock {
      defer { held = [] }
      return held
    }
  }
}
