import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Imports plan row by row and land whole; exports read back unchanged.
@Suite struct ImportExportTests {
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国", "--staff", "李秀英")
    _ = try sandbox.ok(
      "household", "edit", "王大妈", "--phone", "13512345678", "--tag", "空巢老人", "低保户", "--note",
      "=SUM(A1)")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01", "--type", "情感"
    )
    _ = try sandbox.ok(
      "link", "add", "--member", "李秀英", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok("link", "end", "L00002", "--date", "2026-11-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-10-12",
      "--look-kitchen", "干净", "--opinions", "2")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-20", "--mode",
      "电话", "--note", "身体好")
    return sandbox
  }

  func write(_ text: String, _ name: String, in sandbox: Sandbox) throws -> String {
    let path = sandbox.root.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func exportAllImportedIntoAnEmptyFolderExportsTheSame() throws {
    let source = try Self.township()
    let exported = source.run("export", "all")
    #expect(exported.status == 0)
    let file = try write(exported.stdout, "all.json", in: source)
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇", "--code", "330881118")
    let imported = target.run("import", "all", file)
    #expect(imported.status == 0, "\(imported.stdout) \(imported.stderr)")
    #expect(target.run("export", "all").stdout == exported.stdout)
    // Again: nothing to do the second time.
    let again = target.run("import", "all", file)
    #expect(again.stderr.contains("0 to create, 0 to update"))
  }

  @Test func eachKindRoundTripsThroughSpreadsheetCSV() throws {
    let source = try Self.township()
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇")
    for kind in ["villages", "grids", "members", "households", "links", "visits"] {
      let csv = source.run("export", kind, "--lang", "zh")
      #expect(csv.stdout.hasPrefix("\u{FEFF}") && csv.stdout.contains("\r\n"))
      let file = try write(csv.stdout, "\(kind).csv", in: source)
      let result = target.run("import", kind, file)
      #expect(result.status == 0, "\(kind): \(result.stdout) \(result.stderr)")
    }
    // Grids first met their leader before the members existed: importing them again sets it.
    _ = try target.ok("import", "grids", source.root.appendingPathComponent("grids.csv").path)
    for kind in ["villages", "grids", "members", "households", "links", "visits"] {
      #expect(target.run("export", kind).stdout == source.run("export", kind).stdout, "\(kind)")
    }
  }

  @Test func excelSafeCellsAndTheOtherFormats() throws {
    let sandbox = try Self.township()
    let csv = sandbox.run("export", "households").stdout
    #expect(csv.contains("'13512345678"))  // a long number stays text in Excel
    #expect(csv.contains("'=SUM(A1)"))  // and a formula stays text
    #expect(!sandbox.run("export", "households", "--no-bom").stdout.hasPrefix("\u{FEFF}"))
    let lines = sandbox.run("export", "visits", "--format", "jsonl").stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(try JSONDecoder().decode(Visit.self, from: Data(lines[0].utf8)).look?.kitchen == "干净")
    let october = try decodeJSON(
      [Visit].self, sandbox.ok("export", "visits", "--month", "2026-10", "--format", "json"))
    #expect(october.map(\.id) == ["V20261012-0001"])
  }

  /// Visits as JSON Lines are written month by month as they are read: the lines are the
  /// logs' own, to standard output or to a file that appears only when complete.
  @Test func visitLinesStreamToStandardOutputOrAWholeFile() throws {
    let sandbox = try Self.township()
    let logs = sandbox.file("visits/2026-10.jsonl") + sandbox.file("visits/2026-11.jsonl")
    #expect(sandbox.run("export", "visits", "--format", "jsonl").stdout == logs)
    #expect(
      sandbox.run("export", "visits", "--format", "jsonl", "--month", "2026-11").stdout
        == sandbox.file("visits/2026-11.jsonl"))
    let written = sandbox.run("export", "visits", "--format", "jsonl", "--out", "visits.jsonl")
    #expect(written.status == 0 && written.stderr.contains("Wrote visits.jsonl."))
    let path = sandbox.root.appendingPathComponent("visits.jsonl").path
    #expect(try String(contentsOfFile: path, encoding: .utf8) == logs)

    // A damaged month stops the export: the old file stays as it was, nothing half-written
    // is left beside it.
    try Data("{}\n".utf8).write(
      to: URL(fileURLWithPath: sandbox.data + "/visits/2026-11.jsonl"), options: .atomic)
    let refused = sandbox.run("export", "visits", "--format", "jsonl", "--out", "visits.jsonl")
    #expect(refused.status != 0 && refused.stderr.contains("visits/2026-11.jsonl"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == logs)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)
        .filter { $0.contains("partial") }.isEmpty)
    let nowhere = sandbox.run(
      "export", "visits", "--format", "jsonl", "--month", "2026-10", "--out", "no/such/dir.jsonl")
    #expect(nowhere.status != 0 && nowhere.stderr.contains("Cannot write no/such/dir.jsonl"))
  }

  @Test func theSameFileTwiceChangesNothingTheSecondTime() throws {
    let sandbox = try Self.township()
    let file = try write(
      "姓名,联系电话,所在村,网格,出生年月,身份\n周强,138 0013 7000,凤林村,第一网格,1968.05,预备党员\n吴敏,13700137001,凤林村,第二网格,1970年3月,正式党员\n",
      "members.csv", in: sandbox)
    let first = sandbox.run("import", "members", file)
    #expect(
      first.status == 0
        && first.stderr.contains("2 to create, 0 to update, 0 unchanged, 0 rejected"))
    #expect(first.stderr.contains("Backup first: \(sandbox.data)/backups/"))
    let before = sandbox.snapshot().filter { !$0.key.hasPrefix("backups/") }
    let second = sandbox.run("import", "members", file)
    #expect(second.stderr.contains("0 to create, 0 to update, 2 unchanged, 0 rejected"))
    #expect(sandbox.snapshot().filter { !$0.key.hasPrefix("backups/") } == before)
    let member = try decodeJSON(Member.self, sandbox.ok("member", "show", "周强", "--format", "json"))
    #expect(
      member.phone == "13800137000" && member.born == "1968-05" && member.status == .probationary)
  }

  @Test func aRejectedRowLeavesTheFolderByteForByteUnchanged() throws {
    let sandbox = try Self.township()
    let file = try write(
      "户主,所在村,家庭人口\n钱叔,凤林村,3\n孙婶,无此村,2\n李伯,凤林村,三口\n", "households.csv", in: sandbox)
    let before = sandbox.snapshot()
    let refused = sandbox.run("import", "households", file)
    #expect(refused.status == 65)
    #expect(
      refused.stdout.contains("3  reject") && refused.stdout.contains("No village matches '无此村'"))
    #expect(
      refused.stdout.contains("4  reject")
        && refused.stdout.contains("'三口' is not a valid value for --size"))
    #expect(refused.stderr.contains("2 row(s) rejected (above); nothing was imported"))
    #expect(sandbox.snapshot() == before)
    // --dry-run shows every row and writes nothing either.
    let dry = sandbox.run("import", "households", file, "--dry-run")
    #expect(dry.status == 0 && dry.stdout.contains("2  create") && sandbox.snapshot() == before)
    // --skip-invalid imports the rest and sets the rejected rows aside with their reasons.
    let skipped = sandbox.run("import", "households", file, "--skip-invalid")
    #expect(skipped.status == 0 && skipped.stderr.contains("1 to create"))
    let rejected = try String(
      contentsOfFile: sandbox.root.appendingPathComponent("households.rejected.csv").path,
      encoding: .utf8)
    #expect(rejected.contains("孙婶,无此村,2,\"No village matches '无此村'"))
    #expect(rejected.split(separator: "\r\n").count == 3)
  }

  @Test func aGB18030FileFromChineseExcelWithATitleRowAndOddHeaders() throws {
    let sandbox = try Self.township()
    let text = "凤林村党员花名册\r\n姓 名,本人手机,所在村（必填）,入党时间\r\n镕基,13600136000,凤林村,46349\r\n"
    let bytes = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
    #expect(String(data: bytes, encoding: .utf8) == nil)  // really not UTF-8
    let file = sandbox.root.appendingPathComponent("roster.csv")
    try bytes.write(to: file)
    let map = try write(
      "{\"columns\": {\"phone\": \"本人手机\"}, \"skipRows\": 1}", "map.json", in: sandbox)
    let result = sandbox.run("import", "members", file.path, "--map", map)
    #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
    let member = try decodeJSON(Member.self, sandbox.ok("member", "show", "镕基", "--format", "json"))
    #expect(member.phone == "13600136000" && member.joined == Day(year: 2026, month: 11, day: 23))
  }

  @Test func linksInOneRowPerMemberAndVisitForms() throws {
    let sandbox = try Self.township()
    let links = try write("联系党员,联系户,岗位\n张建国,王大妈、赵大爷，孙阿姨,主联\n", "links.csv", in: sandbox)
    let linked = sandbox.run("import", "links", links)
    #expect(
      linked.status == 0 && linked.stderr.contains("2 to create, 0 to update, 1 unchanged"),
      "\(linked.stdout) \(linked.stderr)")
    let visits = try write(
      "走访日期,走访党员,走访农户,走访方式,看厨房,问困难诉求,意见建议数\n2026/11/21,张建国,孙阿姨,上门,整洁,想装路灯,1\n2026年11月22日,13800138000,赵大爷,电话,,,0\n",
      "visits.csv", in: sandbox)
    let imported = sandbox.run("import", "visits", visits)
    #expect(
      imported.status == 0 && imported.stderr.contains("2 to create"),
      "\(imported.stdout) \(imported.stderr)")
    let november = try decodeJSON(
      [Visit].self, sandbox.ok("visit", "list", "--month", "2026-11", "--format", "json"))
    let imported21 = try #require(november.first { $0.date == Day(year: 2026, month: 11, day: 21) })
    #expect(
      imported21.look?.kitchen == "整洁" && imported21.ask?.needs == "想装路灯"
        && imported21.id == "V20261121-0001")
    #expect(
      sandbox.run("import", "visits", visits).stderr.contains(
        "0 to create, 0 to update, 2 unchanged"))
    // A visit added by hand afterwards takes the next number of its day.
    #expect(
      try sandbox.ok(
        "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-21")
        == "V20261121-0002")
  }

  @Test func templatesFillInAndImport() throws {
    let sandbox = try Self.township()
    let template = sandbox.run(["import", "template", "households", "--lang", "zh"], data: false)
    #expect(template.stdout.hasPrefix("\u{FEFF}户主,户主电话,村,网格"))
    let file = try write(template.stdout, "template.csv", in: sandbox)
    let imported = sandbox.run("import", "households", file)
    // The example 王大妈 lives in 东院: not the 王大妈 on the roster, so a new household.
    #expect(
      imported.status == 0 && imported.stderr.contains("1 to create, 0 to update"),
      "\(imported.stdout)\(imported.stderr)")
  }

  @Test func unreadableInputsAreClearErrors() throws {
    let sandbox = try Self.township()
    #expect(sandbox.run("import", "members", "nope.csv").status == 66)
    let quote = try write("姓名,联系电话,所在村\n\"张三,13700000000,凤林村\n", "bad.csv", in: sandbox)
    let unterminated = sandbox.run("import", "members", quote)
    #expect(unterminated.status == 65 && unterminated.stderr.contains("line 2"))
    let missing = try write("姓名,所在村\n张三,凤林村\n", "missing.csv", in: sandbox)
    let noPhone = sandbox.run("import", "members", missing)
    #expect(noPhone.status == 65 && noPhone.stderr.contains("phone"))
  }

  @Test func rowsThatWouldShiftOrForgeIdsAreRejected() throws {
    let sandbox = try Self.township()
    let before = sandbox.snapshot()
    let long = try write("户主,所在村,家庭住址,备注\n孙甲,凤林村,凤林村8号,东头,老人独居\n", "long.csv", in: sandbox)
    let shifted = sandbox.run("import", "households", long)
    #expect(shifted.status == 65 && shifted.stdout.contains("the row has 5 cells, the header 4"))
    let ids = try write(
      "编号,户主,所在村\n1,钱叔,凤林村\nV20261120-9223372036854775807,孙婶,凤林村\n", "ids.csv", in: sandbox)
    let forged = sandbox.run("import", "households", ids)
    #expect(forged.status == 65 && forged.stdout.contains("an id such as H00001"))
    let visits = try write(
      "编号,走访日期,走访党员,走访农户\nV20261120-9223372036854775807,2026-11-20,张建国,王大妈\n", "v.csv", in: sandbox)
    #expect(
      sandbox.run("import", "visits", visits, "--dry-run").stdout.contains("a visit id such as"))
    let serial = try write("走访日期,走访党员,走访农户\n2026,张建国,王大妈\n", "serial.csv", in: sandbox)
    #expect(
      sandbox.run("import", "visits", serial).stdout.contains(
        "'2026' is not a valid value for --date"))
    #expect(sandbox.snapshot() == before)
  }

  @Test func anotherTownshipsExportIsRefusedWhole() throws {
    let source = try Self.township()
    let file = try write(source.run("export", "all").stdout, "all.json", in: source)
    let other = try Sandbox()
    _ = try other.ok("init", "--township", "青山镇")
    _ = try other.ok("village", "add", "--name", "青山村")
    let before = other.snapshot()
    let refused = other.run("import", "all", file)
    #expect(refused.status == 65 && refused.stderr.contains("This file holds 凤林镇's records"))
    #expect(other.snapshot() == before)
  }

  @Test func skipInvalidBackupsAndTheRejectedFile() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("backup")
    let file = try write("户主,所在村\n钱叔,无此村\n", "all-bad.csv", in: sandbox)
    let allBad = sandbox.run("import", "households", file, "--skip-invalid")
    #expect(allBad.status == 65)
    let before = sandbox.snapshot()
    let badPath = sandbox.run(
      "import", "households", file, "--skip-invalid", "--rejected", "/nonexistent/x.csv")
    #expect(badPath.status == 73 && badPath.stderr.contains("/nonexistent/x.csv"))
    #expect(sandbox.snapshot() == before)
    for index in 0..<6 {
      let good = try write("户主,所在村\n新户\(index),凤林村\n", "good\(index).csv", in: sandbox)
      _ = try sandbox.ok("import", "households", good)
    }
    // Six imports keep five automatic backups and never touch the clerk's own.
    #expect(try Backup.list(in: sandbox.data + "/backups").count == 1)
    #expect(try Backup.list(in: sandbox.data + "/backups/before-import").count == 5)
  }

  @Test func departedMembersStayDepartedThroughCSV() throws {
    let source = try Self.township()
    _ = try source.ok("member", "leave", "李秀英", "--date", "2026-11-22")
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇")
    for kind in ["villages", "grids", "members"] {
      _ = try target.ok(
        "import", kind, try write(source.run("export", kind).stdout, "\(kind).csv", in: source))
    }
    let member = try decodeJSON(Member.self, target.ok("member", "show", "李秀英", "--format", "json"))
    #expect(member.left == Day(year: 2026, month: 11, day: 22))
  }

  @Test func howManyAutomaticBackupsIsTheClerksChoice() throws {
    let sandbox = try Self.township()
    sandbox.environment["LIAISON_IMPORT_BACKUPS"] = "2"
    for index in 0..<3 {
      _ = try sandbox.ok(
        "import", "villages", try write("村名\n新村\(index)\n", "v\(index).csv", in: sandbox))
    }
    #expect(try Backup.list(in: sandbox.data + "/backups/before-import").count == 2)
    sandbox.environment["LIAISON_IMPORT_BACKUPS"] = "0"
    let none = sandbox.run("import", "villages", try write("村名\n又一村\n", "v9.csv", in: sandbox))
    #expect(none.status == 0 && !none.stderr.contains("Backup first"))
    #expect(try Backup.list(in: sandbox.data + "/backups/before-import").count == 2)
  }
}
