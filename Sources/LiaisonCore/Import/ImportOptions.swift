/// How to read an import file, as the clerk's options and `--map` file say.
public struct ImportOptions: Sendable {
  /// Forces an encoding instead of detecting it.
  public var encoding: CSVEncoding?
  /// Forces a separator instead of detecting it.
  public var separator: Character?
  /// Field name → header text, for headers liaison does not know.
  public var columns: [String: String]
  /// Lines above the header to skip (a title row, a date row); in a workbook, sheet rows.
  public var skipRows: Int
  /// The workbook sheet to read, by name; nil for the first visible sheet.
  public var sheet: String?
  /// Apply the valid rows and set the rejected ones aside, instead of all or nothing.
  public var skipInvalid: Bool
  /// The file's name, for messages about the file as a whole.
  public var source = "input"
  /// The day the file's villages, grids, members and households came onto the roster
  /// (入册日期), for rows whose own since column is empty: a township's first import of
  /// records that existed for years. Without it, new records start today.
  public var since: Day?
  /// `--again`: rows that look like records on file typed again (the same household head,
  /// the same visit) are new records after all, not rejected.
  public var again = false

  public init(
    encoding: CSVEncoding? = nil, separator: Character? = nil, columns: [String: String] = [:],
    skipRows: Int = 0, skipInvalid: Bool = false
  ) {
    self.encoding = encoding
    self.separator = separator
    self.columns = columns
    self.skipRows = skipRows
    self.skipInvalid = skipInvalid
  }
}

/// One row's cells, looked up by field name.
struct ImportCells {
  let row: CSVRow
  let columns: [String: Int]

  /// The cleaned cell of a field; nil when the column is absent or the cell empty.
  func text(_ field: String) -> String? {
    guard let column = columns[field] else { return nil }
    let cell = CSVReader.cleanCell(row[column])
    return cell.isEmpty ? nil : cell
  }

  /// A cell that must hold a date.
  func day(_ field: String) throws -> Day? {
    guard let text = text(field) else { return nil }
    guard let day = SpreadsheetValue.day(text) else {
      throw RosterError.invalidValue(
        field: field, value: text,
        expected: Localized(en: "a date such as 2026-11-23", zh: "日期，例如 2026-11-23"))
    }
    return day
  }

  func choice<T: UserChoice>(_ type: T.Type, _ field: String) throws -> T? {
    guard let text = text(field) else { return nil }
    guard let value = T(userValue: text) else {
      throw RosterError.invalidValue(
        field: field, value: text,
        expected: Localized(
          en: "one of " + T.rawValues.joined(separator: ", "),
          zh: "以下之一：" + T.allCases.map(\.chineseLabel).joined(separator: "、")))
    }
    return value
  }

  func integer(_ field: String) throws -> Int? {
    guard let text = text(field) else { return nil }
    guard let number = SpreadsheetValue.integer(text) else {
      throw RosterError.invalidValue(
        field: field, value: text, expected: Localized(en: "a whole number", zh: "整数"))
    }
    return number
  }

  func phone(_ field: String) throws -> String? {
    try SpreadsheetValue.phone(row[columns[field] ?? -1], line: row.line, field: field)
  }
}
