/// What an input file is, from its first bytes rather than its name: clerks rename files,
/// and a workbook saved as `名册.csv` must not be read as text in the wrong encoding.
enum FileSignature: Equatable {
  /// A ZIP archive: an .xlsx workbook (or another ZIP, which the workbook reader refuses).
  case zip
  /// An OLE compound file: an .xls or WPS .et workbook, or an .xlsx protected by a password
  /// (Office encrypts the whole package into one).
  case compoundFile
  /// Anything else: CSV text, or JSON.
  case text

  init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    let head = Array(bytes.prefix(8))
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      self = .zip
    } else if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
      self = .compoundFile
    } else {
      self = .text
    }
  }
}
