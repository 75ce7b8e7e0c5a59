import Foundation
import Glibc

/// The folder's lock: exclusive for a command that writes, shared for one that reads.
///
/// A separate `.lock` file is locked with `flock`, so the lock dies with the process — a
/// killed command never leaves the folder locked.
final class FolderLock {
  enum Mode { case shared, exclusive }

  private let descriptor: Int32
  private let path: String
  private(set) var mode: Mode

  /// Waits up to `timeout` seconds for the lock, polling, then gives up.
  /// - Throws: `StoreError.busy` when the wait runs out, `StoreError.io` when the lock
  ///   file cannot be opened.
  init(folder: DataFolder, mode: Mode, timeout: Double) throws {
    path = folder.lock
    // Never through a symbolic link (O_CREAT would make its target, wherever it points)
    // and never a FIFO or a device.
    try FileKind.refuseUnlessRegularOrMissing(path)
    let flags = O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY
    var opened = open(path, O_RDWR | O_CREAT | flags, 0o600)
    // A colleague's folder whose lock file we may not write: flock works on a read-only
    // descriptor too.
    if opened < 0, errno == EACCES || errno == EROFS { opened = open(path, O_RDONLY | flags) }
    // A folder on read-only media, or a backup copied there without its `.lock` (backups do
    // not carry it): no writer can change it, so a reader locks the folder itself.
    var onFolder = false
    if opened < 0, mode == .shared, errno == ENOENT || errno == EACCES || errno == EROFS,
      !Self.canWrite(folder.path)
    {
      opened = open(folder.path, O_RDONLY | O_DIRECTORY | flags)
      onFolder = true
    }
    guard opened >= 0 else {
      throw FileKind.openFailure(path, operation: "lock", code: errno)
    }
    if !onFolder { try FileReader.refuseUnlessRegular(opened, path: path) }
    descriptor = opened
    self.mode = mode
    do {
      try acquire(mode, timeout: timeout, folder: folder.path)
    } catch {
      Glibc.close(descriptor)
      throw error
    }
  }

  /// Whether this process may make files in `folder` (or the folder is on read-only media).
  private static func canWrite(_ folder: String) -> Bool { access(folder, W_OK) == 0 }

  /// Changes between shared and exclusive; used to repair an interrupted change found by a
  /// reader. The lock is not held in between, as flock allows no atomic upgrade.
  func change(to newMode: Mode, timeout: Double, folder: String) throws {
    guard newMode != mode else { return }
    try acquire(newMode, timeout: timeout, folder: folder)
    mode = newMode
  }

  private func acquire(_ mode: Mode, timeout: Double, folder: String) throws {
    let operation = (mode == .exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
    let deadline = Date().addingTimeInterval(timeout)
    while flock(descriptor, operation) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        throw StoreError.io(path: path, operation: "lock", code: errno)
      }
      guard Date() < deadline else { throw StoreError.busy(path: folder, seconds: timeout) }
      usleep(20_000)
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    Glibc.close(descriptor)
  }
}
