/// One record of a CSV file, with the line it starts on for messages.
public struct CSVRow: Sendable, Equatable {
  /// The 1-based line the record starts on; a quoted cell may carry it over several lines.
  public var line: Int
  /// The cells exactly as written, quotes removed and doubled quotes undone.
  public var cells: [String]

  public init(line: Int, cells: [String]) {
    self.line = line
    self.cells = cells
  }

  /// The cell in the 0-based `column`, or "" past the end of a short row.
  public subscript(column: Int) -> String {
    cells.indices.contains(column) ? cells[column] : ""
  }
}

/// A CSV file read into its header and rows.
public struct CSVTable: Sendable, Equatable {
  /// The separator the file was read with, given or detected.
  public var separator: Character
  /// The 1-based line of the header: the first line that is not blank.
  public var headerLine: Int
  /// The header cells as written.
  public var header: [String]
  /// The rows after the header, blank ones left out.
  public var rows: [CSVRow]

  public init(separator: Character, headerLine: Int = 1, header: [String], rows: [CSVRow]) {
    self.separator = separator
    self.headerLine = headerLine
    self.header = header
    self.rows = rows
  }

  /// Rows whose cell count differs from the header's, so the caller can say
  /// "line 7 has 5 cells, the header has 6".
  ///
  /// Empty cells beyond the header's width do not count: spreadsheets export them for
  /// columns that were once formatted, and they lose nothing.
  public func raggedRows() -> [(line: Int, count: Int)] {
    rows.compactMap { row in
      isRagged(row) ? (line: row.line, count: row.cells.count) : nil
    }
  }

  /// Throws ``ImportError/raggedRow(line:count:expected:)`` for the first ragged row.
  public func requireRectangular() throws {
    if let row = rows.first(where: isRagged) {
      throw ImportError.raggedRow(line: row.line, count: row.cells.count, expected: header.count)
    }
  }

  private func isRagged(_ row: CSVRow) -> Bool {
    if row.cells.count < header.count { return true }
    return row.cells.dropFirst(header.count).contains { !$0.isEmpty }
  }
}
