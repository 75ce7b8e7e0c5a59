/// The XML of one worksheet: typed cells, the header bold and frozen, column widths from
/// the text's display width, drop-down lists for closed sets, a print layout.
///
/// Cells are inline strings rather than shared ones: the sheet part alone says what each
/// cell holds, and Excel, WPS and LibreOffice all read them.
struct SheetWriter {
  /// Cell style indexes, as ``WorkbookWriter/styles`` defines them.
  enum Style: Int {
    case plain = 0
    case header = 1
    case date = 2
    case text = 3
  }

  /// Rows measured for column widths: enough to see the long names, without measuring a
  /// county's every household.
  static let measuredRows = 2_000
  /// 1900-03-01, the first day whose serial Excel counts right (see ``SpreadsheetValue``).
  static let firstSerialDay = Day(year: 1900, month: 3, day: 1)!
  static let serialEpoch = Day(year: 1899, month: 12, day: 30)!

  let sheet: WorkbookSheet
  let isSelected: Bool

  func xml() -> [UInt8] {
    let width = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
    let lastCell = ImportError.spreadsheetLetters(max(width, 1)) + "\(sheet.rows.count + 1)"
    var xml =
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
      + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
      + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
      + #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:\#(lastCell)"/>"#
      + #"<sheetViews><sheetView \#(isSelected ? #"tabSelected="1" "# : "")workbookViewId="0">"#
      + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
      + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
      + #"<sheetFormatPr defaultRowHeight="15"/>"#
    xml += columnWidths(width)
    xml += "<sheetData>"
    xml += row(1, sheet.header, header: true)
    for (offset, cells) in sheet.rows.enumerated() {
      xml += row(offset + 2, cells, header: false)
    }
    xml += "</sheetData>"
    xml += validations()
    // Printed, a roster fits the page's width in landscape with grid lines (and the header
    // repeated on every page, see ``WorkbookWriter``), as clerks pin lists on the wall.
    xml += #"<printOptions gridLines="1"/>"#
    xml += #"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" "#
    xml += #"footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" "#
    xml += #"fitToHeight="0"/></worksheet>"#
    return Array(xml.utf8)
  }

  private func row(_ number: Int, _ cells: [String], header: Bool) -> String {
    var xml = #"<row r="\#(number)">"#
    for (index, value) in cells.enumerated() where !value.isEmpty {
      let reference = ImportError.spreadsheetLetters(index + 1) + "\(number)"
      xml += header ? textCell(reference, value, .header) : cell(reference, value, index)
    }
    return xml + "</row>"
  }

  private func cell(_ reference: String, _ value: String, _ column: Int) -> String {
    switch sheet.columns.indices.contains(column) ? sheet.columns[column] : .text {
    case .number:
      if Self.isPlainNumber(value) { return #"<c r="\#(reference)"><v>\#(value)</v></c>"# }
    case .date:
      if let day = Day(parsing: value), day >= Self.firstSerialDay {
        let serial = day.ordinal - Self.serialEpoch.ordinal
        return #"<c r="\#(reference)" s="\#(Style.date.rawValue)"><v>\#(serial)</v></c>"#
      }
    case .text:
      break
    }
    return textCell(reference, value, .text)
  }

  /// `12`, `-3`, `77.5`: digits a number cell shows back exactly. `007`, `1e5`, `85%` and
  /// numbers past 15 digits stay text, or the cell would change them.
  static func isPlainNumber(_ value: String) -> Bool {
    let body = value.hasPrefix("-") ? value.utf8.dropFirst() : value.utf8[...]
    let parts = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }),
      parts.allSatisfy({ $0.allSatisfy { (48...57).contains($0) } }), body.count <= 15
    else { return false }
    let whole = parts[0]
    return whole.count == 1 || whole.first != UInt8(ascii: "0")
  }

  private func textCell(_ reference: String, _ value: String, _ style: Style) -> String {
    #"<c r="\#(reference)" s="\#(style.rawValue)" t="inlineStr"><is><t xml:space="preserve">"#
      + XMLText.escaped(value) + "</t></is></c>"
  }

  /// Widths in characters of the default font, where a Chinese character counts two; each
  /// column formatted as its cells are, so new entries typed there keep their type.
  private func columnWidths(_ count: Int) -> String {
    guard count > 0 else { return "" }
    var xml = "<cols>"
    for column in 0..<count {
      var widest = DisplayWidth.of(
        sheet.header.indices.contains(column) ? sheet.header[column] : "")
      for cells in sheet.rows.prefix(Self.measuredRows) where cells.indices.contains(column) {
        widest = max(widest, DisplayWidth.of(cells[column]))
      }
      let kind = sheet.columns.indices.contains(column) ? sheet.columns[column] : .text
      if kind == .date { widest = max(widest, 10) }
      let width = min(max(widest + 3, 8), 60)
      let style: Style = kind == .date ? .date : kind == .text ? .text : .plain
      xml += #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(width)" "#
      xml += #"style="\#(style.rawValue)" customWidth="1"/>"#
    }
    return xml + "</cols>"
  }

  /// A list validation per closed-set column, over the column below the header. Excel
  /// limits an inline list to 255 characters; longer sets are left without one.
  private func validations() -> String {
    let lists = sheet.choices.sorted { $0.key < $1.key }.compactMap {
      column, values -> String? in
      let list = values.joined(separator: ",")
      guard !values.isEmpty, list.count <= 255, !values.contains(where: { $0.contains(",") })
      else { return nil }
      let letters = ImportError.spreadsheetLetters(column + 1)
      return #"<dataValidation type="list" allowBlank="1" showErrorMessage="1" "#
        + #"sqref="\#(letters)2:\#(letters)1048576"><formula1>&quot;"#
        + XMLText.escaped(list) + "&quot;</formula1></dataValidation>"
    }
    guard !lists.isEmpty else { return "" }
    return #"<dataValidations count="\#(lists.count)">"# + lists.joined() + "</dataValidations>"
  }
}
