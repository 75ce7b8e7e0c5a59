/// Writes a ZIP archive of deflated entries, as an .xlsx package is.
///
/// Every entry carries the same fixed date, so the same workbook content always gives the
/// same bytes: an export exported again after a round trip compares equal, and a backup of
/// unchanged data does not look changed.
struct ZipWriter {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// 2026-01-01 00:00 in MS-DOS form (date bits: years since 1980, month, day).
  private static let dosTime: UInt16 = 0
  private static let dosDate: UInt16 = UInt16((2026 - 1980) << 9 | 1 << 5 | 1)

  /// Adds `content` under `name`, deflated (stored when deflating does not make it smaller).
  mutating func add(_ name: String, _ content: [UInt8]) {
    let nameBytes = Array(name.utf8)
    let crc = Deflate.crc32(content)
    var method: UInt16 = 8
    var stored = Deflate.deflate(content) ?? content
    if stored.count >= content.count {
      method = 0
      stored = content
    }
    let offset = output.count
    // Local header: signature, version 2.0, the shared fields, no extra field.
    Self.append32(&output, 0x0403_4B50)
    Self.append16(&output, 20)
    Self.appendCommonFields(&output, method, crc, stored.count, content.count, nameBytes.count)
    Self.append16(&output, 0)
    output += nameBytes
    output += stored

    Self.append32(&directory, 0x0201_4B50)
    Self.append16(&directory, 20)  // made by: MS-DOS, 2.0
    Self.append16(&directory, 20)
    Self.appendCommonFields(&directory, method, crc, stored.count, content.count, nameBytes.count)
    Self.append16(&directory, 0)  // extra
    Self.append16(&directory, 0)  // comment
    Self.append16(&directory, 0)  // disk
    Self.append16(&directory, 0)  // internal attributes
    Self.append32(&directory, 0)  // external attributes
    Self.append32(&directory, UInt32(offset))
    directory += nameBytes
    count += 1
  }

  /// The finished archive: entries, central directory, end record.
  func finished() -> [UInt8] {
    var bytes = output
    let directoryOffset = bytes.count
    bytes += directory
    Self.append32(&bytes, 0x0605_4B50)
    Self.append16(&bytes, 0)
    Self.append16(&bytes, 0)
    Self.append16(&bytes, UInt16(count))
    Self.append16(&bytes, UInt16(count))
    Self.append32(&bytes, UInt32(directory.count))
    Self.append32(&bytes, UInt32(directoryOffset))
    Self.append16(&bytes, 0)
    return bytes
  }

  /// The fields local headers and directory records share: flags (UTF-8 names), method,
  /// time, date, CRC, sizes and the name's length.
  private static func appendCommonFields(
    _ bytes: inout [UInt8], _ method: UInt16, _ crc: UInt32, _ compressed: Int, _ size: Int,
    _ nameLength: Int
  ) {
    append16(&bytes, 1 << 11)
    append16(&bytes, method)
    append16(&bytes, dosTime)
    append16(&bytes, dosDate)
    append32(&bytes, crc)
    append32(&bytes, UInt32(compressed))
    append32(&bytes, UInt32(size))
    append16(&bytes, UInt16(nameLength))
  }

  private static func append16(_ bytes: inout [UInt8], _ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  private static func append32(_ bytes: inout [UInt8], _ value: UInt32) {
    append16(&bytes, UInt16(value & 0xFFFF))
    append16(&bytes, UInt16(value >> 16))
  }
}
