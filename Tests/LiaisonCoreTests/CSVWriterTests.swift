import Testing

@testable import LiaisonCore

@Suite struct CSVWriterTests {
  let csv = CSVWriter()

  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("张三", "张三"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("line1\r\nline2", "\"line1\r\nline2\""),
    ("line1\nline2", "\"line1\nline2\""),
    ("cr\ronly", "\"cr\ronly\""),
    (" leading", "\" leading\""),
    ("trailing ", "\"trailing \""),
    ("inner space", "inner space"),
    ("杭州市，西湖区", "杭州市，西湖区"),
  ])
  func quotesOnlyWhenNeeded(value: String, expected: String) {
    #expect(csv.field(value) == expected)
  }

  /// Which fields are quoted is decided on UTF-8 bytes for an ASCII separator: held to the
  /// scalar-by-scalar rule for every separator kind over texts of every kind.
  @Test(arguments: [",", "\t", ";", "，", "\r\n", "e\u{301}"] as [Character])
  func quotingByBytesIsQuotingByScalars(separator: Character) {
    let writer = CSVWriter(separator: separator)
    let special = Set(separator.unicodeScalars).union(["\"", "\r", "\n"])
    let corpus = [
      "", " ", "plain", "张三", " 前", "后 ", "a,b", "a;b", "a\tb", "杭州市，西湖区", "say \"hi\"",
      "cr\ronly", "lf\nonly", "e\u{301}", "x\u{301}y", "\"\u{301}", "👩‍👩‍👧", "\u{1B}[31m", "\u{3000}",
      "=1+1", "0571", "-5", "'quoted", "\r\n", "tab\t end ",
    ]
    for text in corpus {
      let scalars = text.unicodeScalars
      let byScalars =
        scalars.contains(where: special.contains) || scalars.first == " " || scalars.last == " "
      let field = writer.field(text)
      #expect(field.hasPrefix("\"") == byScalars, "\(text.debugDescription)")
      if !byScalars { #expect(field == text || field == "'" + text, "\(text.debugDescription)") }
    }
  }

  @Test func lineJoinsWithSeparatorAndEndsInCRLF() {
    #expect(csv.line(["a", "b,c", "张三"]) == "a,\"b,c\",张三\r\n")
    #expect(csv.line([]) == "\r\n")
    #expect(csv.line(["", ""]) == ",\r\n")
  }

  @Test func customSeparator() {
    let semicolon = CSVWriter(separator: ";")
    #expect(semicolon.line(["a;b", "c,d"]) == "\"a;b\";c,d\r\n")
    let tab = CSVWriter(separator: "\t")
    #expect(tab.line(["a b", "c\td"]) == "a b\t\"c\td\"\r\n")
  }

  @Test func documentStartsWithTheByteOrderMarkUnlessToldNot() {
    let document = csv.document(header: ["姓名", "电话"], rows: [["张三", "13800138000"], ["李四", ""]])
    #expect(document == "\u{FEFF}姓名,电话\r\n张三,'13800138000\r\n李四,\r\n")
    #expect(Array(document.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let bare = csv.document(header: ["姓名"], rows: [], byteOrderMark: false)
    #expect(bare == "姓名\r\n")
    #expect(csv.document(header: [], rows: [["x"]], byteOrderMark: false) == "x\r\n")
  }

  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"),
    ("+86 138", "'+86 138"),
    ("@cmd", "'@cmd"),
    ("-1+2", "'-1+2"),
    ("-", "'-"),
    ("\tx", "'\tx"),
    ("\rx", "\"'\rx\""),
    ("=A1,B1", "\"'=A1,B1\""),
    ("-5", "-5"),
    ("-3.25", "-3.25"),
    ("42", "42"),
    ("0", "0"),
    ("1234567890", "1234567890"),
    ("13800138000", "'13800138000"),
    ("330102199001011234", "'330102199001011234"),
    ("0571", "'0571"),
    ("33010219900101123X", "33010219900101123X"),
    ("张三", "张三"),
    ("", ""),
  ])
  func everyFieldIsGuardedAgainstFormulasAndNumbers(value: String, expected: String) {
    #expect(csv.field(value) == expected)
  }

  @Test func everySpecialCharacterRoundTrips() {
    let nasty = " a,\"b\"\r\nc\" "
    let field = csv.field(nasty)
    #expect(field == "\" a,\"\"b\"\"\r\nc\"\" \"")
    #expect(parse(field) == nasty)
  }

  @Test func quoteInsideAGraphemeIsStillDoubled() {
    // A combining mark after the quote makes one Character; it must still be escaped.
    let value = "x\"\u{301}y"
    #expect(csv.field(value) == "\"x\"\"\u{301}y\"")
  }

  /// Undoes RFC 4180 quoting for a single field, to prove the output is readable.
  private func parse(_ field: String) -> String? {
    let scalars = Array(field.unicodeScalars)
    guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
    var result = String.UnicodeScalarView()
    var index = 1
    while index < scalars.count - 1 {
      if scalars[index] == "\"" {
        guard scalars[index + 1] == "\"" else { return nil }
        index += 1
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }
}
