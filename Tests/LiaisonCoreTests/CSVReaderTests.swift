import Foundation
import Testing

@testable import LiaisonCore

@Suite struct CSVReaderTests {
  @Test(arguments: CSVCase.all)
  func readsFile(_ test: CSVCase) throws {
    let read = {
      let text = try TextDecoding.decode(Data(test.bytes), forced: test.forced).text
      return try CSVReader(separator: test.separator).read(text)
    }
    switch test.outcome {
    case .table(let expected):
      #expect(try read() == expected)
    case .failure(let expected):
      #expect(throws: expected) { try read() }
    }
  }

  @Test func raggedRowsAreListedForTheCaller() throws {
    let table = try CSVReader().read("a,b,c\n1,2\n1,2,3\n1,2,3,4\n1,2,3,,\n")
    let ragged = table.raggedRows()
    #expect(ragged.map(\.line) == [2, 4])
    #expect(ragged.map(\.count) == [2, 4])
    #expect(table.rows[0][2] == "")
    #expect(throws: ImportError.raggedRow(line: 2, count: 2, expected: 3)) {
      try table.requireRectangular()
    }
    let message = ImportError.raggedRow(line: 2, count: 2, expected: 3).message
    #expect(message.en.hasPrefix("Line 2 has 2 cells, but the header has 3."))
    #expect(message.zh.hasPrefix("第 2 行有 2 个单元格，但表头有 3 个。"))
  }

  @Test func rectangularTablePasses() throws {
    let table = try CSVReader().read("a,b\n1,2\n3,4,\n")
    #expect(table.raggedRows().isEmpty)
    try table.requireRectangular()
  }

  @Test func byteOrderMarkLeftInTextIsStripped() throws {
    let table = try CSVReader().read("\u{FEFF}姓名,电话\n张三,1")
    #expect(table.header == ["姓名", "电话"])
  }

  @Test(arguments: ["\"", "\n", "\r\n"] as [Character])
  func unusableSeparatorIsAUsageError(_ separator: Character) {
    #expect(throws: ImportError.unusableSeparator(separator)) {
      try CSVReader(separator: separator).read("a,b\n")
    }
    #expect(ImportError.unusableSeparator(separator).exitStatus == .usage)
  }

  @Test func messagesNameTheLineInBothLanguages() {
    let quote = ImportError.unterminatedQuote(line: 12).message
    #expect(quote.en.hasPrefix("The quote opened on line 12 is never closed"))
    #expect(quote.zh.hasPrefix("第 12 行开始的引号没有闭合"))
    let stray = ImportError.strayQuote(line: 4, column: 28).message
    #expect(stray.en.hasPrefix("Line 4, column 28 (AB):"))
    #expect(stray.zh.hasPrefix("第 4 行第 28 列（AB 列）："))
    let duplicate = ImportError.duplicateHeader(line: 1, header: "电话", columns: [2, 5]).message
    #expect(duplicate.en.contains("column 2 (B), column 5 (E)"))
    #expect(duplicate.zh.contains("第 2 列（B 列）、第 5 列（E 列）"))
    #expect(ImportError.emptyFile.message.zh.hasPrefix("文件为空"))
    for error in [
      ImportError.emptyFile, .unterminatedQuote(line: 1), .strayQuote(line: 1, column: 1),
    ] {
      #expect(error.exitStatus == .dataError)
      #expect(error.errorDescription == error.message.en)
    }
  }

  @Test(arguments: [
    (1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"),
  ])
  func spreadsheetColumnLetters(_ number: Int, _ letters: String) {
    #expect(ImportError.spreadsheetLetters(number) == letters)
  }

  @Test(arguments: [
    ("'=SUM(A1)", "=SUM(A1)"),
    ("  '=SUM(A1) ", "=SUM(A1)"),
    ("'+86 138", "+86 138"),
    ("'-1+2", "-1+2"),
    ("'@cmd", "@cmd"),
    ("'13800138000", "13800138000"),
    ("'0571", "0571"),
    ("'１３８００１３８０００", "13800138000"),
    ("１３８", "138"),
    ("  张三  ", "张三"),
    ("\u{3000}张三\u{3000}", "张三"),
    ("'123", "'123"),
    ("'hello", "'hello"),
    ("'", "'"),
    ("村（社区）", "村（社区）"),
    ("", ""),
  ])
  func cleanCell(_ raw: String, _ expected: String) {
    #expect(CSVReader.cleanCell(raw) == expected)
  }
}
