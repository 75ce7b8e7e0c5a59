import Foundation
import Glibc

/// Every operation the store performs that changes the disk.
///
/// They all pass through this one small interface so that reliability tests can fail the
/// k-th open, write, sync or rename and check that the folder is left whole. Commands use
/// `POSIXFileSystem`; nothing else is meant to implement it but tests.
public protocol FileSystem: Sendable {
  func openForWriting(_ path: String, append: Bool, truncate: Bool, mode: mode_t) throws -> Int32
  func write(_ descriptor: Int32, _ bytes: Data, path: String) throws
  func sync(_ descriptor: Int32, path: String) throws
  func truncate(_ descriptor: Int32, to length: Int, path: String) throws
  /// Sets a file's mode exactly, whatever the umask.
  func setMode(_ descriptor: Int32, _ mode: mode_t, path: String) throws
  func close(_ descriptor: Int32)
  func rename(_ source: String, to destination: String) throws
  func remove(_ path: String) throws
  func makeDirectory(_ path: String, mode: mode_t) throws
  /// Syncs a directory, so that a rename or a new file in it survives a power cut.
  func syncDirectory(_ path: String) throws
}

/// The real disk, through POSIX calls (Foundation's atomic writes skip the directory sync
/// and reset the file's mode on Linux, so they are not used).
public struct POSIXFileSystem: FileSystem {
  public init() {}

  public func openForWriting(
    _ path: String, append: Bool, truncate: Bool, mode: mode_t
  ) throws -> Int32 {
    // Only a regular file is written: never through a symbolic link (which could lead
    // outside the folder), never into a FIFO or a device. The check comes before the open
    // too, since opening some devices has effects of its own.
    try FileKind.refuseUnlessRegularOrMissing(path)
    var flags = O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY
    if append { flags |= O_APPEND }
    if truncate { flags |= O_TRUNC }
    let descriptor = retryingInterrupts { Glibc.open(path, flags, mode) }
    guard descriptor >= 0 else {
      throw FileKind.openFailure(path, operation: "open", code: errno)
    }
    try FileReader.refuseUnlessRegular(descriptor, path: path)
    return descriptor
  }

  public func write(_ descriptor: Int32, _ bytes: Data, path: String) throws {
    try bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw StoreError.io(path: path, operation: "write", code: errno)
        }
        offset += written
      }
    }
  }

  public func sync(_ descriptor: Int32, path: String) throws {
    guard retryingInterrupts({ fsync(descriptor) }) == 0 else {
      throw StoreError.io(path: path, operation: "sync", code: errno)
    }
  }

  public func truncate(_ descriptor: Int32, to length: Int, path: String) throws {
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw StoreError.io(path: path, operation: "write", code: errno)
    }
  }

  public func setMode(_ descriptor: Int32, _ mode: mode_t, path: String) throws {
    guard fchmod(descriptor, mode) == 0 else {
      throw StoreError.io(path: path, operation: "write", code: errno)
    }
  }

  public func close(_ descriptor: Int32) {
    _ = Glibc.close(descriptor)
  }

  public func rename(_ source: String, to destination: String) throws {
    guard Glibc.rename(source, destination) == 0 else {
      throw StoreError.io(path: destination, operation: "rename", code: errno)
    }
  }

  public func remove(_ path: String) throws {
    guard unlink(path) == 0 || errno == ENOENT else {
      throw StoreError.io(path: path, operation: "remove", code: errno)
    }
  }

  public func makeDirectory(_ path: String, mode: mode_t) throws {
    guard mkdir(path, mode) == 0 || errno == EEXIST else {
      throw StoreError.io(path: path, operation: "create", code: errno)
    }
  }

  public func syncDirectory(_ path: String) throws {
    let descriptor = retryingInterrupts { Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    guard descriptor >= 0 else { throw StoreError.io(path: path, operation: "open", code: errno) }
    defer { _ = Glibc.close(descriptor) }
    try sync(descriptor, path: path)
  }

  private func retryingInterrupts(_ call: () -> Int32) -> Int32 {
    var result: Int32
    repeat { result = call() } while result < 0 && errno == EINTR
    return result
  }
}
