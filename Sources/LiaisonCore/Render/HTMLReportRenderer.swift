import Foundation

/// A report as one self-contained HTML file: inline CSS and SVG, nothing fetched, an A4
/// print stylesheet with page breaks, and bar charts drawn as SVG beside their tables.
///
/// Printed, every page carries the running head at its top and 第 1 页 共 3 页 at its foot,
/// from `@page` margin boxes (Chromium prints them since version 131; checked by printing
/// with headless Chromium 156 to PDF).
public struct HTMLReportRenderer: ReportRenderer {
  public init() {}

  public func render(_ document: ReportDocument) -> String {
    let english = Self.isEnglish(document.title)
    var body = "<header><h1>\(escape(document.title))</h1>"
    if !document.subtitle.isEmpty {
      body += "<p class=\"subtitle\">\(escape(document.subtitle))</p>"
    }
    body += "</header>\n"
    var charts: [String] = []
    func flushCharts() {
      guard !charts.isEmpty else { return }
      body += "<div class=\"charts\">" + charts.joined() + "</div>\n"
      charts = []
    }
    for block in document.blocks {
      if case .chart(let chart) = block {
        charts.append(svg(chart))
        continue
      }
      flushCharts()
      switch block {
      case .heading(let text):
        body += "<h2>\(escape(text))</h2>\n"
      case .facts(let facts):
        body +=
          "<dl class=\"facts\">"
          + facts.map { "<div><dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd></div>" }
          .joined() + "</dl>\n"
      case .table(let table):
        body += self.table(table)
      case .paragraph(let text):
        body += "<p>\(escape(text))</p>\n"
      case .pageBreak:
        body += "<div class=\"page-break\"></div>\n"
      case .signOff(let signOff):
        body +=
          "<div class=\"sign-off\">"
          + signOff.fields.map {
            "<span><span class=\"label\">\(escape($0.label))\(english ? ": " : "：")</span>"
              + "<span class=\"fill\">\(escape($0.value))</span></span>"
          }.joined() + "</div>\n"
      case .form(let rows):
        body += form(rows)
      case .cards(let cards):
        body += "<div class=\"cards\">" + cards.map(card).joined() + "</div>\n"
      case .chart:
        break
      }
    }
    flushCharts()
    return """
      <!DOCTYPE html>
      <html lang="\(english ? "en" : "zh-CN")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(document.title))</title>
      <style>\(Self.style)\(Self.pageStyle(document.runningHead, english: english))</style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  /// English titles have a Latin word in them; Chinese ones at most a week's `W`.
  static func isEnglish(_ title: String) -> Bool {
    var run = 0
    for scalar in title.unicodeScalars {
      run = scalar.properties.isAlphabetic && scalar.isASCII ? run + 1 : 0
      if run >= 3 { return true }
    }
    return false
  }

  /// A bordered grid of boxes; values keep their line breaks.
  private func form(_ rows: [[ReportDocument.Fact]]) -> String {
    let width = rows.map(\.count).max() ?? 1
    var html = "<table class=\"form\"><tbody>"
    for row in rows {
      html += "<tr>"
      for (index, fact) in row.enumerated() {
        let span = index == row.count - 1 ? (width - row.count) * 2 + 1 : 1
        let value = escape(fact.value).replacingOccurrences(of: "\n", with: "<br>")
        html +=
          "<th>\(escape(fact.label))</th>"
          + "<td\(span > 1 ? " colspan=\"\(span)\"" : "")>\(value)</td>"
      }
      html += "</tr>"
    }
    return html + "</tbody></table>\n"
  }

  /// Dates, phones, ids and figures (`2026-10-02`, `138****5678`): broken at a hyphen they
  /// misread, so they stay on one line.
  static func isToken(_ text: String) -> Bool {
    text.count <= 16 && text.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " }
  }

  private func card(_ card: ReportDocument.Card) -> String {
    func side(_ kind: String, _ title: String, _ facts: [ReportDocument.Fact]) -> String {
      "<div class=\"side \(kind)\"><h3>\(escape(title))</h3><dl>"
        + facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined()
        + "</dl></div>"
    }
    return "<div class=\"card\">" + side("front", card.title, card.front)
      + side("back", card.backTitle, card.back) + "</div>"
  }

  private func table(_ table: ReportDocument.Table) -> String {
    guard !table.rows.isEmpty else { return "<p class=\"empty\">\(escape(table.empty))</p>\n" }
    func cell(_ tag: String, _ text: String, _ column: TextTable.Column) -> String {
      let classes = [
        column.alignment == .right ? "num" : nil,
        column.keepsWhole || Self.isToken(text) ? "whole" : nil,
      ]
      .compactMap { $0 }
      let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      return "<\(tag)\(attribute)>\(escape(text))</\(tag)>"
    }
    var html = "<table><thead><tr>"
    html += table.columns.map { cell("th", $0.heading, $0) }.joined() + "</tr></thead><tbody>\n"
    for row in table.rows {
      html += "<tr>"
      html += table.columns.indices.map {
        cell("td", $0 < row.count ? row[$0] : "", table.columns[$0])
      }
      .joined()
      html += "</tr>\n"
    }
    return html + "</tbody></table>\n"
  }

  /// A horizontal bar chart: one row per bar, the label left, the bar scaled to the largest
  /// value, the value at its end.
  private func svg(_ chart: ReportDocument.Chart) -> String {
    let rowHeight = 22
    let labelWidth = 120
    let barSpace = 260
    let height = chart.bars.count * rowHeight + 30
    let largest = max(chart.bars.map(\.value).max() ?? 0, 1e-9)
    var svg =
      "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barSpace + 60)\" "
      + "height=\"\(height)\" role=\"img\" aria-label=\"\(escape(chart.title))\">"
    svg += "<text x=\"0\" y=\"14\" class=\"chart-title\">\(escape(chart.title))</text>"
    for (index, bar) in chart.bars.enumerated() {
      let y = 24 + index * rowHeight
      let width = Int((bar.value / largest * Double(barSpace)).rounded())
      let colour = bar.colour ?? "#b22222"
      let value = Self.number(bar.value) + chart.unit
      svg +=
        "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(escape(bar.label))</text>"
      svg +=
        "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(max(width, 1))\" height=\"15\" fill=\"\(colour)\"/>"
      svg += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 14)\">\(escape(value))</text>"
    }
    return svg + "</svg></figure>"
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }

  func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
