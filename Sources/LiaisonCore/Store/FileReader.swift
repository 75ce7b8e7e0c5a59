import Foundation
import Glibc

/// Reads whole files, telling "there is no such file" apart from "it cannot be read".
///
/// Foundation's `FileManager.contents(atPath:)` answers nil for both; treating an
/// unreadable file as empty would let the next save overwrite it.
enum FileReader {
  /// The file's bytes, or nil when it does not exist.
  /// - Parameter limit: the most bytes a file of its kind can hold; a larger one is refused
  ///   unread.
  /// - Throws: `StoreError.io` when it exists but cannot be read.
  static func contents(_ path: String, limit: Int? = nil) throws -> Data? {
    guard let descriptor = try openForReading(path) else { return nil }
    defer { close(descriptor) }
    // Sized from the start: growing by appends copied a 54 MB month log several times.
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    if let limit, size > limit {
      throw StoreError.unreadable(
        path: path, line: nil,
        detail: Localized(
          en: "the file is \(size) bytes, larger than liaison writes",
          zh: "该文件有 \(size) 字节，超过 liaison 写出的大小"))
    }
    try refuseHoles(descriptor, size: size, path: path)
    // Read straight into the data's own bytes, a byte more than the file's size so that a
    // file grown since is seen, and room made for what it grew by. (Reading through a
    // block buffer copied every byte twice: a twentieth of a yearly score, whose month
    // indexes are 130 MB.)
    var data = Data(count: size + 1)
    var filled = 0
    while true {
      if filled == data.count { data.count += 1 << 16 }
      let count = try data.withUnsafeMutableBytes {
        try readSome(descriptor, into: $0.baseAddress! + filled, count: $0.count - filled, path)
      }
      if count == 0 { break }
      filled += count
    }
    data.count = filled
    return data
  }

  /// Up to `count` bytes read into `bytes`, 0 at the end of the file; an interrupted read
  /// is tried again.
  /// - Throws: `StoreError.io` when the read fails.
  static func readSome(
    _ descriptor: Int32, into bytes: UnsafeMutableRawPointer, count: Int, _ path: String
  ) throws -> Int {
    while true {
      let read = Glibc.read(descriptor, bytes, count)
      if read >= 0 { return read }
      if errno != EINTR { throw StoreError.io(path: path, operation: "read", code: errno) }
    }
  }

  /// The file opened for reading, or nil when it does not exist.
  ///
  /// Only a regular file is opened: a FIFO in place of a data file would block every
  /// reader while it holds the lock, a link to `/dev/zero` would feed it without end, and a
  /// symbolic link could lead a folder that came on a USB stick to files outside it. The
  /// open itself never blocks (`O_NONBLOCK`, which means nothing for a regular file).
  /// - Throws: `StoreError.notRegularFile` for anything else, `StoreError.io` when it
  ///   exists but cannot be opened.
  static func openForReading(_ path: String) throws -> Int32? {
    // Looked at before opening: opening some devices has effects of its own.
    try FileKind.refuseUnlessRegularOrMissing(path)
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw FileKind.openFailure(path, operation: "read", code: errno)
    }
    try refuseUnlessRegular(descriptor, path: path)
    return descriptor
  }

  /// Refuses a sparse file before it is read whole: liaison writes its files from start to
  /// end, never leaving holes, so a file with one (a gigabyte of nothing made in an
  /// instant) was planted or damaged — and would cost its whole size in memory.
  static func refuseHoles(_ descriptor: Int32, size: Int, path: String) throws {
    guard size > 0 else { return }
    // SEEK_HOLE (4) answers the file's end when there is no hole, or where lseek does not
    // know holes at all.
    let hole = lseek(descriptor, 0, 4)
    defer { lseek(descriptor, 0, SEEK_SET) }
    if hole >= 0, hole < size {
      throw StoreError.unreadable(
        path: path, line: nil,
        detail: Localized(
          en: "the file has holes (a sparse file), which liaison never writes: it was "
            + "damaged or planted",
          zh: "该文件含空洞（稀疏文件），liaison 从不这样写：文件已损坏或被放入"))
    }
  }

  /// Closes `descriptor` and throws unless it is a regular file.
  static func refuseUnlessRegular(_ descriptor: Int32, path: String) throws {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw StoreError.io(path: path, operation: "read", code: code)
    }
    let kind = FileKind(mode: status.st_mode)
    guard kind == .regular else {
      close(descriptor)
      throw StoreError.notRegularFile(path: path, kind: kind.described)
    }
  }

  /// The names in a folder; empty when the folder does not exist.
  /// - Throws: `StoreError.notRegularFile` when a link, a file or anything else stands in
  ///   its place (a `visits` linked elsewhere would lead reads and writes out of the folder).
  static func names(in folder: String) throws -> [String] {
    let kind = FileKind.at(folder)
    guard kind != .missing else { return [] }
    guard kind == .directory else {
      throw StoreError.notRegularFile(path: folder, kind: kind.described)
    }
    do {
      return try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw StoreError.io(path: folder, operation: "read", code: EACCES)
    }
  }
}
