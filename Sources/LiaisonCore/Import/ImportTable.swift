import Foundation

/// The table an import file holds, whichever kind of file it is: a workbook's sheet or CSV
/// text become the same ``CSVTable``, so every import rule reads them alike.
///
/// Line numbers are those a clerk sees: the CSV file's lines, or the sheet's row numbers,
/// `skipRows` included in both.
struct ImportTable {
  var table: CSVTable
  /// The sheet read, for a workbook.
  var sheet: String?
  /// Number cells too long to be exact (an ID number typed as a number), for
  /// ``refuseLongNumbers(in:)``.
  var longNumbers: [SheetReader.LongNumber] = []

  /// Reads `data` as options say: a workbook's chosen sheet, or CSV in its encoding.
  /// - Throws: ``InputFileError`` for a workbook that cannot be read (an old .xls, a
  ///   damaged file, a missing sheet), ``ImportError`` for CSV that cannot.
  static func read(_ data: Data, options: ImportOptions) throws -> ImportTable {
    switch FileSignature(data) {
    case .zip:
      let table: ImportTable?
      do {
        table = try workbook(Array(data), options: options)
      } catch {
        throw InputFileError(path: options.source, reason: error.reason)
      }
      guard let table else { throw ImportError.emptyFile }
      try CSVReader.checkDuplicates(CSVRow(line: table.table.headerLine, cells: table.table.header))
      return table
    case .compoundFile:
      throw InputFileError(path: options.source, reason: WorkbookProblem.compoundFile.reason)
    case .text:
      return ImportTable(table: try csv(data, options: options))
    }
  }

  /// Rows looked at below a header that does not fit, for the real one under a title.
  static let titleRowLimit = 5

  /// Moves the header down to the first of the next few rows that fits `fields`, when the
  /// first row does not and no `skipRows` was given: the title (凤林镇党员名册（2026年11月）)
  /// that rosters carry above their header. Returns the warning that says so; nil when the
  /// header fits or no row below does (the header's own problems are then reported).
  mutating func moveHeaderBelowTitleRows(
    fields: [ImportField], overrides: [String: String]
  ) -> Localized? {
    func fits(_ row: CSVRow) -> Bool {
      let match = HeaderMatcher(fields: fields).match(row.cells, overrides: overrides)
      return (try? match.validate(fields: fields, headerLine: row.line)) != nil
        && (try? CSVReader.checkDuplicates(row)) != nil
    }
    let header = CSVRow(line: table.headerLine, cells: table.header)
    guard !fits(header),
      let index = table.rows.prefix(Self.titleRowLimit).firstIndex(where: fits)
    else { return nil }
    let found = table.rows[index]
    let above = found.line - 1
    table = CSVTable(
      separator: table.separator, headerLine: found.line, header: found.cells,
      rows: Array(table.rows[(index + 1)...]))
    let place = sheet == nil ? Localized(en: "line", zh: "行") : Localized(en: "row", zh: "行")
    return Localized(
      en: "the header is on \(place.en) \(found.line): the \(above) \(place.en)(s) above it "
        + "(a title) were skipped. To say so yourself, give --map with {\"skipRows\": \(above)}",
      zh: "表头在第 \(found.line) \(place.zh)，其上方的 \(above) 行（标题）已跳过。"
        + "也可用 --map 指定 {\"skipRows\": \(above)}")
  }

  /// Refuses the file when a long number stands in one of `columns` (the imported ones): a
  /// column liaison does not read may keep its cut ID numbers.
  func refuseLongNumbers(in columns: some Sequence<Int>, source: String) throws {
    let imported = Set(columns)
    guard let first = longNumbers.first(where: { imported.contains($0.column) }) else { return }
    let header = table.header.indices.contains(first.column) ? table.header[first.column] : ""
    let cell = ImportError.spreadsheetLetters(first.column + 1) + "\(first.row)"
    throw InputFileError(
      path: source,
      reason: WorkbookProblem.truncatedNumber(
        sheet: sheet ?? "", cell: cell, value: first.text, header: header
      ).reason)
  }

  private static func csv(_ data: Data, options: ImportOptions) throws -> CSVTable {
    var (text, _) = try TextDecoding.decode(data, forced: options.encoding)
    if options.skipRows > 0 {
      // "\r\n" is one Character in Swift, so lines are split on any newline character.
      text = text.split(
        maxSplits: options.skipRows, omittingEmptySubsequences: false, whereSeparator: \.isNewline
      ).dropFirst(options.skipRows).joined(separator: "\n")
    }
    var table = try CSVReader(separator: options.separator).read(text)
    table.headerLine += options.skipRows
    for index in table.rows.indices { table.rows[index].line += options.skipRows }
    return table
  }

  /// The sheet's rows from `skipRows + 1` on; the first that holds anything is the header.
  /// Each row is as wide as the header at least, with cells at their columns. Nil when no
  /// row holds anything.
  private static func workbook(
    _ bytes: [UInt8], options: ImportOptions
  ) throws(WorkbookProblem) -> ImportTable? {
    let sheet = try WorkbookReader(bytes).sheet(named: options.sheet)
    let rows = sheet.rows.filter { row in
      row.number > options.skipRows && !row.cells.allSatisfy { $0.text.allSatisfy(\.isWhitespace) }
    }
    guard let headerRow = rows.first else { return nil }
    let lastColumn = { (row: SheetReader.Row) in row.cells.map(\.column).max() ?? -1 }
    let width = lastColumn(headerRow) + 1
    // Rows are made dense: a hostile sheet of rows with one cell each at column XFD must not
    // become billions of empty cells.
    let denseCells = rows.reduce(0) { $0 + max(width, lastColumn($1) + 1) }
    guard denseCells <= SheetReader.cellLimit else {
      throw .tooManyCells(sheet: sheet.name, limit: SheetReader.cellLimit)
    }
    func dense(_ row: SheetReader.Row) -> CSVRow {
      var cells = [String](repeating: "", count: max(width, lastColumn(row) + 1))
      for (column, text) in row.cells { cells[column] = text }
      return CSVRow(line: row.number, cells: cells)
    }
    let header = dense(headerRow)
    let table = CSVTable(
      separator: ",", headerLine: header.line, header: header.cells,
      rows: rows.dropFirst().map(dense))
    return ImportTable(table: table, sheet: sheet.name, longNumbers: sheet.longNumbers)
  }
}
