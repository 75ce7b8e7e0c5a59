import Foundation

/// Which cell styles of a workbook show numbers as dates, from `xl/styles.xml`, and how a
/// number cell's value becomes the text the CSV path would have read.
struct CellFormats {
  /// What a number format shows a number as.
  enum Shape: Equatable {
    case number
    /// A day, a time of day, or both.
    case date
    /// A year and month only (`yyyy-mm`, `yyyy"年"m"月"`), as 出生年月 columns are
    /// formatted: read as `YYYY-MM`, which a CSV saved from the sheet would show.
    case month
  }

  /// For each cell style index (`s="3"`), what its number format shows.
  private var styleShapes: [Shape] = []
  /// The 1904 date system of old Mac workbooks: serial 0 is 1904-01-01.
  var uses1904 = false

  init() {}

  init(styles bytes: [UInt8], part: String) throws(WorkbookProblem) {
    var scanner = XMLScanner(bytes, part: part)
    var customShapes: [Int: Shape] = [:]
    var inCellFormats = false
    while let event = try scanner.next() {
      switch event {
      case .start(let element):
        if element.name == "numFmt", let id = element.attribute("numFmtId").flatMap(Int.init) {
          customShapes[id] = Self.shape(ofCode: element.attribute("formatCode") ?? "")
        } else if element.name == "cellXfs" {
          inCellFormats = !element.isEmpty
        } else if inCellFormats, element.name == "xf" {
          let id = element.attribute("numFmtId").flatMap(Int.init) ?? 0
          styleShapes.append(customShapes[id] ?? Self.shape(ofBuiltIn: id))
          if !element.isEmpty { try scanner.skipElement() }
        }
      case .end(let name):
        if name == "cellXfs" { inCellFormats = false }
      case .text:
        break
      }
    }
  }

  /// What cells of style index `style` show.
  func shape(style: Int) -> Shape {
    styleShapes.indices.contains(style) ? styleShapes[style] : .number
  }

  /// Whether cells of style index `style` show dates (or months).
  func isDate(style: Int) -> Bool { shape(style: style) != .number }

  /// Excel's built-in date and time formats, including those of Chinese and other East
  /// Asian locales (27–36, 50–58); 17 (`mmm-yy`), 27 and 57 (`yyyy"年"m"月"`) show months.
  static func shape(ofBuiltIn id: Int) -> Shape {
    if [17, 27, 57].contains(id) { return .month }
    let isDate =
      (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id)
      || (50...58).contains(id)
    return isDate ? .date : .number
  }

  /// What a format code such as `yyyy"年"m"月"d"日"` shows: a date when a y, m, d, h or s
  /// stands outside quoted text, escapes and `[...]` sections (colours, locales,
  /// `[DBNum1]`); a month when only y and m do.
  static func shape(ofCode code: String) -> Shape {
    let letters = Set(dateLetters(code).lowercased())
    if letters.isEmpty { return .number }
    return letters == ["y", "m"] ? .month : .date
  }

  /// The date and time letters of a format code, outside quotes, escapes and brackets.
  private static func dateLetters(_ code: String) -> String {
    var letters = ""
    var inQuotes = false
    var inBrackets = false
    var skipNext = false
    for character in code {
      if skipNext {
        skipNext = false
        continue
      }
      switch character {
      case "\"": inQuotes.toggle()
      case "[" where !inQuotes: inBrackets = true
      case "]" where !inQuotes: inBrackets = false
      case "\\", "_", "*": if !inQuotes { skipNext = true }
      default:
        if !inQuotes, !inBrackets, "ymdhsYMDHS".contains(character) { letters.append(character) }
      }
    }
    return letters
  }

  /// The text of a number cell: a date as `YYYY-MM-DD` (with ` HH:MM` when it has a time)
  /// for a date style; otherwise the number without `.0` or exponent when it is whole, so
  /// a phone typed into a number cell reads as the phone.
  func text(number value: String, style: Int) -> String {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    let shape = shape(style: style)
    if shape != .number, let serial = Double(trimmed), let date = dateText(serial) {
      // 1968-05-01 in a month format is the 1968-05 the clerk sees.
      return shape == .month && date.count == 10 ? String(date.prefix(7)) : date
    }
    if trimmed.utf8.allSatisfy({ (48...57).contains($0) }) || trimmed.isEmpty { return trimmed }
    guard let number = Double(trimmed), number.isFinite else { return trimmed }
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    if number == number.rounded() { return Self.wholeDigits(number) }
    // Fifteen significant digits, as spreadsheets show: 0.1 + 0.2 is 0.3 there.
    return String(format: "%.15g", number)
  }

  /// A whole number of 16 digits or more as a spreadsheet shows it in the 0 format: its 15
  /// significant digits, then zeros (`3.30881195001011E+17` is `330881195001011000`).
  static func wholeDigits(_ number: Double) -> String {
    let scientific = String(format: "%.14e", abs(number))
    let parts = scientific.split(separator: "e")
    guard parts.count == 2, let exponent = Int(parts[1]), exponent >= 14 else {
      return String(format: "%.0f", number)
    }
    let digits = parts[0].filter(\.isNumber)
    return (number < 0 ? "-" : "") + digits + String(repeating: "0", count: exponent - 14)
  }

  /// A date serial as the day (and time) it stands for; nil outside the dates Excel has.
  func dateText(_ serial: Double) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    let whole = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(whole)) * 86_400).rounded())
    var dayNumber = whole
    if seconds >= 86_400 {
      dayNumber += 1
      seconds -= 86_400
    }
    let time =
      seconds == 0
      ? ""
      : seconds % 60 == 0
        ? String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
        : String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    if dayNumber == 0, !time.isEmpty { return time }
    let day =
      uses1904
      ? Day(year: 1904, month: 1, day: 1)!.adding(days: dayNumber)
      : SpreadsheetValue.excelSerialDay(dayNumber)
    guard let day else { return nil }
    return time.isEmpty ? day.description : day.description + " " + time
  }
}
