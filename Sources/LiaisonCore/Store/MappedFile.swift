#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's bytes mapped read-only, for looking up a few records in a large file without
/// reading all of it: the pages touched are the only ones read.
///
/// The mapping sees the file as it is; callers hold the folder lock, so no writer of ours
/// changes it underneath (writes replace files by rename, leaving a mapped inode intact).
final class MappedFile {
  let bytes: UnsafeRawBufferPointer

  /// The file mapped, or nil when it does not exist.
  /// - Throws: `StoreError.io` when it exists but cannot be opened or mapped.
  init?(_ path: String) throws {
    guard let descriptor = try FileReader.openForReading(path) else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw StoreError.io(path: path, operation: "read", code: errno)
    }
    let count = Int(status.st_size)
    try FileReader.refuseHoles(descriptor, size: count, path: path)
    guard count > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED
    else { throw StoreError.io(path: path, operation: "read", code: errno) }
    bytes = UnsafeRawBufferPointer(start: base, count: count)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }
}
