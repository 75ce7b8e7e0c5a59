import Testing

@testable import LiaisonCore

@Suite struct SpreadsheetValueTests {
  @Test(arguments: [
    ("2026-11-23", "2026-11-23"),
    ("2026/11/23", "2026-11-23"),
    ("2026.11.23", "2026-11-23"),
    ("2026年11月23日", "2026-11-23"),
    ("20261123", "2026-11-23"),
    ("２０２６－１１－２３", "2026-11-23"),
    (" 2026/1/5 ", "2026-01-05"),
    ("46349", "2026-11-23"),
    ("46349.0", "2026-11-23"),
    ("46349.75", "2026-11-23"),
    ("2026-11-23 00:00:00", "2026-11-23"),
    ("2026/11/23 0:00", "2026-11-23"),
    ("2026-11-23T00:00:00", "2026-11-23"),
    ("2026/11/23 14:30", "2026-11-23"),
  ])
  func day(_ cell: String, _ expected: String) {
    #expect(SpreadsheetValue.day(cell)?.description == expected)
  }

  @Test(arguments: [
    "", "  ", "tomorrow", "2026-02-30", "2026-11", "2026.11", "0", "-5", "60", "2958466",
    "2026-11-23 24:00", "2026-11-23 noon", "2026/11/23 0:60", "46349.5.1", "12.5",
  ])
  func notADay(_ cell: String) {
    #expect(SpreadsheetValue.day(cell) == nil)
  }

  @Test(arguments: [
    (1, "1900-01-01"),
    (2, "1900-01-02"),
    (59, "1900-02-28"),
    (61, "1900-03-01"),
    (25569, "1970-01-01"),
    (46349, "2026-11-23"),
    (2_958_465, "9999-12-31"),
  ])
  func excelSerial(_ serial: Int, _ expected: String) {
    #expect(SpreadsheetValue.excelSerialDay(serial)?.description == expected)
    // In a date cell only five-digit serials count: "2026" or "59" there is a slip; and
    // only days a record can carry (1900–2099).
    let recordable = serial >= 10_000 && expected < "2100"
    #expect(SpreadsheetValue.day(String(serial))?.description == (recordable ? expected : nil))
  }

  @Test(arguments: [0, 60, -1, 2_958_466])
  func excelSerialOutsideTheCalendar(_ serial: Int) {
    // 60 is Lotus's 1900-02-29, a day that never was.
    #expect(SpreadsheetValue.excelSerialDay(serial) == nil)
  }

  @Test(arguments: [
    ("1990.05", "1990-05"),
    ("1990.5", "1990-05"),
    ("1990年5月", "1990-05"),
    ("1990-05", "1990-05"),
    ("199005", "1990-05"),
    ("1990/5", "1990-05"),
    ("１９９０．０５", "1990-05"),
    ("1990-05-17", "1990-05-17"),
    ("1990年5月17日", "1990-05-17"),
    ("19900517", "1990-05-17"),
    ("32988", "1990-04-25"),
    ("1990-05-17 00:00:00", "1990-05-17"),
  ])
  func birth(_ cell: String, _ expected: String) {
    #expect(SpreadsheetValue.birth(cell) == expected)
  }

  @Test(arguments: ["", "1990", "2026", "1990.13", "五月", "1990-02-30", "90.5"])
  func notABirth(_ cell: String) {
    #expect(SpreadsheetValue.birth(cell) == nil)
  }

  @Test(arguments: [
    ("13800138000", "13800138000"),
    ("138 0013 8000", "13800138000"),
    ("+86 138-0013-8000", "13800138000"),
    ("１３８００１３８０００", "13800138000"),
    ("13800138000.0", "13800138000"),
    ("'13800138000", "13800138000"),
    ("0570-1234567", "0570-1234567"),
    ("(0570)1234567", "0570-1234567"),
  ])
  func phone(_ cell: String, _ expected: String) throws {
    #expect(try SpreadsheetValue.phone(cell) == expected)
  }

  @Test(arguments: ["", "   ", "\u{3000}"])
  func emptyPhoneIsNil(_ cell: String) throws {
    #expect(try SpreadsheetValue.phone(cell) == nil)
  }

  @Test(arguments: ["1.3800138E+10", "1.38001E+10", "1.38E10", "1.38001e+10", "１．３８E＋１０"])
  func scientificPhoneIsRefused(_ cell: String) {
    #expect {
      try SpreadsheetValue.phone(cell, line: 7, field: "联系电话")
    } throws: { error in
      guard case .phoneTurnedIntoNumber(_, 7, "联系电话")? = error as? ImportError else {
        return false
      }
      return true
    }
  }

  @Test func scientificPhoneMessageGivesTheFix() throws {
    let error = try #require(throws: ImportError.self) {
      try SpreadsheetValue.phone("1.38001E+10", line: 7, field: "联系电话")
    }
    #expect(error.exitStatus == .dataError)
    #expect(error.message.en.hasPrefix("Line 7, column 联系电话: '1.38001E+10' is a phone number"))
    #expect(error.message.en.contains("digits are lost"))
    #expect(error.message.en.contains("Format the column as Text"))
    #expect(error.message.zh.hasPrefix("第 7 行“联系电话”列：'1.38001E+10' 是被表格软件转换成数字的电话号码"))
    #expect(error.message.zh.contains("“文本”格式"))
  }

  @Test(arguments: ["12345", "abc", "13800138000.5", "1380013800", "138001380001"])
  func invalidPhoneIsRefused(_ cell: String) {
    #expect(throws: ImportError.invalidPhone(value: cell, line: 3, field: "电话")) {
      try SpreadsheetValue.phone(cell, line: 3, field: "电话")
    }
  }

  @Test func phoneMessagesWithoutALocation() {
    let message = ImportError.invalidPhone(value: "12345", line: nil, field: nil).message
    #expect(message.en.hasPrefix("'12345' is not a phone number."))
    #expect(message.zh.hasPrefix("'12345' 不是有效的电话号码。"))
    let lineOnly = ImportError.phoneTurnedIntoNumber(value: "1E+10", line: 4, field: nil).message
    #expect(lineOnly.en.hasPrefix("Line 4: '1E+10'"))
    #expect(lineOnly.zh.hasPrefix("第 4 行：'1E+10'"))
  }

  @Test(arguments: [
    ("3", 3), ("3.0", 3), ("3.00", 3), ("３", 3), ("3人", 3), ("3 口", 3), (" 12 ", 12),
    ("0", 0), ("5.0人", 5),
  ])
  func integer(_ cell: String, _ expected: Int) {
    #expect(SpreadsheetValue.integer(cell) == expected)
  }

  @Test(arguments: ["", "三", "3.5", "-3", "3人口", "3个", "3.", ".0", "1e3", "9999999999"])
  func notAnInteger(_ cell: String) {
    #expect(SpreadsheetValue.integer(cell) == nil)
  }

  @Test(arguments: [
    ("李四、王五、赵六", ["李四", "王五", "赵六"]),
    ("低保户；独居老人;残疾人", ["低保户", "独居老人", "残疾人"]),
    ("a, b，c", ["a", "b", "c"]),
    ("李四 王五\u{3000}赵六", ["李四", "王五", "赵六"]),
    ("、李四、、王五、", ["李四", "王五"]),
    ("", []),
    ("  ", []),
    ("张三", ["张三"]),
  ])
  func list(_ cell: String, _ expected: [String]) {
    #expect(SpreadsheetValue.list(cell) == expected)
  }
}
