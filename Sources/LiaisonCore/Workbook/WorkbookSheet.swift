/// A table to write as one sheet of a workbook: a header row and rows of text, with what
/// each column holds so cells get their proper type.
public struct WorkbookSheet: Sendable, Equatable {
  /// How a column's cells are written.
  public enum Column: Sendable, Equatable {
    /// Text cells formatted as Text (`@`): phones, ids and codes stay digits, and what a clerk
    /// types into the column later stays text too.
    case text
    /// Number cells: counts, points.
    case number
    /// Date cells shown as `yyyy-mm-dd`, for `YYYY-MM-DD` values.
    case date
  }

  /// The tab's name; workbooks allow 31 characters and no `[]:*?/\`, which ``init`` ensures.
  public var name: String
  public var header: [String]
  public var columns: [Column]
  public var rows: [[String]]
  /// Drop-down lists: column index → the values a cell may take.
  public var choices: [Int: [String]]

  public init(
    name: String, header: [String], columns: [Column]? = nil, rows: [[String]],
    choices: [Int: [String]] = [:]
  ) {
    let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    self.name = cleaned.isEmpty ? "Sheet" : cleaned
    self.header = header
    self.columns = columns ?? Array(repeating: .text, count: header.count)
    self.rows = rows
    self.choices = choices
  }
}
