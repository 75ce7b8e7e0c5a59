import Foundation
import Glibc

/// Reads whole files, telling "there is no such file" apart from "it cannot be read".
///
/// Foundation's `FileManager.contents(atPath:)` answers nil for both; treating an
/// unreadable file as empty would let the next save overwrite it.
enum FileReader {
  /// The file's bytes, or nil when it does not exist.
  /// - Throws: `StoreError.io` when it exists but cannot be read.
  static func contents(_ path: String) throws -> Data? {
    guard let descriptor = try openForReading(path) else { return nil }
    defer { close(descriptor) }
    // Sized from the start: growing by appends copied a 54 MB month log several times.
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    var data = Data(capacity: size + 1)
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw StoreError.io(path: path, operation: "read", code: errno)
      }
      if count == 0 { break }
      data.append(buffer, count: count)
    }
    return data
  }

  /// The file opened for reading, or nil when it does not exist.
  /// - Throws: `StoreError.io` when it exists but cannot be opened.
  static func openForReading(_ path: String) throws -> Int32? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw StoreError.io(path: path, operation: "read", code: errno)
    }
    return descriptor
  }

  /// The names in a folder; empty when the folder does not exist.
  static func names(in folder: String) throws -> [String] {
    guard FileManager.default.fileExists(atPath: folder) else { return [] }
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw StoreError.io(path: folder, operation: "read", code: EACCES)
    }
  }
}
