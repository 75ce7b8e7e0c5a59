/// The page's looks: screen and A4 print styles, and the margin boxes every printed page
/// carries (running head at the top, 第 1 页 共 3 页 at the foot).
extension HTMLReportRenderer {
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
