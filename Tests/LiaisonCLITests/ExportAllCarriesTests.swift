import Foundation
import LiaisonTestSupport
import Testing

/// `export all` carries the teams', supervision's and rules files too, so that `import all`
/// into a new folder gives back a folder whose every command answers as the old one did;
/// a carried file that its reader would refuse is refused before anything is written.
@Suite struct ExportAllCarriesTests {
  /// The demo (with its teams) and a season of supervision, township and village rules,
  /// and the forms' sign-off names.
  static func source() throws -> Sandbox {
    let sandbox = try SupervisionFixture.demo(language: "en")
    _ = try sandbox.ok("rules", "init")
    _ = try sandbox.ok("index", "init-rules")
    _ = try sandbox.ok(
      "score", "star", "award", "--village", "凤林村", "--half", "2026-H2", "--kind", "学习宣传星",
      "--member", "M0001")
    // A village's own base score, and the sign-off names, laid out by hand.
    try #"{ "base": 55 }"#.write(
      toFile: sandbox.data + "/rules/C001.json", atomically: true, encoding: .utf8)
    try "{\"unit\": \"凤林镇党委组织办\",\n \"preparer\": \"李文\"}\n".write(
      toFile: sandbox.data + "/rules/forms.json", atomically: true, encoding: .utf8)
    return sandbox
  }

  /// The source's export, changed by `edit`, imported into an empty township: refused, with
  /// nothing written.
  static func refused(
    _ source: Sandbox, _ edit: (inout [String: Any]) -> Void
  ) throws -> RunResult {
    var bundle =
      try JSONSerialization.jsonObject(with: Data(try source.ok("export", "all").utf8))
      as! [String: Any]
    edit(&bundle)
    let file = source.root.appendingPathComponent("bad.json").path
    try JSONSerialization.data(withJSONObject: bundle).write(to: URL(fileURLWithPath: file))
    let target = try emptyTownship()
    let before = target.snapshot()
    let refused = target.run("import", "all", file)
    #expect(refused.status != 0)
    #expect(target.snapshot() == before)
    #expect(!FileManager.default.fileExists(atPath: target.root.path + "/escape.json"))
    return refused
  }

  static func emptyTownship() throws -> Sandbox {
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇", "--code", "330881118")
    return target
  }

  static let carriedFiles = [
    "teams.json", "team-people.json", "team-tasks.json", "team-work.json", "team-ratings.json",
    "team-pioneers.json", "team-projects.json", "inspections.json", "workreports.json",
    "index-adjustments.json", "reserves.json", "stars.json", "rules/scoring.json", "rules/supervision.json",
    "rules/C001.json", "rules/forms.json",
  ]

  @Test func aNewFolderGetsBackEveryFileAndEveryAnswer() throws {
    let source = try Self.source()
    let exported = try source.ok("export", "all")
    let file = source.root.appendingPathComponent("all.json").path
    try exported.write(toFile: file, atomically: true, encoding: .utf8)
    let target = try Self.emptyTownship()
    let imported = target.run("import", "all", file)
    #expect(imported.status == 0, "\(imported.stdout) \(imported.stderr)")
    for name in Self.carriedFiles {
      let before = try Data(contentsOf: URL(fileURLWithPath: source.data + "/" + name))
      let after = try? Data(contentsOf: URL(fileURLWithPath: target.data + "/" + name))
      #expect(after == before, "\(name)")
    }
    #expect(try target.ok("export", "all") == exported)
    for command in [
      ["team", "list"], ["team", "task", "list"], ["inspection", "list"],
      ["index", "grade", "--period", "2026-11"], ["reserve", "propose", "--year", "2026"],
      ["score", "show", "--period", "2026-11", "--village", "凤林村"], ["rules", "show"],
      ["report", "monthly", "--month", "2026-11", "--format", "html"],
    ] {
      #expect(try target.ok(command) == source.ok(command), "\(command)")
    }
    let again = target.run("import", "all", file)
    #expect(again.stderr.contains("0 to create, 0 to update"), "\(again.stderr)")
  }

  @Test func aBundleWrittenBeforeTheyWereCarriedStillImports() throws {
    let source = try Self.source()
    var bundle =
      try JSONSerialization.jsonObject(with: Data(try source.ok("export", "all").utf8))
      as! [String: Any]
    for key in [
      "teamPeople", "teams", "teamTasks", "teamWork", "teamRatings", "teamPioneers",
      "teamProjects", "inspections", "workReports", "indexAdjustments", "reserves", "stars",
      "rules",
    ] {
      #expect(bundle.removeValue(forKey: key) != nil, "\(key)")
    }
    let file = source.root.appendingPathComponent("old.json").path
    try JSONSerialization.data(withJSONObject: bundle).write(to: URL(fileURLWithPath: file))
    let target = try Self.emptyTownship()
    _ = try target.ok("import", "all", file)
    #expect(try target.ok("member", "list") == source.ok("member", "list"))
    #expect(!FileManager.default.fileExists(atPath: target.data + "/teams.json"))
  }

  /// Each bad carried file is refused with its name and what is wrong, and nothing lands.
  @Test(arguments: [
    ("rules/scoring.json", #"{"items": "many"}"#, "rules/scoring.json"),
    ("rules/C001.json", #"{"itemz": []}"#, "rules/C001.json"),
    ("rules/../../escape.json", "{}", "no such rules file"),
    ("rules/C999.json", "{}", "no such rules file"),
    ("members.json", "[]", "no such rules file"),
  ])
  func aCarriedFileItsReaderWouldRefuseIsRefused(
    _ name: String, _ text: String, _ named: String
  ) throws {
    let refused = try Self.refused(try Self.source()) { bundle in
      var rules = bundle["rules"] as! [String: String]
      rules[name] = text
      bundle["rules"] = rules
    }
    // The reason may be wrapped to the terminal's width: read it as one line.
    let said = (refused.stdout + refused.stderr).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(said.contains(named), "\(refused.stdout)")
    #expect(!said.contains("restore it from a backup"), "the folder's own files are not at fault")
  }

  @Test func aCarriedRecordWithoutAnIdIsRefused() throws {
    let refused = try Self.refused(try Self.source()) { bundle in
      var inspections = bundle["inspections"] as! [[String: Any]]
      inspections[0]["id"] = ""
      bundle["inspections"] = inspections
    }
    #expect(refused.stdout.contains("inspections[0]"), "\(refused.stdout)")
  }
}
