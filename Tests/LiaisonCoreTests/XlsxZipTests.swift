import Foundation
import Testing

@testable import LiaisonCore

/// The ZIP container: what the writer makes the reader reads back, and hostile archives are
/// refused with a bound instead of read.
@Suite struct XlsxZipTests {
  @Test func writtenEntriesReadBackStoredOrDeflated() throws {
    var zip = ZipWriter()
    let text = Array(String(repeating: "党员名册 13800138000\n", count: 500).utf8)
    zip.add("xl/worksheets/sheet1.xml", text)
    zip.add("tiny", [1])
    zip.add("empty", [])
    let bytes = zip.finished()
    #expect(bytes.count < text.count / 5)
    let archive = try ZipArchive(bytes)
    #expect(try archive.data("XL/Worksheets/Sheet1.xml") == text)
    #expect(try archive.data("tiny") == [1])
    #expect(try archive.data("empty") == [])
    #expect(try archive.data("missing") == nil)
    #expect(archive.entries["tiny"]?.method == 0)
    #expect(archive.entries["xl/worksheets/sheet1.xml"]?.method == 8)
  }

  @Test func theSameContentGivesTheSameBytes() {
    func archive() -> [UInt8] {
      var zip = ZipWriter()
      zip.add("a.xml", Array("<a/>".utf8))
      return zip.finished()
    }
    #expect(archive() == archive())
  }

  @Test func zlibsOwnStreamsInflate() throws {
    // An empty file as other zippers deflate it, and a stream cut short.
    #expect(try Deflate.inflate([0x03, 0x00], limit: 0) == [])
    let text = Array("联系电话 13800138000 ".utf8)
    let deflated = try #require(Deflate.deflate(text))
    #expect(try Deflate.inflate(deflated[...], limit: text.count) == text)
    #expect(throws: Deflate.Failure.corrupt) {
      try Deflate.inflate(deflated.dropLast(3), limit: text.count)
    }
    #expect(throws: Deflate.Failure.tooLarge) {
      try Deflate.inflate(deflated[...], limit: text.count - 1)
    }
    #expect(Deflate.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test func aCorruptedEntryFailsItsCRC() throws {
    var zip = ZipWriter()
    zip.add("a.xml", Array("<a>stored as is</a>".utf8))
    var bytes = zip.finished()
    // The stored content starts after the 30-byte local header and the 5-byte name.
    bytes[30 + 5 + 3] ^= 0x20
    #expect(throws: WorkbookProblem.damaged("a.xml: CRC")) { try ZipArchive(bytes).data("a.xml") }
  }

  @Test func anEntryThatExpandsPastWhatItClaimsStopsThere() throws {
    var zip = ZipWriter()
    zip.add("big.xml", [UInt8](repeating: 65, count: 100_000))
    var bytes = zip.finished()
    try setSize(of: "big.xml", to: 1_000, in: &bytes)
    #expect(throws: WorkbookProblem.damaged("big.xml is larger than it says")) {
      try ZipArchive(bytes).data("big.xml")
    }
  }

  @Test func aCompressionBombIsRefusedBeforeInflating() throws {
    var zip = ZipWriter()
    zip.add("bomb.xml", [UInt8](repeating: 0, count: 2 << 20))
    var bytes = zip.finished()
    try setSize(of: "bomb.xml", to: 200 << 20, in: &bytes)
    #expect(throws: WorkbookProblem.compressionBomb(part: "bomb.xml")) {
      try ZipArchive(bytes).data("bomb.xml")
    }
    try setSize(of: "bomb.xml", to: 1 << 30, in: &bytes)
    #expect(throws: WorkbookProblem.partTooLarge(part: "bomb.xml", limit: ZipArchive.entryLimit)) {
      try ZipArchive(bytes).data("bomb.xml")
    }
  }

  @Test func truncatedOrForeignBytesAreDamaged() {
    var zip = ZipWriter()
    zip.add("a.xml", Array("<a/>".utf8))
    let bytes = zip.finished()
    #expect(throws: WorkbookProblem.self) { try ZipArchive(Array(bytes.prefix(bytes.count - 30))) }
    #expect(throws: WorkbookProblem.damaged("no central directory")) {
      try ZipArchive(Array("PK\u{3}\u{4} not really a zip file at all".utf8))
    }
  }

  @Test func fileSignaturesTellWorkbooksFromText() {
    #expect(FileSignature(Array("PK\u{3}\u{4}rest".utf8)) == .zip)
    #expect(FileSignature([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]) == .compoundFile)
    #expect(FileSignature(Array("姓名,电话\n".utf8)) == .text)
    #expect(FileSignature([UInt8]()) == .text)
  }

  /// Rewrites the uncompressed size the central directory records for `name`.
  private func setSize(of name: String, to size: UInt32, in bytes: inout [UInt8]) throws {
    let archive = try ZipArchive(bytes)
    let entry = try #require(archive.entries[name])
    let directory = bytes.count - 22 - (46 + name.utf8.count)
    #expect(entry.localHeaderOffset == 0)
    for (offset, shift) in [(0, 0), (1, 8), (2, 16), (3, 24)] {
      bytes[directory + 24 + offset] = UInt8((size >> UInt32(shift)) & 0xFF)
    }
  }
}
