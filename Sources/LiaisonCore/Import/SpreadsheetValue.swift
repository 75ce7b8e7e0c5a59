import Foundation

/// Cell values as spreadsheets produce them: dates that became serial numbers or gained a
/// midnight time, phone numbers that became floating point, counts written as "3人".
///
/// Each function takes a raw cell and trims it and folds full-width characters itself.
public enum SpreadsheetValue {
  /// A date typed any way Day(parsing:) accepts, an Excel serial day number, or a date
  /// followed by a time of day (`2026-11-23 00:00:00`, `2026/11/23 0:00`), which Excel
  /// appends when a date cell is exported with a date-time format.
  public static func day(_ cell: String) -> Day? {
    guard let day = anyDay(cell), Day.recordable.contains(day) else { return nil }
    return day
  }

  private static func anyDay(_ cell: String) -> Day? {
    let text = cell.halfWidth.trimmedSpaces
    guard !text.isEmpty else { return nil }
    if let day = Day(parsing: text) { return day }
    if let serial = serialNumber(text) { return excelSerialDay(serial) }
    if let gap = text.firstIndex(where: { $0 == " " || $0 == "T" }),
      isTimeOfDay(String(text[text.index(after: gap)...]).trimmedSpaces)
    {
      return Day(parsing: String(text[..<gap]))
    }
    return nil
  }

  /// The day an Excel serial number stands for in the 1900 date system, or nil outside
  /// 1...2958465 (9999-12-31) and for 60.
  ///
  /// Excel copied Lotus 1-2-3 in treating 1900 as a leap year: serial 60 is the
  /// 1900-02-29 that never was, and every later serial is one too high. So serials up to
  /// 59 count from 1899-12-31, later ones from 1899-12-30.
  public static func excelSerialDay(_ serial: Int) -> Day? {
    guard (1...2_958_465).contains(serial), serial != 60 else { return nil }
    let epoch =
      serial < 60 ? Day(year: 1899, month: 12, day: 31)! : Day(year: 1899, month: 12, day: 30)!
    return epoch.adding(days: serial)
  }

  /// A birth month as stored: `YYYY-MM` from `1990.05`, `1990年5月`, `1990-05`, `199005`,
  /// `1990/5`; `YYYY-MM-DD` from a full date or an Excel serial. Nil when unreadable,
  /// and for a bare year.
  public static func birth(_ cell: String) -> String? {
    let text = cell.halfWidth.trimmedSpaces
    guard !text.isEmpty else { return nil }
    if let month = YearMonth(parsing: text) { return month.description }
    // A bare `1990` is a year without its month, not serial 1990 (1905-06-12).
    if text.count == 4, text.allSatisfy(\.isASCIIDigit) { return nil }
    return day(text)?.description
  }

  /// The stored form of a phone cell; nil when the cell is empty.
  ///
  /// `13800138000.0`, which a spreadsheet writes for a number cell, is read as the number.
  /// `line` and `field` only go into the error messages.
  ///
  /// - Throws: ``ImportError/phoneTurnedIntoNumber(value:line:field:)`` for `1.38001E+10`
  ///   (digits are lost, only re-entering them helps) and
  ///   ``ImportError/invalidPhone(value:line:field:)`` for anything else that is not a phone.
  public static func phone(
    _ cell: String, line: Int? = nil, field: String? = nil
  ) throws
    -> String?
  {
    var text = cell.halfWidth.trimmedSpaces
    guard !text.isEmpty else { return nil }
    if isScientific(text) {
      throw ImportError.phoneTurnedIntoNumber(value: text, line: line, field: field)
    }
    if text.hasPrefix("'") { text.removeFirst() }
    let number = wholeNumber(text) ?? text
    guard let phone = Phone(parsing: number) else {
      throw ImportError.invalidPhone(value: text, line: line, field: field)
    }
    return phone.normalized
  }

  /// A count such as a household's size: digits, optionally followed by `.0` (a number
  /// cell) and by 人 or 口. Nil for anything else, negative numbers included.
  public static func integer(_ cell: String) -> Int? {
    var text = cell.halfWidth.trimmedSpaces
    if text.hasSuffix("人") || text.hasSuffix("口") {
      text = String(text.dropLast()).trimmedSpaces
    }
    guard let digits = wholeNumber(text), digits.count <= 9 else { return nil }
    return Int(digits)
  }

  /// The items of a list cell such as `李四、王五、赵六` or `低保户；独居老人`: split on
  /// 、，,；; and white space, empty items dropped.
  public static func list(_ cell: String) -> [String] {
    cell.split { "、，,；;".contains($0) || $0.isWhitespace }.map(String.init)
  }

  /// The digits of `123` or `123.0`/`123.00`; nil for anything else.
  ///
  /// On the UTF-8 bytes: every row of an import reads a phone and a count through this, and
  /// stepping through `Character`s made it a tenth of a 90,000-household import.
  static func wholeNumber(_ text: String) -> String? {
    let bytes = text.utf8
    let dot = bytes.firstIndex(of: UInt8(ascii: "."))
    let whole = bytes[..<(dot ?? bytes.endIndex)]
    guard !whole.isEmpty, whole.allSatisfy(isDigit) else { return nil }
    guard let dot else { return text }
    let fraction = bytes[bytes.index(after: dot)...]
    guard !fraction.isEmpty, fraction.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
    return String(decoding: whole, as: UTF8.self)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

  /// The day part of an Excel serial: `46349`, or `46349.5` with a time of day.
  ///
  /// Fractions are taken only on five-digit serials (1927 onwards): `2026.11` in a date
  /// column is a month typed with a dot, not 1905-07-18.
  private static func serialNumber(_ text: String) -> Int? {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    // Five digits or more: serials of 1927 onwards. A short number in a date column ("2026",
    // "31") is a typing slip, not a day in 1905.
    guard let whole = parts.first, (5...7).contains(whole.count),
      whole.allSatisfy(\.isASCIIDigit)
    else { return nil }
    if parts.count == 2 {
      guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit),
        whole.count >= 5 || parts[1].allSatisfy({ $0 == "0" })
      else { return nil }
    }
    return Int(whole)
  }

  /// `0:00`, `00:00:00`, `14:30`: hours and minutes, optional seconds.
  private static func isTimeOfDay(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count),
      parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
    else { return false }
    let numbers = parts.compactMap { Int($0) }
    return numbers[0] < 24 && numbers.dropFirst().allSatisfy { $0 < 60 }
  }

  /// `1.38001E+10`, `1.3800138e10`: how a spreadsheet shows a long number it converted.
  /// (On the UTF-8 bytes, as `wholeNumber`.)
  private static func isScientific(_ text: String) -> Bool {
    let bytes = text.utf8
    let isE = { (byte: UInt8) in byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e") }
    guard let e = bytes.firstIndex(where: isE) else { return false }
    let mantissa = bytes[..<e]
    var exponent = bytes[bytes.index(after: e)...]
    if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      exponent = exponent.dropFirst()
    }
    let dots = mantissa.count { $0 == UInt8(ascii: ".") }
    return dots <= 1 && mantissa.first.map(isDigit) == true
      && mantissa.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") } && !exponent.isEmpty
      && exponent.allSatisfy(isDigit)
  }
}
