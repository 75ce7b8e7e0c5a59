import Foundation
import Testing

@testable import LiaisonCore

/// A written workbook reads back as the table it was made from, through the same entry the
/// import uses; workbooks that cannot be read say what they are.
@Suite struct XlsxWorkbookTests {
  static let members = WorkbookSheet(
    name: "党员", header: ["姓名", "联系电话", "人口", "入党时间", "备注"],
    columns: [.text, .text, .number, .date, .text],
    rows: [
      ["张建国", "13800138000", "3", "1995-07-01", "=SUM(A1) & <b>"],
      ["李秀英", "0570-1234567", "", "2001-06-30", "第一行\r\n第二行"],
    ], choices: [0: ["正式党员", "预备党员"]])

  private func table(
    _ data: Data, sheet: String? = nil, skipRows: Int = 0
  ) throws -> ImportTable {
    var options = ImportOptions(skipRows: skipRows)
    options.sheet = sheet
    options.source = "名册.xlsx"
    return try ImportTable.read(data, options: options)
  }

  @Test func aWrittenSheetReadsBackAsItsTable() throws {
    let read = try table(WorkbookWriter.workbook([Self.members]))
    #expect(read.sheet == "党员")
    #expect(read.table.header == Self.members.header)
    #expect(read.table.headerLine == 1)
    #expect(read.table.rows.map(\.line) == [2, 3])
    #expect(read.table.rows.map(\.cells) == Self.members.rows)
  }

  @Test func cellsAreTypedAndTheHeaderFrozen() throws {
    let archive = try ZipArchive(Array(WorkbookWriter.workbook([Self.members])))
    let xml = String(
      decoding: try #require(try archive.data("xl/worksheets/sheet1.xml")), as: UTF8.self)
    #expect(
      xml.contains(#"<c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve">13800138000</t>"#))
    #expect(xml.contains(#"<c r="C2"><v>3</v></c>"#))
    #expect(xml.contains(#"<c r="D2" s="2"><v>34881</v></c>"#))
    #expect(xml.contains(#"state="frozen""#))
    #expect(xml.contains("=SUM(A1) &amp; &lt;b&gt;"))
    #expect(xml.contains(#"sqref="A2:A1048576"><formula1>&quot;正式党员,预备党员&quot;</formula1>"#))
    // 张建国 is six columns wide, 联系电话 eight, 0570-1234567 twelve: the widest plus three.
    #expect(xml.contains(#"<col min="2" max="2" width="15" style="3" customWidth="1"/>"#))
  }

  @Test func sheetsAreChosenByNameAndRowsSkipped() throws {
    let title = WorkbookSheet(
      name: "Households", header: ["凤林村农户名册"], rows: [[], ["户主", "电话"], ["王大妈", "1"]])
    let data = WorkbookWriter.workbook([Self.members, title])
    let read = try table(data, sheet: " households ", skipRows: 2)
    #expect(read.table.header == ["户主", "电话"])
    #expect(read.table.headerLine == 3)
    #expect(read.table.rows.map(\.line) == [4])
    #expect(throws: InputFileError.self) { try table(data, sheet: "农户") }
    do {
      _ = try table(data, sheet: "农户")
    } catch let error as InputFileError {
      #expect(error.message.zh.contains("现有工作表：党员、Households"))
    }
  }

  /// What other producers do: prefixed elements, absolute targets, a hidden first sheet, rows
  /// and cells without references, rich and phonetic runs, formula strings, booleans, date
  /// and month formats, a phone written in scientific notation, and a wrong dimension.
  @Test func aHandMadePackageInOtherProducersWaysReads() throws {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var zip = ZipWriter()
    func add(_ name: String, _ xml: String) { zip.add(name, Array(xml.utf8)) }
    add(
      "_rels/.rels",
      #"<Relationships><Relationship Id="r1" Type="\#(rels)/officeDocument" Target="/xl/workbook.xml"/></Relationships>"#
    )
    add(
      "xl/workbook.xml",
      #"<x:workbook xmlns:x="\#(main)" xmlns:r="\#(rels)"><x:sheets>"#
        + #"<x:sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/>"#
        + #"<x:sheet name="名册" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>"#)
    add(
      "xl/_rels/workbook.xml.rels",
      #"<Relationships><Relationship Id="rId1" Type="\#(rels)/worksheet" Target="worksheets/a.xml"/>"#
        + #"<Relationship Id="rId2" Type="\#(rels)/worksheet" Target="/xl/worksheets/b.xml"/>"#
        + #"<Relationship Id="rId3" Type="\#(rels)/sharedStrings" Target="strings.xml"/>"#
        + #"<Relationship Id="rId4" Type="\#(rels)/styles" Target="./styles.xml"/></Relationships>"#
    )
    add(
      "xl/strings.xml",
      #"<sst><si><r><t>张</t></r><r><rPr><b/></rPr><t>建国</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></si>"#
        + "<si><t>姓名</t></si></sst>")
    add(
      "xl/styles.xml",
      #"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>"#
        + #"<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>"#
    )
    add(
      "xl/worksheets/a.xml",
      #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row></sheetData></worksheet>"#
    )
    add(
      "xl/worksheets/b.xml",
      #"<worksheet><dimension ref="A1"/><sheetData><row/><row>"#
        + #"<c t="s"><v>1</v></c><c t="inlineStr"><is><t>电话</t></is></c>"#
        + #"<c t="inlineStr"><is><t>入党时间</t></is></c><c t="inlineStr"><is><t>出生年月</t></is></c>"#
        + #"<c t="inlineStr"><is><t>备注</t></is></c><c t="inlineStr"><is><t>在册</t></is></c></row>"#
        + #"<row><c t="s"><v>0</v></c><c><v>1.3800138E10</v></c><c s="1"><v>34881</v></c>"#
        + #"<c s="2"><v>24959</v></c><c t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c t="b"><v>1</v></c>"#
        + "</row></sheetData></worksheet>")
    let read = try table(Data(zip.finished()))
    #expect(read.sheet == "名册")
    #expect(read.table.headerLine == 2)
    #expect(read.table.header == ["姓名", "电话", "入党时间", "出生年月", "备注", "在册"])
    #expect(
      read.table.rows.map(\.cells) == [
        ["张建国", "13800138000", "1995-07-01", "1968-05", "合计", "TRUE"]
      ])
    #expect(read.table.rows.map(\.line) == [3])
  }

  @Test func anOpenDocumentSpreadsheetIsNamed() throws {
    var zip = ZipWriter()
    zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
    zip.add("content.xml", Array("<office:document-content/>".utf8))
    do {
      _ = try table(Data(zip.finished()))
      Issue.record("an .ods was read")
    } catch let error as InputFileError {
      #expect(error.message.en.contains("OpenDocument spreadsheet (.ods)"))
    }
  }

  @Test func repeatedSheetNamesAreMadeDistinct() {
    let sheets = WorkbookWriter.uniquelyNamed([Self.members, Self.members])
    #expect(sheets.map(\.name) == ["党员", "党员 (2)"])
    #expect(WorkbookSheet(name: "a/b:c?", header: [], rows: []).name == "abc")
  }

  @Test func oldWorkbooksAndPasswordsGetHowToSaveAsXlsx() throws {
    var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    bytes += [UInt8](repeating: 0, count: 504)
    do {
      _ = try table(Data(bytes))
      Issue.record("an .xls was read")
    } catch let error as InputFileError {
      #expect(error.message.en.contains("old-format workbook (.xls, or WPS .et)"))
      #expect(error.message.zh.contains("另存为 > Excel 工作簿"))
      #expect(!error.message.en.contains("--encoding"))
    }
  }

  @Test func aZipThatIsNotAWorkbookSaysSo() throws {
    var zip = ZipWriter()
    zip.add("readme.txt", Array("hello".utf8))
    do {
      _ = try table(Data(zip.finished()))
      Issue.record("a plain ZIP was read")
    } catch let error as InputFileError {
      #expect(error.message.en.contains("not a workbook: xl/workbook.xml is missing"))
    }
  }
}
