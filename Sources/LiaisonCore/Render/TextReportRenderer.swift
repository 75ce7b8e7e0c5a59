/// A report as terminal text: headings underlined, figures aligned by display width,
/// tables laid out in `maxWidth` columns.
public struct TextReportRenderer: ReportRenderer {
  public var maxWidth: Int

  public init(maxWidth: Int = 80) { self.maxWidth = maxWidth }

  public func render(_ document: ReportDocument) -> String {
    var output = TextWrap.lines(document.title, width: maxWidth).joined(separator: "\n") + "\n"
    if !document.subtitle.isEmpty {
      output += TextWrap.lines(document.subtitle, width: maxWidth).joined(separator: "\n") + "\n"
    }
    output += String(repeating: "═", count: min(maxWidth, DisplayWidth.of(document.title))) + "\n"
    var previous: ReportDocument.Block?
    for block in document.blocks {
      // A table or paragraph right after other content gets a blank line, so each table
      // stands alone (headings bring their own).
      if let previous, !Self.isHeading(previous), Self.isTableOrParagraph(block) { output += "\n" }
      previous = block
      switch block {
      case .heading(let text):
        output +=
          "\n" + TextWrap.lines(text, width: maxWidth).joined(separator: "\n") + "\n"
          + String(repeating: "─", count: min(maxWidth, DisplayWidth.of(text))) + "\n"
      case .facts(let facts):
        output += self.facts(facts)
      case .form(let rows):
        output += self.facts(Array(rows.joined()))
      case .table(let table):
        output +=
          table.rows.isEmpty
          ? table.empty + "\n"
          : TextTable(columns: table.columns, rows: table.rows).render(width: maxWidth)
      case .paragraph(let text):
        output += TextWrap.lines(text, width: maxWidth).joined(separator: "\n") + "\n"
      case .signOff(let signOff):
        output += "\n" + signOff.lines().joined(separator: "\n") + "\n"
      case .cards(let cards):
        for card in cards {
          output +=
            "\n" + card.title + "\n"
            + String(repeating: "─", count: min(maxWidth, DisplayWidth.of(card.title))) + "\n"
          output +=
            TextWrap.lines(card.lines.joined(separator: "\n"), width: maxWidth)
            .joined(separator: "\n") + "\n"
        }
      case .chart, .pageBreak:
        continue
      }
    }
    return output
  }

  /// Label–value pairs with the values in one column; long values wrap under themselves,
  /// between their items (`full 12, probationary 1`), so no figure leaves its label.
  private func facts(_ facts: [ReportDocument.Fact]) -> String {
    var output = ""
    let width = facts.map { DisplayWidth.of($0.label) }.max() ?? 0
    guard width + 2 + Self.narrowestValue <= maxWidth else { return stacked(facts) }
    let valueWidth = maxWidth - width - 2
    let indent = String(repeating: " ", count: width + 2)
    for fact in facts {
      let padding = String(repeating: " ", count: width - DisplayWidth.of(fact.label))
      let lines = TextWrap.items(fact.value, width: valueWidth)
      output += fact.label + padding + "  " + (lines.first ?? "") + "\n"
      for line in lines.dropFirst() { output += indent + line + "\n" }
    }
    return output
  }

  /// Values narrower than this read badly; long labels then go above their values.
  private static let narrowestValue = 20

  /// Each label on a line of its own, its value indented under it: for a narrow page.
  private func stacked(_ facts: [ReportDocument.Fact]) -> String {
    facts.map { fact in
      (TextWrap.items(fact.label, width: maxWidth)
        + TextWrap.items(fact.value, width: maxWidth - 4).map { "    " + $0 })
        .map { $0 + "\n" }.joined()
    }.joined()
  }

  private static func isHeading(_ block: ReportDocument.Block) -> Bool {
    if case .heading = block { return true }
    return false
  }

  private static func isTableOrParagraph(_ block: ReportDocument.Block) -> Bool {
    switch block {
    case .table, .paragraph: true
    default: false
    }
  }
}
