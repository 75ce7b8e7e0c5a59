import Testing

@testable import LiaisonCore

/// One file as it might arrive, and what reading it must give.
struct CSVCase: Sendable, CustomTestStringConvertible {
  enum Outcome: Sendable {
    case table(CSVTable)
    case failure(ImportError)
  }

  var name: String
  var bytes: [UInt8]
  var forced: CSVEncoding? = nil
  var separator: Character? = nil
  var outcome: Outcome

  var testDescription: String { name }

  static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

  static func utf16LE(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  static func table(
    _ header: [String], _ rows: [(Int, [String])], separator: Character = ",", headerLine: Int = 1
  ) -> Outcome {
    .table(
      CSVTable(
        separator: separator, headerLine: headerLine, header: header,
        rows: rows.map { CSVRow(line: $0.0, cells: $0.1) }))
  }

  static let all: [CSVCase] = [
    CSVCase(
      name: "plain CRLF", bytes: utf8("姓名,电话\r\n张三,13800138000\r\n"),
      outcome: table(["姓名", "电话"], [(2, ["张三", "13800138000"])])),
    CSVCase(
      name: "quoted comma", bytes: utf8("姓名,地址\n张三,\"杭州市,西湖区\"\n"),
      outcome: table(["姓名", "地址"], [(2, ["张三", "杭州市,西湖区"])])),
    CSVCase(
      name: "escaped quotes", bytes: utf8("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"),
      outcome: table(["a", "b"], [(2, ["say \"hi\"", "\""])])),
    CSVCase(
      name: "LF inside quotes", bytes: utf8("a,b\n\"l1\nl2\",x\ny,z\n"),
      outcome: table(["a", "b"], [(2, ["l1\nl2", "x"]), (4, ["y", "z"])])),
    CSVCase(
      name: "CRLF inside quotes", bytes: utf8("a,b\r\n\"l1\r\nl2\",x\r\ny,z\r\n"),
      outcome: table(["a", "b"], [(2, ["l1\r\nl2", "x"]), (4, ["y", "z"])])),
    CSVCase(
      name: "CR inside quotes, CR records, no final newline",
      bytes: utf8("a,b\r\"l1\rl2\",x\ry,z"),
      outcome: table(["a", "b"], [(2, ["l1\rl2", "x"]), (4, ["y", "z"])])),
    CSVCase(
      name: "missing final newline", bytes: utf8("a,b\n1,2"),
      outcome: table(["a", "b"], [(2, ["1", "2"])])),
    CSVCase(
      name: "empty cells and trailing separator", bytes: utf8("a,b,c\n\"\",x,\n"),
      outcome: table(["a", "b", "c"], [(2, ["", "x", ""])])),
    CSVCase(
      name: "spaces around a quoted cell", bytes: utf8("a,b\n1, \"x,y\" \n"),
      outcome: table(["a", "b"], [(2, ["1", "x,y"])])),
    CSVCase(
      name: "blank lines skipped", bytes: utf8("\n\r\na,b\n\n1,2\n,,\n  \n3,4"),
      outcome: table(["a", "b"], [(5, ["1", "2"]), (8, ["3", "4"])], headerLine: 3)),
    CSVCase(
      name: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + utf8("姓名,电话\n张三,1\n"),
      outcome: table(["姓名", "电话"], [(2, ["张三", "1"])])),
    CSVCase(
      name: "UTF-16LE tab-separated (Excel Unicode Text)",
      bytes: [0xFF, 0xFE] + utf16LE("姓名\t电话\t地址\r\n张三\t13800138000\t杭州,西湖\r\n"),
      outcome: table(
        ["姓名", "电话", "地址"], [(2, ["张三", "13800138000", "杭州,西湖"])], separator: "\t")),
    CSVCase(
      name: "GB18030 with a 4-byte and a GBK-only character",
      bytes: [0xD0, 0xD5, 0xC3, 0xFB] + utf8(",note\r\n") + [0xE9, 0x46] + utf8(",")
        + [0x95, 0x32, 0x82, 0x36] + utf8("\r\n") + [0xD6, 0xD0, 0xCE, 0xC4] + utf8(",x\r\n"),
      outcome: table(["姓名", "note"], [(2, ["镕", "𠀀"]), (3, ["中文", "x"])])),
    CSVCase(
      name: "ragged rows are returned", bytes: utf8("a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n"),
      outcome: table(
        ["a", "b", "c"],
        [(2, ["1", "2"]), (3, ["1", "2", "3", "4"]), (4, ["1", "2", "3", "", ""])])),
    CSVCase(name: "empty file", bytes: [], outcome: .failure(.emptyFile)),
    CSVCase(name: "only blank lines", bytes: utf8("\n\r\n,,\n"), outcome: .failure(.emptyFile)),
    CSVCase(name: "header only", bytes: utf8("姓名,电话\r\n"), outcome: table(["姓名", "电话"], [])),
    CSVCase(
      name: "duplicated header after normalisation", bytes: utf8("姓名,电话,电 话（必填）\n张三,1,2\n"),
      outcome: .failure(.duplicateHeader(line: 1, header: "电话", columns: [2, 3]))),
    CSVCase(
      name: "formula cells are kept raw", bytes: utf8("a,b\n'=SUM(A1),'13800138000\n"),
      outcome: table(["a", "b"], [(2, ["'=SUM(A1)", "'13800138000"])])),
    CSVCase(
      name: "semicolon detected", bytes: utf8("a;b;c\n1;2,5;3\n"),
      outcome: table(["a", "b", "c"], [(2, ["1", "2,5", "3"])], separator: ";")),
    CSVCase(
      name: "tab detected", bytes: utf8("a\tb\n1\t2,3\n"),
      outcome: table(["a", "b"], [(2, ["1", "2,3"])], separator: "\t")),
    CSVCase(
      name: "tie prefers comma", bytes: utf8("a,b;c\n1,2;3\n"),
      outcome: table(["a", "b;c"], [(2, ["1", "2;3"])])),
    CSVCase(
      name: "separators inside quotes do not count", bytes: utf8("\"a;b;c\",d\n1,2\n"),
      outcome: table(["a;b;c", "d"], [(2, ["1", "2"])])),
    CSVCase(
      name: "given separator", bytes: utf8("a|b\n1|2,3\n"), separator: "|",
      outcome: table(["a", "b"], [(2, ["1", "2,3"])], separator: "|")),
    CSVCase(
      name: "unterminated quote", bytes: utf8("a,b\n1,2\n3,\"open\n4,5\n"),
      outcome: .failure(.unterminatedQuote(line: 3))),
    CSVCase(
      name: "stray quote", bytes: utf8("a,b\n1,2\n3,5\"x\n"),
      outcome: .failure(.strayQuote(line: 3, column: 2))),
    CSVCase(
      name: "text after a closing quote", bytes: utf8("a,b\n\"x\"y,1\n"),
      outcome: .failure(.textAfterQuote(line: 2, column: 1))),
    CSVCase(
      name: "stray quote after a multi-line cell", bytes: utf8("a,b\n\"1\n2\",3\"\n"),
      outcome: .failure(.strayQuote(line: 3, column: 2))),
    CSVCase(
      name: "bad byte after a UTF-8 BOM",
      bytes: [0xEF, 0xBB, 0xBF] + utf8("a,b\r\n1,2\r\n") + [0xC3, 0x28] + utf8("\r\n"),
      outcome: .failure(.undecodable(line: 3, encoding: .utf8, forced: false))),
    CSVCase(
      name: "bytes valid in neither UTF-8 nor GB18030",
      bytes: utf8("a,b\n1,2\r3,4\n") + [0xD6, 0xD0, 0xFF] + utf8("\n"),
      outcome: .failure(.undecodable(line: 4, encoding: .gb18030, forced: false))),
    CSVCase(
      name: "forced UTF-8 on a GBK file", bytes: utf8("a,b\n") + [0xD6, 0xD0, 0xCE, 0xC4],
      forced: .utf8, outcome: .failure(.undecodable(line: 2, encoding: .utf8, forced: true))),
    CSVCase(
      name: "forced GBK", bytes: utf8("a\n") + [0xD6, 0xD0], forced: .gb18030,
      outcome: table(["a"], [(2, ["中"])])),
  ]
}
