import Foundation

/// Writes sheets as an .xlsx workbook: the package parts Excel, WPS and LibreOffice need
/// and no more, deflated into a ZIP whose bytes depend on the content alone.
public enum WorkbookWriter {
  /// The workbook holding `sheets` in order, the first one selected.
  public static func workbook(_ sheets: [WorkbookSheet]) -> Data {
    let sheets = uniquelyNamed(sheets)
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", Array(contentTypes(count: sheets.count).utf8))
    zip.add("_rels/.rels", Array(packageRelationships.utf8))
    zip.add("xl/workbook.xml", Array(workbookXML(sheets).utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(count: sheets.count).utf8))
    zip.add("xl/styles.xml", Array(styles.utf8))
    for (index, sheet) in sheets.enumerated() {
      zip.add(
        "xl/worksheets/sheet\(index + 1).xml",
        SheetWriter(sheet: sheet, isSelected: index == 0).xml())
    }
    return Data(zip.finished())
  }

  /// Sheet names must differ (ignoring case); a repeated one gets ` (2)`.
  static func uniquelyNamed(_ sheets: [WorkbookSheet]) -> [WorkbookSheet] {
    var seen = Set<String>()
    return sheets.map { sheet in
      var sheet = sheet
      var candidate = sheet.name
      var number = 2
      while seen.contains(candidate.lowercased()) {
        candidate = String(sheet.name.prefix(26)) + " (\(number))"
        number += 1
      }
      seen.insert(candidate.lowercased())
      sheet.name = candidate
      return sheet
    }
  }

  private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

  private static func contentTypes(count: Int) -> String {
    header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" "#
      + #"ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentType).sheet.main+xml"/>"#
      + (1...max(count, 1)).map {
        #"<Override PartName="/xl/worksheets/sheet\#($0).xml" "#
          + #"ContentType="\#(contentType).worksheet+xml"/>"#
      }.joined()
      + #"<Override PartName="/xl/styles.xml" ContentType="\#(contentType).styles+xml"/></Types>"#
  }

  private static let packageRelationships =
    header
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="\#(relationshipTypes)/officeDocument" "#
    + #"Target="xl/workbook.xml"/></Relationships>"#

  private static func workbookXML(_ sheets: [WorkbookSheet]) -> String {
    header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipTypes)">"#
      + #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
      + sheets.enumerated().map { index, sheet in
        #"<sheet name="\#(XMLText.escaped(sheet.name))" sheetId="\#(index + 1)" "#
          + #"r:id="rId\#(index + 1)"/>"#
      }.joined() + "</sheets><definedNames>"
      + sheets.enumerated().map { index, sheet in
        // The header row printed at the top of every page.
        let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
        return #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">"#
          + XMLText.escaped(quoted) + "!$1:$1</definedName>"
      }.joined() + "</definedNames></workbook>"
  }

  private static func workbookRelationships(count: Int) -> String {
    header
      + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
      + (1...max(count, 1)).map {
        #"<Relationship Id="rId\#($0)" Type="\#(relationshipTypes)/worksheet" "#
          + #"Target="worksheets/sheet\#($0).xml"/>"#
      }.joined()
      + #"<Relationship Id="rId\#(count + 1)" Type="\#(relationshipTypes)/styles" "#
      + #"Target="styles.xml"/></Relationships>"#
  }

  /// Cell styles in the order ``SheetWriter/Style`` numbers them: plain, bold header, date
  /// (`yyyy-mm-dd`, custom format 164), text (`@`, built-in 49). 等线 is the default font of
  /// Chinese Excel; the others substitute their own.
  private static let styles =
    header + #"<styleSheet xmlns="\#(main)">"#
    + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>"#
    + #"<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/>"#
    + #"<charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/>"#
    + #"<charset val="134"/></font></fonts>"#
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
    + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>"#
    + #"</cellStyleXfs><cellXfs count="4">"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" "#
    + #"applyNumberFormat="1"/>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>"#
    + #"</cellStyles></styleSheet>"#
}
