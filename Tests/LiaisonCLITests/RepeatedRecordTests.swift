import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Records typed in twice are refused, naming the record on file, unless the clerk says
/// `--again`; a refused one writes nothing.
@Suite struct RepeatedRecordTests {
  /// Runs a command that must be refused as a repeat of `existing`, and checks that the
  /// folder is byte for byte as it was.
  func expectRefused(
    _ sandbox: Sandbox, _ arguments: [String], naming existing: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let before = sandbox.snapshot()
    let result = sandbox.run(arguments)
    #expect(result.status == 65, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(existing), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("--again"), sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(sandbox.snapshot() == before, sourceLocation: sourceLocation)
  }

  @Test func aSecondHouseholdWithTheSameHeadIsRefusedUnlessAgain() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let add = ["household", "add", "--head", "王大妈", "--village", "凤林村"]
    expectRefused(sandbox, add, naming: "headed by 王大妈 (H00001)")
    // A phone only the one on file has does not tell the new one apart either.
    _ = try sandbox.ok("household", "edit", "赵大爷", "--phone", "13512345678")
    expectRefused(
      sandbox, ["household", "add", "--head", "赵大爷", "--village", "凤林村"], naming: "H00002")
    expectRefused(
      sandbox,
      ["household", "add", "--head", "赵大爷", "--village", "凤林村", "--phone", "13512345678"],
      naming: "H00002")
    #expect(try sandbox.ok(add + ["--again"]) == "H00004")
    // Its own phone, courtyard or address tells it apart.
    #expect(
      try sandbox.ok(
        "household", "add", "--head", "赵大爷", "--village", "凤林村", "--phone", "13587654321")
        == "H00005")
    #expect(
      try sandbox.ok("household", "add", "--head", "孙阿姨", "--village", "凤林村", "--courtyard", "东院")
        == "H00006")
    let refused = sandbox.run(
      "household", "add", "--head", "孙阿姨", "--village", "凤林村", "--lang", "zh")
    #expect(refused.stderr.contains("如确是另一户，请加 --again"), "\(refused.stderr)")
  }

  @Test func aMemberWithTheSameNameAndBirthIsRefusedButNamesakesAreNot() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("member", "edit", "张建国", "--born", "1968-05")
    let add = [
      "member", "add", "--name", "张建国", "--phone", "13700137000", "--village", "凤林村", "--born",
      "1968-05",
    ]
    expectRefused(sandbox, add, naming: "M0001")
    let refused = sandbox.run(add)
    #expect(refused.stderr.contains("liaison member edit M0001 --phone 13700137000"))
    // A namesake born in another year, or whose birth is not known, is another person.
    #expect(
      try sandbox.ok(
        "member", "add", "--name", "张建国", "--phone", "13700137001", "--village", "凤林村",
        "--born", "1975-02") == "M0003")
    #expect(
      try sandbox.ok(
        "member", "add", "--name", "张建国", "--phone", "13700137002", "--village", "凤林村")
        == "M0004")
    #expect(try sandbox.ok(add + ["--again"]) == "M0005")
  }

  @Test func theSameVisitTypedTwiceIsRefusedNamingTheVisit() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let visit = ["visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20"]
    // Notes under the four questions come first on the line (`ask` sorts before `date`).
    #expect(try sandbox.ok(visit + ["--ask-family", "老伴住院"]) == "V20261120-0001")
    // Another mode, or a need raised with it, does not make it another visit.
    expectRefused(sandbox, visit + ["--mode", "电话"], naming: "Visit V20261120-0001")
    expectRefused(sandbox, visit + ["--need", "路灯坏了"], naming: "V20261120-0001")
    #expect(try sandbox.ok(visit + ["--again"]) == "V20261120-0002")
    // Another day, member or household is another visit.
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-21")
    _ = try sandbox.ok(
      "visit", "add", "--member", "李秀英", "--household", "王大妈", "--date", "2026-11-20")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-20")
    // A visit whose date was corrected into another month sits in that month's log.
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "孙阿姨", "--date", "2026-10-05")
    _ = try sandbox.ok("visit", "edit", "V20261005-0001", "--date", "2026-11-19")
    expectRefused(
      sandbox,
      ["visit", "add", "--member", "张建国", "--household", "孙阿姨", "--date", "2026-11-19"],
      naming: "V20261005-0001")
  }

  @Test func importRowsRepeatingRecordsAreRejectedUnlessAgain() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("member", "edit", "张建国", "--born", "1968-05")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    func file(_ name: String, _ text: String) throws -> String {
      let path = sandbox.root.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    // Visits first: a second 张建国 taken with --again makes the name ambiguous.
    let cases = [
      (
        "visits", try file("v.csv", "走访日期,走访党员,走访农户,走访方式\n2026-11-20,张建国,王大妈,电话\n"),
        "V20261120-0001"
      ),
      (
        "members", try file("m.csv", "姓名,联系电话,所在村,出生年月\n张建国,13700137000,凤林村,1968.05\n"),
        "M0001"
      ),
    ]
    for (kind, path, existing) in cases {
      let before = sandbox.snapshot()
      let refused = sandbox.run("import", kind, path)
      #expect(refused.status == 65, "\(kind): \(refused.stderr)")
      #expect(
        refused.stdout.contains("2  reject") && refused.stdout.contains(existing)
          && refused.stdout.contains("--again"), "\(kind): \(refused.stdout)")
      #expect(sandbox.snapshot() == before, "\(kind)")
      let taken = sandbox.run("import", kind, path, "--again")
      #expect(taken.status == 0 && taken.stderr.contains("1 to create"), "\(kind): \(taken.stderr)")
    }
    let visits = try decodeJSON(
      [Visit].self, sandbox.ok("visit", "list", "--month", "2026-11", "--format", "json"))
    #expect(visits.map(\.mode) == [.inPerson, .phone])
  }

  @Test func aHouseholdRowMatchesTheHouseholdItRepeatsUnlessItsPhoneDiffers() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("household", "edit", "王大妈", "--phone", "13512345678")
    let path = sandbox.root.appendingPathComponent("h.csv").path
    try "户主,所在村,联系电话\n王大妈,凤林村,13512345678\n赵大爷,凤林村,\n孙阿姨,凤林村,13587654321\n王大妈,凤林村,13511112222\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let imported = sandbox.run("import", "households", path)
    #expect(
      imported.status == 0 && imported.stderr.contains("1 to create, 1 to update, 2 unchanged"),
      "\(imported.stdout) \(imported.stderr)")
    let households = try decodeJSON(
      [Household].self, sandbox.ok("household", "list", "--format", "json"))
    #expect(
      households.filter { $0.head == "王大妈" }.map { [$0.id, $0.phone ?? ""] } == [
        ["H00001", "13512345678"], ["H00004", "13511112222"],
      ])
    #expect(households.first { $0.head == "孙阿姨" }?.phone == "13587654321")
  }
}
