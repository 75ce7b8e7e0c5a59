import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Workbooks in and out through the commands: fixtures made by LibreOffice (and one edited
/// into WPS's shape) import, exports round-trip byte for byte, and LibreOffice reads an
/// export back as exactly its values.
@Suite struct XlsxImportExportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../fixtures/workbooks").standardizedFileURL.path

  static let kinds = ["villages", "grids", "members", "households", "links", "visits"]

  private func fixture(_ name: String) -> String { Self.fixtures + "/" + name }

  private func mapFile(_ json: String, in sandbox: Sandbox) throws -> String {
    let path = sandbox.root.appendingPathComponent("map.json").path
    try json.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aLibreOfficeRosterImports() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let result = sandbox.run("import", "members", fixture("members-libreoffice.xlsx"))
    #expect(
      result.stderr.contains("3 to create, 0 to update, 0 unchanged, 0 rejected"), "\(result)")
    let member = try decodeJSON(
      Member.self, sandbox.ok("member", "show", "王建华", "--format", "json"))
    #expect(member.phone == "13700001111" && member.joined?.description == "1998-07-01")
    #expect(member.id == "M0101")
    let landline = try decodeJSON(
      Member.self, sandbox.ok("member", "show", "M0103", "--format", "json"))
    #expect(landline.phone == "0570-6543210" && landline.status == .activist)
  }

  @Test func aTitleRowIsSkippedAndNumberPhonesReadAsPhones() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let file = fixture("members-title-row.xlsx")
    let found = sandbox.run("import", "members", file, "--dry-run")
    #expect(found.stderr.contains("2 to create, 0 to update"), "\(found)")
    #expect(found.stderr.contains("the header is on row 2: the 1 row(s) above it (a title)"))
    let map = try mapFile(#"{"skipRows": 1}"#, in: sandbox)
    let result = sandbox.run("import", "members", file, "--map", map)
    #expect(result.stderr.contains("2 to create, 0 to update"), "\(result)")
    #expect(!result.stderr.contains("the header is on"))
    let member = try decodeJSON(
      Member.self, sandbox.ok("member", "show", "孙晓明", "--format", "json"))
    #expect(member.phone == "13600003333" && member.joined?.description == "2003-07-01")
    // A title above no header at all still gets the header's own problems.
    let wrong = try mapFile(#"{"skipRows": 2}"#, in: sandbox)
    let refused = sandbox.run("import", "members", file, "--map", wrong)
    #expect(refused.status == 65 && refused.stderr.contains("The header (line 3) does not fit"))
  }

  @Test func aCSVTitleLineIsSkippedToo() throws {
    let sandbox = try ReportGoldenTests.demo(language: "zh")
    let file = sandbox.root.appendingPathComponent("名册.csv").path
    try "凤林镇党员名册\n\n姓名,联系电话,村\n周强,13700137001,凤林村\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let result = sandbox.run("import", "members", file)
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.contains("表头在第 3 行，其上方的 2 行（标题）已跳过"))
    #expect(result.stderr.contains("新增 1"))
  }

  @Test func aWorkbookInWPSShapeImports() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let result = sandbox.run("import", "households", fixture("households-wps.xlsx"))
    #expect(
      result.stderr.contains("3 to create, 0 to update, 0 unchanged, 0 rejected"), "\(result)")
    let household = try decodeJSON(
      Household.self, sandbox.ok("household", "show", "钱大妈", "--format", "json"))
    #expect(household.phone == "13500005555" && household.size == 2)
    #expect(household.address == "凤林村88号")
  }

  @Test func anIDNumberExcelCutIsRefusedWhereItIsImported() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let file = fixture("households-id-cut.xlsx")
    let before = sandbox.snapshot()
    let map = try mapFile(#"{"columns": {"note": "身份证号"}}"#, in: sandbox)
    let refused = sandbox.run("import", "households", file, "--map", map)
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("cell D2 (身份证号): 330881195001011000"), "\(refused)")
    #expect(refused.stderr.contains("Format the column 身份证号 as Text"))
    #expect(sandbox.snapshot() == before)
    // A column liaison does not import may keep its cut numbers.
    let ignored = sandbox.run("import", "households", file)
    #expect(ignored.stderr.contains("columns not imported: 身份证号"), "\(ignored)")
    #expect(ignored.stderr.contains("1 to create"))
  }

  @Test func aWorkbooksRejectedRowsGoIntoAWorkbook() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let file = sandbox.root.appendingPathComponent("农户.xlsx").path
    let sheet = WorkbookSheet(
      name: "农户", header: ["户主", "户主电话", "村"],
      rows: [["钱叔", "13511112222", "凤林村"], ["孙婶", "13511113333", "无此村"]])
    try WorkbookWriter.workbook([sheet]).write(to: URL(fileURLWithPath: file))
    let result = sandbox.run("import", "households", file, "--skip-invalid")
    #expect(result.status == 0 && result.stderr.contains("农户.rejected.xlsx"), "\(result)")
    let rejected = try ImportTable.read(
      try Data(
        contentsOf: URL(
          fileURLWithPath: sandbox.root.appendingPathComponent("农户.rejected.xlsx").path)),
      options: ImportOptions())
    #expect(rejected.table.header == ["户主", "户主电话", "村", "reason"])
    #expect(
      rejected.table.rows.map { Array($0.cells.prefix(3)) } == [["孙婶", "13511113333", "无此村"]])
  }

  @Test func anOldWorkbookGetsHowToSaveItAsXlsxNotAnEncoding() throws {
    let sandbox = try ReportGoldenTests.demo(language: "zh")
    let path = sandbox.root.appendingPathComponent("党员名册.xls").path
    let bytes: [UInt8] =
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 7, count: 600)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let result = sandbox.run("import", "members", path)
    #expect(result.status == 65)
    #expect(result.stderr.contains("旧格式工作簿（.xls 或 WPS 的 .et）"), "\(result)")
    #expect(!result.stderr.contains("--encoding") && !result.stderr.contains("UTF-8"))
  }

  @Test(arguments: ["zh", "en"])
  func everyKindRoundTripsByteForByte(language: String) throws {
    let source = try ImportExportTests.township()
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇", "--code", "330881118")
    var first: [String: Data] = [:]
    for kind in Self.kinds {
      let file = source.root.appendingPathComponent("\(kind).xlsx").path
      _ = try source.ok("export", kind, "-o", file, "--lang", language)
      first[kind] = try Data(contentsOf: URL(fileURLWithPath: file))
      let result = target.run("import", kind, file)
      #expect(result.status == 0, "\(kind): \(result.stdout) \(result.stderr)")
    }
    // Grids first met their leader before the members existed: importing them again sets it.
    _ = try target.ok("import", "grids", source.root.appendingPathComponent("grids.xlsx").path)
    for kind in Self.kinds {
      let file = target.root.appendingPathComponent("\(kind).xlsx").path
      _ = try target.ok("export", kind, "--format", "xlsx", "--out", file, "--lang", language)
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == first[kind], "\(kind)")
    }
    // Phones, ids and the 12-digit village code are text cells, with no apostrophe.
    for (kind, value) in [
      ("villages", "330881118201"), ("members", "13800138000"), ("households", "13512345678"),
    ] {
      let xml = try sheetXML(try #require(first[kind]))
      #expect(xml.contains(#"t="inlineStr"><is><t xml:space="preserve">\#(value)</t>"#), "\(kind)")
      #expect(!xml.contains("'\(value)"))
    }
  }

  @Test func exportAllIsOneWorkbookWithASheetPerKind() throws {
    let sandbox = try ImportExportTests.township()
    let file = sandbox.root.appendingPathComponent("全部.xlsx").path
    _ = try sandbox.ok("export", "all", "-o", file, "--lang", "zh")
    let reader = try WorkbookReader(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
    #expect(reader.sheets.map(\.name) == ["村", "网格", "党员", "农户", "联户", "走访"])
    let members = try reader.sheet(named: "党员")
    #expect(members.rows.count == 3)
    let refused = sandbox.run("import", "all", file, "--dry-run")
    #expect(refused.status == 65 && refused.stderr.contains("import villages \(file) --sheet 村"))
  }

  @Test func templatesCarryDropDownListsAndAWorkbookNeedsAFile() throws {
    let sandbox = try Sandbox(language: "zh")
    let file = sandbox.root.appendingPathComponent("党员模板.xlsx").path
    let written = sandbox.run("import", "template", "members", "-o", file, data: false)
    #expect(written.status == 0 && written.stderr.contains("已写出"), "\(written)")
    let xml = try sheetXML(try Data(contentsOf: URL(fileURLWithPath: file)))
    #expect(xml.contains("&quot;正式党员,预备党员,入党积极分子&quot;"))
    #expect(xml.contains("&quot;男,女&quot;"))
    #expect(
      sandbox.run("import", "template", "members", data: false).stdout.hasPrefix("\u{FEFF}姓名"))
    let noFile = sandbox.run("import", "template", "members", "--format", "xlsx", data: false)
    #expect(noFile.status == 64 && noFile.stderr.contains("-o 党员.xlsx"))
  }

  @Test func theMonthlyReportIsOneWorkbookWithASheetPerTable() throws {
    let sandbox = try ReportGoldenTests.demo(language: "zh")
    let file = sandbox.root.appendingPathComponent("月报.xlsx").path
    _ = try sandbox.ok("report", "monthly", "--month", "2026-10", "-o", file)
    let reader = try WorkbookReader(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
    #expect(reader.sheets.map(\.name).prefix(4) == ["概况", "各村情况", "各网格情况", "本月未走访的党员（6）"])
    let summary = try reader.sheet(named: "概况")
    #expect(summary.rows.first?.cells.first?.text == "凤林镇党员联户工作月报（2026年10月）")
    let archive = try ZipArchive(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
    let villages = String(
      decoding: try #require(try archive.data("xl/worksheets/sheet2.xml")), as: UTF8.self)
    #expect(villages.contains(#"<c r="B2"><v>14</v></c>"#))  // 党员: a number
    let unvisited = String(
      decoding: try #require(try archive.data("xl/worksheets/sheet4.xml")), as: UTF8.self)
    #expect(unvisited.contains(#"<t xml:space="preserve">13900039595</t>"#))  // 电话: text
    let terminal = sandbox.run("report", "monthly", "--month", "2026-10", "--format", "xlsx")
    #expect(terminal.status == 64 && terminal.stderr.contains("-o 月报.xlsx"))
  }

  @Test func aMembersWorksheetIsAVisitsFormThatImportsBack() throws {
    let sandbox = try ReportGoldenTests.demo(language: "zh")
    let file = sandbox.root.appendingPathComponent("走访单.xlsx").path
    _ = try sandbox.ok("report", "worksheet", "--member", "M0001", "-o", file)
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let xml = try sheetXML(data)
    #expect(xml.contains("&quot;上门,电话,线上,代联系&quot;"))
    let form = try ImportTable.read(data, options: ImportOptions())
    #expect(form.sheet == "走访登记")
    // The member fills in one row: the date, how, and what was said.
    var rows = form.table.rows.map(\.cells)
    let column = { (name: String) in form.table.header.firstIndex(of: name) ?? 0 }
    rows[0][column("走访日期")] = "2026-11-22"
    rows[0][column("方式")] = "电话"
    rows[0][column("情况记录")] = "身体好"
    let filled = sandbox.root.appendingPathComponent("已填.xlsx").path
    try WorkbookWriter.workbook([
      WorkbookSheet(name: "走访登记", header: form.table.header, rows: rows)
    ]).write(to: URL(fileURLWithPath: filled))
    let result = sandbox.run("import", "visits", filled)
    #expect(result.status == 0 && result.stderr.contains("新增 1"), "\(result)")
    #expect(result.stderr.contains("跳过 \(rows.count - 1) 行未填写的工作单行"))
  }

  /// LibreOffice, where installed, opens an export and saves it as CSV: every value as our
  /// own CSV export holds it, without the apostrophe that guards CSV against Excel.
  @Test(.enabled(if: ShellRunner.isInstalled("soffice")))
  func libreOfficeReadsExactlyTheValues() throws {
    let sandbox = try ImportExportTests.township()
    let soffice = try #require(ShellRunner("soffice"))
    for kind in ["members", "households", "visits"] {
      let file = sandbox.root.appendingPathComponent("\(kind).xlsx").path
      _ = try sandbox.ok("export", kind, "-o", file, "--lang", "zh")
      let run = try soffice.run([
        "-env:UserInstallation=file://\(sandbox.root.path)/lo-profile", "--headless",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir",
        sandbox.root.path, file,
      ])
      #expect(run.status == 0, "\(run.output)")
      let converted = try String(
        contentsOfFile: sandbox.root.appendingPathComponent("\(kind).csv").path, encoding: .utf8)
      let ours = try CSVReader().read(sandbox.run("export", kind, "--lang", "zh").stdout)
      let theirs = try CSVReader().read(converted)
      #expect(theirs.header == ours.header)
      #expect(
        theirs.rows.map(\.cells) == ours.rows.map { $0.cells.map(CSVReader.cleanCell) }, "\(kind)")
      #expect(!converted.contains("'1"))
    }
  }

  private func sheetXML(_ data: Data) throws -> String {
    let archive = try ZipArchive(Array(data))
    return String(
      decoding: try #require(try archive.data("xl/worksheets/sheet1.xml")), as: UTF8.self)
  }
}
