import Foundation

/// A report as one workbook: a summary sheet with the title, the figures and the notes, then
/// a sheet per table, named after the section it stands in (村, 网格, 未走访党员 …), so each
/// table can be sorted and filtered on its own.
public enum ReportWorkbook {
  /// The workbook of `document`, its summary sheet named in `language`.
  public static func workbook(_ document: ReportDocument, language: Language) -> Data {
    WorkbookWriter.workbook(sheets(document, language: language))
  }

  static func sheets(_ document: ReportDocument, language: Language) -> [WorkbookSheet] {
    var summary: [[String]] = document.subtitle.isEmpty ? [] : [[document.subtitle]]
    var tables: [WorkbookSheet] = []
    var section: String?
    // A section's heading goes into the summary only when figures or notes follow it; a
    // section that is one table is that table's sheet.
    var pendingHeading: String?
    func summarize(_ rows: [[String]]) {
      if let heading = pendingHeading { summary += [[], [heading]] }
      pendingHeading = nil
      summary += rows
    }
    for block in document.blocks {
      switch block {
      case .heading(let text):
        section = text
        pendingHeading = text
      case .facts(let facts):
        summarize(facts.map { [$0.label, $0.value] })
      case .paragraph(let text):
        summarize([[text]])
      case .table(let table):
        let number = tables.count + 1
        let name = section ?? (language == .zh ? "表\(number)" : "Table \(number)")
        let rows = table.rows.isEmpty && !table.empty.isEmpty ? [[table.empty]] : table.rows
        tables.append(
          WorkbookSheet(
            name: name, header: table.columns.map(\.heading),
            columns: table.columns.map { $0.alignment == .right ? .number : .text }, rows: rows))
      case .chart, .pageBreak:
        continue
      }
    }
    let first = WorkbookSheet(
      name: language == .zh ? "概况" : "Summary", header: [document.title],
      columns: [.text, .number], rows: summary)
    return [first] + tables
  }
}
