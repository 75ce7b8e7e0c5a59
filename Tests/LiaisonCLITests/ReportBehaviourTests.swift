import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// What reports promise beyond their layout: figures that match the raw files, past months
/// that do not move, the county roll-up, the worksheet's way back in, and `-o`.
@Suite struct ReportBehaviourTests {
  static func json<T: Decodable>(
    _ type: T.Type, _ sandbox: Sandbox, _ arguments: String...
  ) throws -> T {
    let result = sandbox.run(arguments + ["--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(T.self, from: Data(result.stdout.utf8))
  }

  /// The demo's October figures counted a second way: straight from the JSON files, with
  /// JSONSerialization, none of liaison's own reading or counting.
  @Test func theMonthlyFiguresAgreeWithACountOverTheRawFiles() throws {
    let sandbox = try ReportGoldenTests.demo()
    let report = try Self.json(
      MonthlyReport.self, sandbox, "report", "monthly", "--month", "2026-10")
    func records(_ name: String) throws -> [[String: Any]] {
      let data = try Data(contentsOf: URL(fileURLWithPath: sandbox.data + "/" + name))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }
    let log = try String(contentsOfFile: sandbox.data + "/visits/2026-10.jsonl", encoding: .utf8)
    let visits = try log.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let members = try records("members.json").filter {
      ($0["left"] as? String).map { $0 > "2026-10-31" } ?? true
    }
    let households = try records("households.json")
    let links = try records("links.json").filter {
      ($0["from"] as! String) <= "2026-10-31"
        && (($0["to"] as? String).map { $0 > "2026-10-31" } ?? true)
    }
    let summary = report.summary
    #expect(summary.visits == visits.count)
    #expect(summary.householdsVisited == Set(visits.map { $0["household"] as! String }).count)
    #expect(summary.opinions == visits.reduce(0) { $0 + (($1["opinions"] as? Int) ?? 0) })
    #expect(summary.members == members.count)
    #expect(summary.households == households.count)
    #expect(summary.linkedHouseholds == Set(links.map { $0["household"] as! String }).count)
    let visitedPerMember = members.map { member in
      Set(
        visits.filter { $0["member"] as? String == member["id"] as? String }.map {
          $0["household"] as! String
        }
      ).count
    }
    let average = Double(visitedPerMember.reduce(0, +)) / Double(members.count)
    #expect(summary.averageHouseholdsVisitedPerMember == (average * 10).rounded() / 10)
    #expect(report.membersWithoutVisits.count == visitedPerMember.count { $0 == 0 })
    let needs = try records("needs.json")
    #expect(summary.needs.raised == needs.count { ($0["raised"] as! String).hasPrefix("2026-10") })
    for village in report.villages {
      let ids = Set(
        households.filter { $0["village"] as? String == village.id }.map { $0["id"] as! String })
      #expect(
        village.visits == visits.count { ids.contains($0["household"] as! String) },
        "\(village.name)")
    }
    #expect(report.villages.reduce(0) { $0 + $1.visits } == summary.visits)
    #expect(report.grids.reduce(0) { $0 + $1.households } == summary.households)
  }

  /// October's report, printed again after November's roster changes, visits and needs, is
  /// the same report.
  @Test func aPastMonthIsUnchangedByLaterRosterEdits() throws {
    let sandbox = try Sandbox(today: "2026-10-01")
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "赵大爷", "--from", "2026-10-01")
    sandbox.environment["LIAISON_TODAY"] = "2026-11-05"
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-10-12")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-10-20", "--need",
      "修路",
      "--need-urgency", "红")
    let arguments = ["report", "monthly", "--month", "2026-10"]
    let before = (
      sandbox.run(arguments + ["--format", "json"]).stdout, sandbox.run(arguments).stdout
    )
    // November: new people, a link ended, a member gone, more visits and needs.
    sandbox.environment["LIAISON_TODAY"] = "2026-11-20"
    _ = try sandbox.ok(
      "member", "add", "--name", "周强", "--phone", "13700137000", "--village", "凤林村",
      "--since", "2026-11-10")
    _ = try sandbox.ok(
      "household", "add", "--head", "钱叔", "--village", "凤林村", "--grid", "第一网格", "--since",
      "2026-11-10")
    _ = try sandbox.ok("link", "add", "--member", "周强", "--household", "钱叔", "--from", "2026-11-10")
    _ = try sandbox.ok("link", "end", "L00002", "--date", "2026-11-02")
    _ = try sandbox.ok("member", "leave", "李秀英", "--date", "2026-11-15")
    _ = try sandbox.ok(
      "visit", "add", "--member", "周强", "--household", "钱叔", "--date", "2026-11-12")
    _ = try sandbox.ok("need", "resolve", "N00001", "--resolution", "修好了", "--date", "2026-11-03")
    _ = try sandbox.ok("need", "add", "--household", "孙阿姨", "--text", "低保", "--date", "2026-11-06")
    let after = (
      sandbox.run(arguments + ["--format", "json"]).stdout, sandbox.run(arguments).stdout
    )
    #expect(after.0 == before.0)
    #expect(after.1 == before.1)
    // …while November's report does see them.
    let november = try Self.json(
      MonthlyReport.self, sandbox, "report", "monthly", "--month", "2026-11")
    #expect(november.summary.members == 2)  // 张建国 and 周强; 李秀英 left
    #expect(november.summary.households == 4)
    #expect(november.unlinkedHouseholds.map(\.head).sorted() == ["孙阿姨", "赵大爷"])
  }

  @Test func severalTownshipsRollUpIntoACountyReport() throws {
    let demo = try ReportGoldenTests.demo()
    let other = try Sandbox(today: "2026-10-01")
    try other.township()
    other.environment["LIAISON_TODAY"] = "2026-11-23"
    _ = try other.ok("link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try other.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-10-09")
    let result = demo.run(
      [
        "report", "monthly", "--month", "2026-10", "--data", demo.data, "--data", other.data,
        "--format", "json",
      ],
      data: false)
    #expect(result.status == 0, "\(result.stderr)")
    let county = try JSONDecoder().decode(CountyReport.self, from: Data(result.stdout.utf8))
    #expect(county.townships.count == 2)
    #expect(county.total.visits == county.townships.reduce(0) { $0 + $1.visits })
    #expect(county.total.members == county.townships.reduce(0) { $0 + $1.members })
    #expect(county.townships[1].visits == 1)
    let text = demo.run(
      ["report", "monthly", "--month", "2026-10", "--data", demo.data, "--data", other.data],
      data: false)
    #expect(text.stdout.contains("合计"))
    GoldenFile.expectTablesLineUp(text.stdout)
    for line in text.stdout.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "wider than 80 columns: \(line)")
    }
  }

  /// Townships are read two at a time, but what a clerk sees is what reading them one by one
  /// gives: each folder's warnings in the order the folders were given, and the first folder
  /// that does not read stops the roll-up after the warnings of those before it.
  @Test func aRollUpWarnsAndFailsInTheOrderItsFoldersWereGiven() throws {
    let folders = try (0..<4).map { _ in try ReportGoldenTests.demo(language: "en") }
    func tear(_ sandbox: Sandbox, _ text: String) throws {
      let log = URL(fileURLWithPath: sandbox.data + "/visits/2026-10.jsonl")
      let handle = try FileHandle(forWritingTo: log)
      handle.seekToEndOfFile()
      handle.write(Data(text.utf8))
      try handle.close()
    }
    // Warnings name the log, not the folder: blank lines before each torn one tell them apart.
    for (place, sandbox) in folders.enumerated() {
      try tear(sandbox, String(repeating: "\n", count: place) + #"{"date":"2026-10-3"#)
    }
    let lines = try folders.map { sandbox in
      try String(contentsOfFile: sandbox.data + "/visits/2026-10.jsonl", encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).count
    }
    let arguments =
      ["report", "monthly", "--month", "2026-10"]
      + folders.flatMap { ["--data", $0.data] }
    let torn = folders[0].run(arguments, data: false)
    #expect(torn.status == 0, "\(torn.stderr)")
    let warned = torn.stderr.split(separator: "\n").filter { $0.contains("incomplete last line") }
    #expect(warned.count == 4)
    for ((line, count), sandbox) in zip(zip(warned, lines), folders) {
      #expect(line.hasPrefix("Warning: " + sandbox.data + ": "), "\(line)")
      #expect(line.contains("visits/2026-10.jsonl:\(count):"), "\(line)")
    }
    // The third folder's log has a bad line: the first two warn, the third stops it.
    try tear(folders[2], "\n{not a visit}\n")
    let failed = folders[0].run(arguments, data: false)
    #expect(failed.status != 0)
    #expect(failed.stdout.isEmpty)
    #expect(failed.stderr.contains(folders[2].data + "/visits/2026-10.jsonl"))
    #expect(failed.stderr.contains("visits/2026-10.jsonl:\(lines[0]):"))
    #expect(failed.stderr.contains("visits/2026-10.jsonl:\(lines[1]):"))
    #expect(!failed.stderr.contains("visits/2026-10.jsonl:\(lines[3]):"))
  }

  /// The week's total counts each need once, those the clerk raised included (a review
  /// found it adding up members' rows, where a need raised by one member and handled by
  /// another counted twice); each need sits in one member's row — who raised it — and the
  /// clerk's in a row of their own, so the rows add up (issue #17).
  @Test func theWeeklyTotalCountsEachNeedOnce() throws {
    let sandbox = try Sandbox(today: "2026-11-01")
    try sandbox.township()
    sandbox.environment["LIAISON_TODAY"] = "2026-11-23"
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-11-01")
    _ = try sandbox.ok(
      "need", "add", "--household", "王大妈", "--text", "路灯", "--raised-by", "李秀英", "--handler", "张建国",
      "--date", "2026-11-17")
    _ = try sandbox.ok("need", "add", "--household", "赵大爷", "--text", "化肥", "--date", "2026-11-18")
    _ = try sandbox.ok("need", "resolve", "N00001", "--resolution", "修了", "--date", "2026-11-19")
    let report = try Self.json(WeeklyReport.self, sandbox, "report", "weekly", "--week", "2026-W47")
    #expect(report.totals.needsRaised == 2)
    #expect(report.totals.needsResolved == 1)
    let rows = Dictionary(uniqueKeysWithValues: report.members.map { ($0.name, $0) })
    #expect(rows["李秀英"]?.needsRaised == 1 && rows["李秀英"]?.needsResolved == 1)
    #expect(rows["张建国"]?.needsRaised == 0 && rows["张建国"]?.needsResolved == 0)
    #expect(report.needsOfNoMember.needsRaised == 1 && report.needsOfNoMember.needsResolved == 0)
  }

  @Test func everyTextReportFitsEightyColumnsInEnglishToo() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    for (_, arguments) in ReportGoldenTests.reports {
      let result = sandbox.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      for line in result.stdout.split(separator: "\n") {
        #expect(DisplayWidth.of(String(line)) <= 80, "\(arguments) wider than 80 columns: \(line)")
      }
    }
  }

  @Test func aFilledWorksheetImportsBackAsVisits() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    for head in ["王大妈", "赵大爷", "孙阿姨"] {
      _ = try sandbox.ok(
        "link", "add", "--member", "张建国", "--household", head, "--from", "2026-11-01")
    }
    let sheet = sandbox.run("report", "worksheet", "--member", "张建国", "--format", "csv").stdout
    var lines = sheet.components(separatedBy: "\r\n")
    #expect(lines.count == 5)  // header, three households, the final empty string
    // Names beside the ids, for the member to read; the import passes them over quietly.
    #expect(lines[1].contains(",M0001,张建国,") && lines[1].contains("王大妈"))
    lines[1] = "2026-11-20" + lines[1] + "上门"
    lines[3] = "2026-11-21" + lines[3] + "电话"
    let file = sandbox.root.appendingPathComponent("filled.csv")
    try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
    let imported = sandbox.run("import", "visits", file.path)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stderr.contains("Skipped 1 worksheet row"))
    #expect(!imported.stderr.contains("not imported"), "\(imported.stderr)")
    let visits = try JSONDecoder().decode(
      [Visit].self, from: Data(try sandbox.ok("visit", "list", "--all", "--format", "json").utf8))
    #expect(visits.map(\.date.description).sorted() == ["2026-11-20", "2026-11-21"])
    #expect(visits.allSatisfy { $0.member == "M0001" })
  }

  @Test func outputGoesToTheFileNamedInTheFormatOfItsExtension() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let path = sandbox.root.appendingPathComponent("十月.html").path
    let result = sandbox.run("report", "monthly", "--month", "2026-10", "-o", path)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    // Self-contained: inline style and SVG, nothing fetched.
    #expect(html.contains("<svg") && html.contains("@page{size:A4"))
    #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"))
    let refused = sandbox.run("report", "monthly", "-o", "/no/such/folder/r.md")
    #expect(refused.status == 73)
    #expect(refused.stderr.contains("Cannot write /no/such/folder/r.md"))
  }

  @Test func badReportInputIsRefusedWithAMessage() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let before = sandbox.snapshot()
    for (arguments, message) in [
      (["report", "monthly", "--month", "十月"], "--month"),
      (["report", "monthly", "--format", "pdf"], "--format"),
      (["report", "monthly", "--days", "0"], "not a valid value for --days"),
      (["report", "weekly", "--week", "2026-W60"], "a week from 1900 to 2099 such as"),
      (["report", "public-table"], "--village"),
      (["report", "worksheet", "--member", "无名氏"], "No member matches"),
      (["report", "coverage", "--sort", "age"], "--sort"),
      // Found by review: a huge look-back crashed on a date before year 1000.
      (["report", "monthly", "--days", "3000000"], "a number of days from 1 to 3660"),
      (["report", "monthly", "--month", "2027-01"], "begins on 2027-01-01, after today"),
      (["report", "weekly", "--week", "2026-W49"], "begins on 2026-11-30, after today"),
      (["report", "monthly", "-o", "r.pdf"], "a file ending in .txt, .md, .csv, .json or .html"),
      (
        ["report", "monthly", "--data", sandbox.data, "--data", sandbox.data + "/"],
        "is given twice"
      ),
      (
        ["report", "monthly", "--data", sandbox.data, "--data", "/tmp", "--village", "凤林村"],
        "county roll-up"
      ),
    ] {
      let result = sandbox.run(arguments)
      #expect(result.status == 64 || result.status == 65, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(sandbox.snapshot() == before)
  }

  /// A rules file that does not read ranks the month by visits, and says so; the report
  /// itself is still printed (its figures do not depend on the rules).
  @Test func aRulesFileThatDoesNotReadRanksByVisitsAndSaysSo() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let ranked = try Self.json(
      Ranked.self, sandbox, "report", "monthly", "--month", "2026-11")
    #expect(ranked.ranking.basis == "score")
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try #"{"base": "sixty"}"#.write(
      toFile: sandbox.data + "/rules/scoring.json", atomically: true, encoding: .utf8)
    let result = sandbox.run("report", "monthly", "--month", "2026-11", "--format", "json")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("rules/scoring.json does not read"), "\(result.stderr)")
    #expect(result.stderr.contains("the ranking is by visits"))
    let fallen = try JSONDecoder().decode(Ranked.self, from: Data(result.stdout.utf8))
    #expect(fallen.ranking.basis == "visits")
  }

  struct Ranked: Decodable {
    struct Ranking: Decodable { var basis: String }
    var ranking: Ranking
  }
}
