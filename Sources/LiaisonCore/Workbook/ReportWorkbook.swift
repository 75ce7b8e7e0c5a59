import Foundation

/// A report as one workbook: a summary sheet with the title, the figures and the notes, then
/// a sheet per table, named after the section it stands in (村, 网格, 未走访党员 …), so each
/// table can be sorted and filtered on its own.
public enum ReportWorkbook {
  /// The workbook of `document`, its summary sheet named in `language`.
  ///
  /// A report that is also an import form (a member's worksheet is the visits form) puts
  /// the form first, as `form` gives it in CSV: `liaison import KIND` then reads the filled
  /// workbook, and the form's columns carry their types and drop-down lists.
  public static func workbook(
    _ document: ReportDocument, language: Language, form: (kind: ImportKind, csv: String)? = nil
  ) -> Data {
    var sheets = sheets(document, language: language)
    if let form, let table = try? CSVReader().read(form.csv) {
      let columns = HeaderMatcher(fields: form.kind.fields).match(table.header).columns
      var fields = Array(repeating: "", count: table.header.count)
      for (field, index) in columns where fields.indices.contains(index) { fields[index] = field }
      let formName = language == .zh ? "\(form.kind.chineseLabel)登记" : "\(form.kind.rawValue) form"
      sheets.insert(
        WorkbookSheet(
          name: formName, header: table.header, columns: fields.map(ExportTable.column),
          rows: table.rows.map(\.cells), choices: ExportTable.choices(fields, language: language)),
        at: 0)
    }
    return WorkbookWriter.workbook(sheets)
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
      case .form(let rows):
        summarize(rows.joined().map { [$0.label, $0.value] })
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
      case .signOff(let signOff):
        summarize([[], signOff.fields.map(ReportDocument.SignOff.labelled)])
      case .cards(let cards):
        summarize(cards.map { [$0.title] + $0.lines })
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
