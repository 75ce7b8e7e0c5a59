import Foundation
import LiaisonTestSupport
import Testing

/// Issue #14, points 9 and 12: numbers and dates bounded at input, garbage refused, and
/// what a hand edit lets in reported by `check`.
@Suite struct HardeningInputTests {
  static let refused: [[String]] = [
    ["visit", "add", "--member", "张建国", "--household", "王大妈", "--opinions", "9223372036854775807"],
    ["visit", "add", "--member", "张建国", "--household", "王大妈", "--opinions", "-5"],
    ["visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "1000-01-01"],
    ["member", "leave", "张建国", "--date", "-2026-11-01"],
    ["report", "monthly", "--month", "1000-01"],
    ["report", "weekly", "--week", "1000-W01"],
    ["report", "weekly", "--today", "9999-12-27"],
    ["score", "show", "--period", "1000"],
    ["visit", "add", "--member", "张建国", "--household", "王大妈", "--photo", "/etc/shadow"],
    ["visit", "add", "--member", "张建国", "--household", "王大妈", "--photo", "/dev/zero"],
    ["activity", "add", "--member", "张建国", "--kind", "护河", "--photo", "/tmp"],
  ]

  @Test(arguments: refused)
  func refusedWithAMessageAndNothingWritten(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let snapshot = sandbox.snapshot()
    let result = sandbox.run(arguments)
    #expect(result.status == 64 || result.status == 65, "\(arguments): \(result.stderr)")
    #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
    #expect(sandbox.snapshot() == snapshot)
  }

  @Test func twoRowsNamingOneRecordAreRejectedNotMerged() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let file = sandbox.root.path + "/农户.csv"
    try "户主,村,编号\n钱叔,凤林村,H00010\n周婶,凤林村,H00010\n吴伯,凤林村,\n吴伯,凤林村,\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let result = sandbox.run("import", "households", file, "--skip-invalid")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("the same household (H00010) as line 2"), "\(result.stdout)")
    #expect(result.stdout.contains("as line 4"), "\(result.stdout)")
    let households = sandbox.file("households.json")
    #expect(households.contains("钱叔") && !households.contains("周婶"))
    #expect(households.components(separatedBy: "吴伯").count == 2)
  }

  @Test func checkReportsWhatAHandEditLetIn() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    func edit(_ name: String, _ from: String, _ to: String) throws {
      let text = sandbox.file(name).replacingOccurrences(of: from, with: to)
      try text.write(toFile: sandbox.data + "/" + name, atomically: true, encoding: .utf8)
    }
    try edit("visits/2026-11.jsonl", "\"id\":", "\"opinions\":-5,\"id\":")
    try edit("visits/2026-11.jsonl", "\"date\":\"2026-11-20\"", "\"date\":\"2026-11-28\"")
    try edit("households.json", "\"head\":\"赵大爷\"", "\"head\":\"赵大爷\",\"size\":1000")
    try edit("members.json", "\"phone\":\"13800138000\"", "\"phone\":\"12345\"")
    try edit("members.json", "\"name\":\"李秀英\"", "\"name\":\"\"")
    try sandbox.file("visits/2026-11.jsonl").write(
      toFile: sandbox.data + "/visits/2026-13.jsonl", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/backups/.partial-2026-11-23T101500",
      withIntermediateDirectories: true)
    let result = sandbox.run("check")
    let output = result.stdout + result.stderr
    #expect(result.status == 65)
    for expected in [
      "-5 opinions is not a count", "size 1000 is not 1 to 99", "phone '12345' is not a phone",
      "M0002: no name", "visits/2026-13.jsonl", "a backup cut off",
      "in the future (today is 2026-11-23)",
    ] {
      #expect(output.contains(expected), "\(expected) not in \(output)")
    }
    _ = sandbox.run("check", "--repair")
    #expect(
      !FileManager.default.fileExists(atPath: sandbox.data + "/backups/.partial-2026-11-23T101500"))
  }
}
