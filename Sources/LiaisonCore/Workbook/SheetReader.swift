import Foundation

/// Reads the cells of one worksheet part (`xl/worksheets/sheet1.xml`) as text.
///
/// Positions come from each cell's own reference (`C7`), or follow the previous cell when a
/// producer leaves references out; `<dimension>` is never read, since WPS often writes it
/// wrong.
struct SheetReader {
  /// A number cell of 16 digits or more: Excel keeps 15 significant digits, so it is cut.
  struct LongNumber: Equatable {
    var row: Int
    /// 0-based.
    var column: Int
    var text: String
  }

  /// One row that holds at least one cell, with 0-based columns in sheet order.
  struct Row {
    var number: Int
    var cells: [(column: Int, text: String)]
  }

  /// Excel's last column, XFD.
  static let columnLimit = 16_384
  /// Cells read from one sheet: a county's households are about 1.5 million.
  static let cellLimit = 10_000_000

  let sheet: String
  let part: String
  let strings: [String]
  let formats: CellFormats

  /// The rows of `bytes`, and the number cells too long to be exact.
  /// - Throws: ``WorkbookProblem`` for unreadable XML or more than ``cellLimit`` cells.
  func read(_ bytes: [UInt8]) throws(WorkbookProblem) -> (rows: [Row], long: [LongNumber]) {
    var scanner = XMLScanner(bytes, part: part)
    var rows: [Row] = []
    var long: [LongNumber] = []
    var current: Row?
    var lastRowNumber = 0
    var cellCount = 0
    while let event = try scanner.next() {
      guard case .start(let element) = event else {
        if case .end("row") = event, let row = current {
          if !row.cells.isEmpty { rows.append(row) }
          current = nil
        }
        continue
      }
      switch element.name {
      case "row":
        // Rows without a number follow the previous one, empty rows included.
        let number = element.attribute("r").flatMap(Int.init) ?? (lastRowNumber + 1)
        lastRowNumber = number
        current = element.isEmpty ? nil : Row(number: number, cells: [])
      case "c" where current != nil:
        let reference = element.attribute("r").flatMap(Self.column)
        let column = reference ?? ((current!.cells.last?.column ?? -1) + 1)
        guard column < Self.columnLimit else {
          throw .badXML(part: part, detail: "a cell beyond column XFD")
        }
        let (text, isLong) = try cellText(element, &scanner)
        guard !text.isEmpty else { continue }
        cellCount += 1
        guard cellCount <= Self.cellLimit else {
          throw .tooManyCells(sheet: sheet, limit: Self.cellLimit)
        }
        current!.cells.append((column, text))
        if isLong { long.append(LongNumber(row: current!.number, column: column, text: text)) }
      default:
        break
      }
    }
    return (rows, long)
  }

  /// The value of the cell whose start tag was just read, and whether it is a number too
  /// long to be exact; reads up to the cell's end.
  private func cellText(
    _ cell: XMLScanner.Element, _ scanner: inout XMLScanner
  ) throws(WorkbookProblem) -> (String, Bool) {
    guard !cell.isEmpty else { return ("", false) }
    var value: String?
    var inline: String?
    var inValue = false
    while let event = try scanner.next() {
      switch event {
      case .start(let element):
        if element.name == "v" {
          inValue = !element.isEmpty
          value = value ?? ""
        } else if element.name == "is", !element.isEmpty {
          inline = try SharedStrings.text(of: &scanner, closing: "is")
        } else if !element.isEmpty {
          try scanner.skipElement()  // <f> formulas, <extLst>
        }
      case .end(let name):
        if name == "v" { inValue = false }
        if name == "c" { return finish(cell, value: value, inline: inline) }
      case .text(let text):
        if inValue { value! += text }
      }
    }
    throw .badXML(part: part, detail: "an unclosed cell")
  }

  private func finish(
    _ cell: XMLScanner.Element, value: String?, inline: String?
  ) -> (String, Bool) {
    switch cell.attribute("t") ?? "n" {
    case "s":
      guard let index = value.flatMap({ Int($0.trimmedSpaces) }), strings.indices.contains(index)
      else { return ("", false) }
      return (strings[index], false)
    case "inlineStr":
      return (inline ?? value ?? "", false)
    case "b":
      return (value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? "", false)
    case "d":
      // An ISO 8601 date-time (Strict OOXML, some exporters): the day, and a time if any.
      let text = value ?? ""
      let day = String(text.prefix(10))
      let time = text.dropFirst(11).prefix(5)
      return (time.isEmpty || time == "00:00" ? day : day + " " + time, false)
    case "n":
      guard let value else { return ("", false) }
      let style = cell.attribute("s").flatMap(Int.init) ?? 0
      let text = formats.text(number: value, style: style)
      let digits = text.utf8.count { (48...57).contains($0) }
      let isLong = digits >= 16 && !text.contains(".") && !formats.isDate(style: style)
      return (text, isLong)
    default:
      // "str" (a formula's text result), "e" (an error such as #N/A): the value as written.
      return (value ?? inline ?? "", false)
    }
  }

  /// The 0-based column of a reference such as `AB12`; nil when it has no letters.
  static func column(_ reference: String) -> Int? {
    var number = 0
    var letters = 0
    for byte in reference.utf8 {
      let upper = byte & 0xDF
      guard (65...90).contains(upper) else { break }
      number = number * 26 + Int(upper - 64)
      letters += 1
      if letters > 3 { return nil }
    }
    return letters == 0 ? nil : number - 1
  }
}
