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

  /// The running head and page numbers in the page's margin boxes.
  static func pageStyle(_ head: String, english: Bool) -> String {
    let numbers =
      english
      ? #""Page " counter(page) " of " counter(pages)"#
      : #""第 " counter(page) " 页 共 " counter(pages) " 页""#
    return "\n@page{@top-center{content:\(cssString(head));font-size:9pt;color:#555}"
      + "@bottom-center{content:\(numbers);font-size:9pt;color:#555}}"
  }

  /// `text` as a CSS string that cannot end the string or the style element early.
  static func cssString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", ">", "&":
        quoted += "\\" + String(scalar.value, radix: 16) + " "
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: quoted += " "
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
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

  private func escape(_ text: String) -> String {
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

  /// Screen and A4 print styles; system CJK fonts only, nothing fetched.
  static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",\
    sans-serif;color:#222;margin:2em auto;max-width:60em;padding:0 1em;line-height:1.45}
    header{border-bottom:3px solid #b22222;margin-bottom:1em}
    h1{font-size:1.6em;margin:0 0 .2em;color:#8b0000}
    .subtitle{margin:0 0 .6em;color:#555}
    h2{font-size:1.15em;margin:1.4em 0 .5em;border-left:4px solid #b22222;padding-left:.5em}
    table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.9em}
    th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top;\
    word-break:keep-all;overflow-wrap:break-word}
    th,.whole{white-space:nowrap}
    th{background:#f6e7e7}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    tbody tr:nth-child(even){background:#fafafa}
    .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(26em,1fr));gap:.3em 2em;margin:.4em 0 1em}
    .facts div{display:flex;justify-content:space-between;gap:1em;border-bottom:1px dotted #ccc}
    .facts dt{color:#555;white-space:nowrap}.facts dd{margin:0;font-weight:bold;text-align:right}
    .charts{display:flex;flex-wrap:wrap;gap:1em}
    .chart{margin:.4em 0}.chart text{font-size:12px;fill:#333}.chart .chart-title{font-weight:bold}
    .empty{color:#777}
    table.form{break-inside:avoid}
    table.form th{background:none;width:6em;white-space:normal;text-align:center;\
    vertical-align:middle}
    table.form td{height:2.4em;vertical-align:middle}
    table.form tr:last-child td{height:9em;vertical-align:top}
    .sign-off{display:flex;flex-wrap:wrap;gap:.8em 2.5em;margin:2.5em 0 1em;break-inside:avoid}
    .sign-off .fill{display:inline-block;min-width:8em;border-bottom:1px solid #333;\
    white-space:pre}
    .cards{display:block}
    .card{display:flex;width:172mm;height:46mm;margin:0 auto 7mm;border:1.5px solid #8b0000;\
    border-radius:3mm;outline:1px dashed #999;outline-offset:2.5mm;break-inside:avoid;\
    page-break-inside:avoid;overflow:hidden}
    .card .side{flex:1;padding:3mm 4mm;overflow:hidden}
    .card .back{border-left:1px dashed #999}
    .card h3{margin:0 0 2mm;font-size:11pt;color:#8b0000;white-space:nowrap}
    .card dl{display:grid;grid-template-columns:auto 1fr;gap:1mm 3mm;margin:0;font-size:9.5pt}
    .card dt{color:#555;white-space:nowrap}.card dd{margin:0;word-break:keep-all}
    @page{size:A4;margin:18mm 15mm}
    @media print{body{margin:0;max-width:none;font-size:10.5pt}
    .page-break{break-after:page}h2{break-after:avoid}tr{break-inside:avoid}.chart{break-inside:avoid}}
    """
}
