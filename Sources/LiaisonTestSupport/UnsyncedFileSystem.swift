import Foundation
import LiaisonCore

/// The real disk without the syncs: for tests that exercise parsing and rules by the
/// thousand, where durability is proved elsewhere and fsync would only cost time.
public struct UnsyncedFileSystem: FileSystem {
  private let real = POSIXFileSystem()

  public init() {}

  public func openForWriting(
    _ path: String, append: Bool, truncate: Bool, mode: mode_t
  ) throws
    -> Int32
  {
    try real.openForWriting(path, append: append, truncate: truncate, mode: mode)
  }
  public func write(_ descriptor: Int32, _ bytes: Data, path: String) throws {
    try real.write(descriptor, bytes, path: path)
  }
  public func sync(_ descriptor: Int32, path: String) throws {}
  public func truncate(_ descriptor: Int32, to length: Int, path: String) throws {
    try real.truncate(descriptor, to: length, path: path)
  }
  public func setMode(_ descriptor: Int32, _ mode: mode_t, path: String) throws {
    try real.setMode(descriptor, mode, path: path)
  }
  public func close(_ descriptor: Int32) { real.close(descriptor) }
  public func rename(_ source: String, to destination: String) throws {
    try real.rename(source, to: destination)
  }
  public func remove(_ path: String) throws { try real.remove(path) }
  public func makeDirectory(_ path: String, mode: mode_t) throws {
    try real.makeDirectory(path, mode: mode)
  }
  public func syncDirectory(_ path: String) throws {}
}
