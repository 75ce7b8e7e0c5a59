/// A report as Markdown: for pasting into a message or a wiki.
public struct MarkdownReportRenderer: ReportRenderer {
  public init() {}

  public func render(_ document: ReportDocument) -> String {
    var output = "# " + escape(document.title) + "\n"
    if !document.subtitle.isEmpty { output += "\n" + escape(document.subtitle) + "\n" }
    for block in document.blocks {
      switch block {
      case .heading(let text):
        output += "\n## " + escape(text) + "\n"
      case .facts(let facts):
        output += self.facts(facts)
      case .form(let rows):
        output += self.facts(Array(rows.joined()))
      case .table(let table):
        output += "\n"
        guard !table.rows.isEmpty else {
          output += escape(table.empty) + "\n"
          continue
        }
        output += "| " + table.columns.map { cell($0.heading) }.joined(separator: " | ") + " |\n"
        output +=
          "|" + table.columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
          let cells = table.columns.indices.map { $0 < row.count ? cell(row[$0]) : "" }
          output += "| " + cells.joined(separator: " | ") + " |\n"
        }
      case .paragraph(let text):
        output += "\n" + escape(text) + "\n"
      case .signOff(let signOff):
        output += "\n" + escape(signOff.line()) + "\n"
      case .cards(let cards):
        for card in cards {
          output +=
            "\n### " + escape(card.title) + "\n\n"
            + card.lines.map { "- " + escape($0) }.joined(separator: "\n") + "\n"
        }
      case .chart, .pageBreak:
        continue
      }
    }
    return output
  }

  private func facts(_ facts: [ReportDocument.Fact]) -> String {
    "\n" + facts.map { "- **\(escape($0.label))**: \(escape($0.value))" }.joined(separator: "\n")
      + "\n"
  }

  /// A table cell: pipes escaped, line breaks as `<br>`.
  private func cell(_ text: String) -> String {
    escape(text).replacingOccurrences(of: "|", with: "\\|")
      .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(
        separator: "<br>")
  }

  /// Characters Markdown would take for markup in names and notes.
  private func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\`*_[]<>#".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}
