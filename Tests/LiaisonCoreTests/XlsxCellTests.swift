import Testing

@testable import LiaisonCore

/// Number and date cells read as the text the CSV path would have read.
@Suite struct XlsxCellTests {
  let formats = CellFormats()

  @Test(arguments: [
    ("13800138000", "13800138000"), ("1.3800138E10", "13800138000"),
    ("13800138000.0", "13800138000"), ("2", "2"), ("2.5", "2.5"), ("0.30000000000000004", "0.3"),
    ("-4", "-4"), ("3.30881195001011E+017", "330881195001011000"),
  ])
  func numbersReadWithoutPointZeroOrExponent(_ value: String, _ text: String) {
    #expect(formats.text(number: value, style: 0) == text)
  }

  @Test(arguments: [
    (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (46349, "2026-11-23"),
  ])
  func dateSerialsSkipExcelsLeapDayOf1900(_ serial: Int, _ day: String) {
    #expect(formats.dateText(Double(serial)) == day)
  }

  @Test func theDayThatNeverWasAndTimesOfDay() {
    #expect(formats.dateText(60) == nil)
    #expect(formats.dateText(46349.5) == "2026-11-23 12:00")
    #expect(formats.dateText(0.75) == "18:00")
    var mac = CellFormats()
    mac.uses1904 = true
    #expect(mac.dateText(0) == "1904-01-01")
  }

  @Test(arguments: [
    ("yyyy\\-mm\\-dd", CellFormats.Shape.date), ("yyyy\"年\"m\"月\"d\"日\"", .date),
    ("[$-804]yyyy/m/d", .date), ("h:mm", .date), ("yyyy-mm", .month), ("yyyy\"年\"m\"月\"", .month),
    ("General", .number), ("0.00", .number), ("\"元\"#,##0", .number), ("@", .number),
    ("[Red]0_);(0)", .number),
  ])
  func formatCodesThatShowDates(_ code: String, _ shape: CellFormats.Shape) {
    #expect(CellFormats.shape(ofCode: code) == shape)
  }

  @Test func builtInDateFormatsIncludeChineseOnes() {
    #expect(CellFormats.shape(ofBuiltIn: 14) == .date && CellFormats.shape(ofBuiltIn: 31) == .date)
    #expect(
      CellFormats.shape(ofBuiltIn: 57) == .month && CellFormats.shape(ofBuiltIn: 49) == .number)
  }

  @Test(arguments: [
    ("12", true), ("-3", true), ("77.5", true), ("0", true), ("0.5", true), ("007", false),
    ("1e5", false), ("85%", false), ("1.", false), ("", false), ("1234567890123456", false),
  ])
  func onlyPlainNumbersBecomeNumberCells(_ value: String, _ isNumber: Bool) {
    #expect(SheetWriter.isPlainNumber(value) == isNumber)
  }

  @Test func columnLettersAsSpreadsheetsCountThem() {
    #expect(SheetReader.column("A1") == 0)
    #expect(SheetReader.column("Z9") == 25)
    #expect(SheetReader.column("AB12") == 27)
    #expect(SheetReader.column("xfd1") == 16_383)
    #expect(SheetReader.column("12") == nil)
  }
}
