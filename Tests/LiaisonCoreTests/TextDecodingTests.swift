import Foundation
import Testing

@testable import LiaisonCore

@Suite struct TextDecodingTests {
  func decode(
    _ bytes: [UInt8], forced: CSVEncoding? = nil
  ) throws -> (
    text: String, encoding: CSVEncoding
  ) {
    try TextDecoding.decode(Data(bytes), forced: forced)
  }

  func utf16LE(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test(arguments: [
    ("utf8", CSVEncoding.utf8), ("UTF-8", .utf8), ("utf_8", .utf8),
    ("gbk", .gb18030), ("GB2312", .gb18030), ("gb18030", .gb18030), ("ansi", .gb18030),
    ("utf16", .utf16le), ("UTF-16LE", .utf16le), ("unicode", .utf16le), (" Unicode ", .utf16le),
    ("ｕｔｆ８", .utf8),
  ])
  func userValues(_ text: String, _ expected: CSVEncoding) {
    #expect(CSVEncoding(userValue: text) == expected)
  }

  @Test(arguments: ["", "latin1", "utf32", "big5", "utf-16be"])
  func unknownUserValues(_ text: String) {
    #expect(CSVEncoding(userValue: text) == nil)
  }

  @Test func utf8MarkIsDropped() throws {
    let result = try decode([0xEF, 0xBB, 0xBF] + Array("姓名".utf8))
    #expect(result.text == "姓名")
    #expect(result.encoding == .utf8)
  }

  @Test func utf16MarkMeansUTF16LE() throws {
    let result = try decode([0xFF, 0xFE] + utf16LE("姓名\t𠀀\r\n"))
    #expect(result.text == "姓名\t𠀀\r\n")
    #expect(result.encoding == .utf16le)
  }

  @Test func unmarkedUTF8IsUTF8() throws {
    let result = try decode(Array("张三,13800138000\n".utf8))
    #expect(result == ("张三,13800138000\n", .utf8))
  }

  @Test func emptyDataIsEmptyUTF8() throws {
    #expect(try decode([]) == ("", .utf8))
  }

  @Test func notUTF8FallsBackToGB18030() throws {
    // 中文, then 𠀀 (4 bytes) and 镕 (in GBK, not GB2312).
    let result = try decode([0xD6, 0xD0, 0xCE, 0xC4, 0x2C, 0x95, 0x32, 0x82, 0x36, 0xE9, 0x46])
    #expect(result.text == "中文,𠀀镕")
    #expect(result.encoding == .gb18030)
  }

  @Test func forcedEncodingSkipsTheGuess() throws {
    // Plain ASCII is valid in all three; the forced choice is reported back.
    #expect(try decode(Array("a,b".utf8), forced: .gb18030) == ("a,b", .gb18030))
    #expect(try decode(utf16LE("姓名"), forced: .utf16le) == ("姓名", .utf16le))
    // A forced UTF-8 still drops its mark.
    #expect(try decode([0xEF, 0xBB, 0xBF, 0x61], forced: .utf8) == ("a", .utf8))
  }

  @Test(
    arguments: [
      // (bytes, line): LF, CR and CRLF each end a line.
      ([0x61, 0x0A, 0x62, 0x0A, 0xFF], 3),
      ([0x61, 0x0D, 0x62, 0x0D, 0x0A, 0x63, 0x0D, 0xD6, 0xFF], 4),
      ([0xFF, 0x0A, 0x61], 1),
      // A lead byte cut off by the line break.
      ([0x61, 0x0A, 0xD6, 0x0A, 0xD0], 2),
    ] as [([UInt8], Int)])
  func gb18030FailureNamesTheLine(_ bytes: [UInt8], _ line: Int) {
    #expect(throws: ImportError.undecodable(line: line, encoding: .gb18030, forced: false)) {
      try decode(bytes)
    }
  }

  @Test func utf16FailuresNameTheLine() {
    // An unpaired high surrogate on line 2.
    let unpaired = [0xFF, 0xFE] + utf16LE("a\r\n") + [0x3D, 0xD8] + utf16LE("b\r\n")
    #expect(throws: ImportError.undecodable(line: 2, encoding: .utf16le, forced: false)) {
      try decode(unpaired)
    }
    // An odd number of bytes: the last character is cut in half.
    let odd = [0xFF, 0xFE] + utf16LE("a\nb\nc") + [0x61]
    #expect(throws: ImportError.undecodable(line: 3, encoding: .utf16le, forced: false)) {
      try decode(odd)
    }
  }

  @Test func forcedFailureIsReportedAsForced() {
    #expect(throws: ImportError.undecodable(line: 2, encoding: .utf8, forced: true)) {
      try decode(Array("a\n".utf8) + [0xD6, 0xD0], forced: .utf8)
    }
    #expect(throws: ImportError.undecodable(line: 1, encoding: .utf16le, forced: true)) {
      try decode([0x61, 0x62, 0x63], forced: .utf16le)
    }
  }

  @Test func undecodableMessagesSayWhatToDo() {
    let guessed = ImportError.undecodable(line: 7, encoding: .gb18030, forced: false).message
    #expect(guessed.en.hasPrefix("The file is not UTF-8, and line 7 cannot be read as GB18030"))
    #expect(guessed.en.contains("--encoding utf8"))
    #expect(guessed.en.contains("CSV UTF-8"))
    #expect(guessed.zh.hasPrefix("文件不是 UTF-8 编码，第 7 行也无法按 GB18030"))
    #expect(guessed.zh.contains("--encoding gbk"))

    let forced = ImportError.undecodable(line: 3, encoding: .utf16le, forced: true).message
    #expect(
      forced.en.hasPrefix("Line 3 cannot be read as UTF-16LE, the encoding given with --encoding."))
    #expect(forced.zh.hasPrefix("第 3 行无法按 --encoding 指定的 UTF-16LE 编码读取。"))

    let marked = ImportError.undecodable(line: 2, encoding: .utf8, forced: false).message
    #expect(
      marked.en.hasPrefix("The file starts with a UTF-8 mark, but line 2 is not valid UTF-8."))
    #expect(
      ImportError.undecodable(line: 2, encoding: .utf8, forced: false).exitStatus == .dataError)
  }
}

/// Issue #14, point 13: UTF-16 without its byte order mark is read as UTF-16, not taken
/// for UTF-8 with zero bytes in it (which then found "no column for 户主").
@Suite struct UTF16WithoutMarkTests {
  @Test func utf16WithoutItsMarkIsReadAsUTF16() throws {
    let data = Data("户主,村\n钱叔,凤林村\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let (text, encoding) = try TextDecoding.decode(data)
    #expect(encoding == .utf16le)
    #expect(text == "户主,村\n钱叔,凤林村\n")
  }
}
