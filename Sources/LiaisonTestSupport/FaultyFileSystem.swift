import Foundation
import Glibc
import LiaisonCore

/// A file system that fails on purpose: the k-th disk-changing operation, and — for a
/// simulated crash — every one after it, as if the process had died there.
public final class FaultyFileSystem: FileSystem, @unchecked Sendable {
  /// `once`: only the k-th operation fails, as an I/O error the command must report.
  /// `crash`: the k-th and every later one fail, as if the process had died there.
  public enum Mode: Sendable, CaseIterable { case once, crash }

  private let real = POSIXFileSystem()
  private let lock = NSLock()
  private let failAt: Int?
  private let mode: Mode
  /// How many disk-changing operations have been asked for so far.
  public var operations: Int { lock.withLock { count } }
  private var count = 0

  /// `failAt: nil` fails nothing and only counts.
  public init(failAt: Int?, mode: Mode = .crash) {
    self.failAt = failAt
    self.mode = mode
  }

  /// Counts an operation and fails it when its turn has come.
  /// - Returns: whether this is the very operation chosen to fail (the crash instant).
  @discardableResult
  private func step(_ path: String, tornWrite: (() -> Void)? = nil) throws -> Bool {
    let number = lock.withLock {
      count += 1
      return count
    }
    guard let failAt else { return false }
    if number == failAt || (mode == .crash && number > failAt) {
      if number == failAt { tornWrite?() }
      throw StoreError.io(path: path, operation: "write", code: EIO)
    }
    return false
  }

  public func openForWriting(
    _ path: String, append: Bool, truncate: Bool, mode: mode_t
  ) throws -> Int32 {
    try step(path)
    return try real.openForWriting(path, append: append, truncate: truncate, mode: mode)
  }

  public func write(_ descriptor: Int32, _ bytes: Data, path: String) throws {
    // A write that fails part-way leaves its first half behind, as a crash or a full disk
    // can.
    try step(path) {
      if bytes.count > 1 {
        try? self.real.write(descriptor, bytes.prefix(bytes.count / 2), path: path)
      }
    }
    try real.write(descriptor, bytes, path: path)
  }

  public func sync(_ descriptor: Int32, path: String) throws {
    try step(path)
    try real.sync(descriptor, path: path)
  }

  public func truncate(_ descriptor: Int32, to length: Int, path: String) throws {
    try step(path)
    try real.truncate(descriptor, to: length, path: path)
  }

  public func setMode(_ descriptor: Int32, _ mode: mode_t, path: String) throws {
    try step(path)
    try real.setMode(descriptor, mode, path: path)
  }

  public func close(_ descriptor: Int32) { real.close(descriptor) }

  public func rename(_ source: String, to destination: String) throws {
    try step(destination)
    try real.rename(source, to: destination)
  }

  public func remove(_ path: String) throws {
    try step(path)
    try real.remove(path)
  }

  public func makeDirectory(_ path: String, mode: mode_t) throws {
    try step(path)
    try real.makeDirectory(path, mode: mode)
  }

  public func syncDirectory(_ path: String) throws {
    try step(path)
    try real.syncDirectory(path)
  }
}
