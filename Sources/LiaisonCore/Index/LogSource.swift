import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file a month's log is and how it stands: what a stored index must match before
/// any of it is believed.
///
/// liaison only ever appends to a log in place; every other change (an edit, a removal, an
/// import, a merge, a restore) writes a new file and renames it over the old one, and
/// `DurableWriter` deletes the month's index first. An index is believed only for the same
/// file (device and inode: a copied or restored folder is indexed afresh, and an index
/// brought on a USB stick matches nothing here) that has not shrunk, whose covered bytes
/// still end a line and still give the stored checksum of sixteen blocks across them, and —
/// when nothing was appended since — whose modification time is the one stored (a change in
/// place by another program).
struct LogSource: Equatable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: Int64
  var modifiedNanoseconds: Int64

  /// Whether a log that stood as `stored` when its first `covered` bytes were indexed (with
  /// `checksum` of them) can still be read from there.
  func continues(_ stored: LogSource, covered: Int, checksum: UInt32, path: String) -> Bool {
    guard device == stored.device, inode == stored.inode, size >= Int64(covered) else {
      return false
    }
    if size == stored.size,
      modified != stored.modified || modifiedNanoseconds != stored.modifiedNanoseconds
    {
      return false
    }
    return Self.checksum(path, covered: covered) == checksum
  }

  /// The CRC-32 of sixteen 4 KB blocks spread evenly over the first `covered` bytes (all of
  /// them when fewer), the last ending at `covered`; nil when they cannot be read, or when
  /// the covered part does not end with a newline.
  static func checksum(_ path: String, covered: Int) -> UInt32? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    let block = 4096
    let blocks = 16
    var buffer = [UInt8](repeating: 0, count: block)
    var crc: UInt32 = 0
    var starts: [Int]
    if covered <= block * blocks {
      starts = Array(stride(from: 0, to: covered, by: block))
    } else {
      let step = (covered - block) / (blocks - 1)
      starts = (0..<blocks).map { $0 * step }
      starts[blocks - 1] = covered - block
    }
    var last: UInt8 = 0
    for start in starts {
      let length = min(block, covered - start)
      let count = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, length, off_t(start))
      }
      guard count == length else { return nil }
      crc = buffer.withUnsafeBufferPointer { liaison_crc32(crc, $0.baseAddress, length) }
      last = buffer[length - 1]
    }
    guard covered == 0 || last == UInt8(ascii: "\n") else { return nil }
    return crc
  }
}

extension LogSource {
  /// The log at `path` as it stands, or nil when there is none (or it is not a regular file:
  /// reading it then refuses it).
  init?(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    modified = Int64(status.st_mtim.tv_sec)
    modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
  }
}

extension LogSource {
  /// The source as a derived file records it: device, inode, size, modification time.
  func write(to out: inout IndexBytesWriter) {
    for value in [
      Int64(bitPattern: device), Int64(bitPattern: inode), size, modified, modifiedNanoseconds,
    ] {
      out.long(value)
    }
  }

  init(from reader: inout IndexBytesReader) throws(IndexBytesReader.Damaged) {
    device = UInt64(bitPattern: try reader.long())
    inode = UInt64(bitPattern: try reader.long())
    size = try reader.long()
    modified = try reader.long()
    modifiedNanoseconds = try reader.long()
  }
}
