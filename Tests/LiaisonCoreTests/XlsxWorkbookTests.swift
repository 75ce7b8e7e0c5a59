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
