#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileReader {
  /// Hands `body` each line of a file, reading a few megabytes at a time: a county's month
  /// log is 54 MB, and a score reads two side by side — held whole, they were a third of a
  /// yearly score's peak memory. `complete` is false for a last line without its newline;
  /// `body` returns false to stop.
  ///
  /// Memory stays bounded whatever the file holds: a line longer than `LineLimit` (which
  /// liaison never writes) stops the read with its line number.
  /// - Parameters:
  ///   - from: where to start, at the beginning of a line (the visit index has read the
  ///     lines before it); `lineNumber` then counts the lines skipped.
  ///   - size: told the file's size before the first line.
  /// - Returns: false when the file does not exist.
  /// - Throws: `StoreError.io` when it exists but cannot be read, `StoreError.unreadable`
  ///   for a line over the limit, or what `body` throws.
  static func lines(
    _ path: String, from position: (offset: Int, lineNumber: Int) = (0, 1), chunk: Int = 1 << 22,
    size: (Int) -> Void = { _ in },
    _ body: (_ line: UnsafeRawBufferPointer, _ complete: Bool) throws -> Bool
  ) throws -> Bool {
    guard let descriptor = try openForReading(path) else { return false }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0 { size(Int(status.st_size)) }
    if position.offset > 0, lseek(descriptor, off_t(position.offset), SEEK_SET) < 0 {
      throw StoreError.io(path: path, operation: "read", code: errno)
    }
    var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 8)
    defer { buffer.deallocate() }
    var filled = 0
    var lineNumber = position.lineNumber
    while true {
      if filled == buffer.count {
        // A line longer than the buffer: make room for it.
        let larger = UnsafeMutableRawBufferPointer.allocate(
          byteCount: buffer.count * 2, alignment: 8)
        larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
        buffer.deallocate()
        buffer = larger
      }
      let count = try readSome(
        descriptor, into: buffer.baseAddress! + filled, count: buffer.count - filled, path)
      if count == 0 { break }
      filled += count
      let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
      var start = 0
      while let newline = PlainLines.newline(in: bytes, from: start) {
        if newline - start > LineLimit.bytes { throw overlong(path, line: lineNumber) }
        guard try body(UnsafeRawBufferPointer(rebasing: bytes[start..<newline]), true) else {
          return true
        }
        start = newline + 1
        lineNumber += 1
      }
      // The unfinished line moves to the front, to be finished by the next read.
      if start > 0 {
        memmove(buffer.baseAddress!, buffer.baseAddress! + start, filled - start)
        filled -= start
      }
      if filled > LineLimit.bytes { throw overlong(path, line: lineNumber) }
    }
    if filled > 0 { _ = try body(UnsafeRawBufferPointer(rebasing: buffer[0..<filled]), false) }
    return true
  }

  /// The refusal of a line no liaison command wrote: longer than `LineLimit`.
  static func overlong(_ path: String, line: Int?) -> StoreError {
    StoreError.unreadable(
      path: path, line: line,
      detail: Localized(
        en: "the line is longer than \(LineLimit.described), the most liaison writes, so "
          + "it is not a record liaison made (a damaged or planted file)",
        zh: "该行超过 \(LineLimit.described)（liaison 写出的上限），不是 liaison 写的记录（文件已损坏或被放入）"))
  }
}
