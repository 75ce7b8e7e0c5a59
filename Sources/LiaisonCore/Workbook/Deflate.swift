import CZlib

/// DEFLATE and CRC-32 from the system zlib, on whole buffers with a known bound.
enum Deflate {
  /// Why an entry's bytes did not inflate.
  enum Failure: Error, Equatable {
    /// The data inflates to more than `limit` bytes.
    case tooLarge
    /// The data is not a complete DEFLATE stream.
    case corrupt
  }

  /// Inflates a raw DEFLATE stream, refusing to produce more than `limit` bytes.
  ///
  /// The output buffer is allocated at `limit` once, so a hostile stream that would expand
  /// without end stops there instead of exhausting memory.
  static func inflate(_ source: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
    var written = 0
    var status: Int32 = 0
    let output = [UInt8](unsafeUninitializedCapacity: max(limit, 1)) { buffer, count in
      source.withUnsafeBufferPointer { input in
        status = liaison_inflate_raw(
          input.baseAddress, input.count, buffer.baseAddress, limit, &written)
      }
      count = written
    }
    switch UInt32(status) {
    case LIAISON_INFLATE_OK.rawValue: return output
    case LIAISON_INFLATE_TOO_LARGE.rawValue: throw .tooLarge
    default: throw .corrupt
    }
  }

  /// `source` as a raw DEFLATE stream, or nil when zlib failed (out of memory).
  static func deflate(_ source: [UInt8]) -> [UInt8]? {
    let capacity = liaison_deflate_bound(source.count)
    var failed = false
    let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      count = source.withUnsafeBufferPointer { input in
        liaison_deflate_raw(input.baseAddress, input.count, buffer.baseAddress, capacity)
      }
      failed = count == 0 && !source.isEmpty
    }
    return failed ? nil : output
  }

  /// The CRC-32 a ZIP entry records for its uncompressed bytes.
  static func crc32<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
    let result = bytes.withContiguousStorageIfAvailable { buffer in
      liaison_crc32(0, buffer.baseAddress, buffer.count)
    }
    if let result { return result }
    let copy = Array(bytes)
    return copy.withUnsafeBufferPointer { liaison_crc32(0, $0.baseAddress, $0.count) }
  }
}
