/// A report as one CSV file for spreadsheets: the title, then each section as a heading
/// row, its figures as label–value rows and its tables with their header rows, sections
/// apart by an empty row. UTF-8 with a byte order mark, so Excel on Chinese Windows reads it.
public struct CSVReportRenderer: ReportRenderer {
  public init() {}

  public func render(_ document: ReportDocument) -> String {
    let writer = CSVWriter()
    var output = CSVWriter.byteOrderMark + writer.line([document.title])
    if !document.subtitle.isEmpty { output += writer.line([document.subtitle]) }
    for block in document.blocks {
      switch block {
      case .heading(let text):
        output += "\r\n" + writer.line([text])
      case .facts(let facts):
        for fact in facts { output += writer.line([fact.label, fact.value]) }
      case .form(let rows):
        for fact in rows.joined() { output += writer.line([fact.label, fact.value]) }
      case .table(let table):
        output += writer.line(table.columns.map(\.heading))
        // A county's tables have 90,000 rows: written in halves on the two cores.
        for half in TwoCores.inHalves(
          table.rows.count,
          { range in
            table.rows[range].map(writer.line).joined()
          })
        {
          output += half
        }
      case .paragraph(let text):
        output += writer.line([text])
      case .signOff(let signOff):
        output += "\r\n" + writer.line(signOff.fields.map(ReportDocument.SignOff.labelled))
      case .cards(let cards):
        for card in cards { output += writer.line([card.title] + card.lines) }
      case .chart, .pageBreak:
        continue
      }
    }
    return output
  }
}
