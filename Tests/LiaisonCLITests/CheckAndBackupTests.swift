import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// `liaison check` names every kind of damage by file and line; `--repair` mends only what
/// is safe; `liaison backup` makes a copy that is itself a data folder.
@Suite struct CheckAndBackupTests {
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-21")
    return sandbox
  }

  func edit(_ sandbox: Sandbox, _ relative: String, _ change: (String) -> String) throws {
    let path = sandbox.data + "/" + relative
    try change(try String(contentsOfFile: path, encoding: .utf8)).write(
      toFile: path, atomically: false, encoding: .utf8)
  }

  @Test func aSoundFolderChecksSilently() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "凤林村",
      "--grid", "第二网格", "--since", Sandbox.rosterSince)
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国", "--on", Sandbox.rosterSince)
    _ = try sandbox.ok("grid", "edit", "第二网格", "--leader", "王五", "--on", Sandbox.rosterSince)
    let result = sandbox.run("check")
    #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
  }

  @Test func aGridWithoutALeaderIsAWarningNotAFailure() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国", "--on", Sandbox.rosterSince)
    let result = sandbox.run("check")
    #expect(result.status == 0 && result.stdout.isEmpty)
    #expect(
      result.stderr
        == "Warning: grids.json:3: G002 (第二网格) has no grid leader; name one with "
        + "'liaison grid edit G002 --leader MEMBER'\n")
    let chinese = sandbox.run("check", "--lang", "zh")
    #expect(chinese.stderr.contains("警告：grids.json:3: G002（第二网格）没有网格长"))
  }

  /// One broken line is one problem in the clerk's language, with what depends on it
  /// counted, not a line per reference that reads like as many lost members.
  @Test func aRosterFileThatDoesNotParseIsOneProblemWithItsConsequencesCounted() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国", "--on", Sandbox.rosterSince)
    try edit(sandbox, "members.json") {
      $0.replacingOccurrences(of: "\n{", with: "\n{x", range: $0.range(of: "\n{"))
    }
    let chinese = sandbox.run("check", "--lang", "zh")
    #expect(chinese.status == 65)
    // The grid's leader, the link and the two visits name M0001.
    #expect(
      chinese.stdout == "members.json:2: 不是有效的 JSON，请检查是否缺少引号、逗号或括号，"
        + "另有 4 处引用因此无法核对\n")
    #expect(chinese.stderr.hasSuffix("错误：发现 1 个问题。请手工修正或从备份恢复。\n"))
    let english = sandbox.run("check")
    #expect(
      english.stdout == "members.json:2: not valid JSON; look for a missing quote, comma or "
        + "bracket, and 4 reference(s) that depend on it cannot be checked\n")
    // Any other command refuses the folder in the same words.
    let listed = sandbox.run("member", "list", "--lang", "zh")
    #expect(listed.status == 65 && listed.stderr.contains("members.json:2：不是有效的 JSON"))
  }

  struct Damage: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var change: @Sendable (String) -> String
    var expected: String
    var repairable: Bool
    var testDescription: String { name }
  }

  static let damages: [Damage] = [
    Damage(
      name: "repeated id", file: "members.json",
      change: { $0.replacingOccurrences(of: "\"id\":\"M0002\"", with: "\"id\":\"M0001\"") },
      expected: "members.json:3: id M0001 is used again (first on line 2)", repairable: false),
    Damage(
      name: "unknown reference", file: "links.json",
      change: { $0.replacingOccurrences(of: "\"member\":\"M0001\"", with: "\"member\":\"M0099\"") },
      expected: "links.json:2: L00001: unknown member M0099", repairable: false),
    Damage(
      name: "grid in another village", file: "members.json",
      change: { $0.replacingOccurrences(of: "\"grid\":\"G001\"", with: "\"grid\":\"G404\"") },
      expected: "members.json:2: M0001: grid G404 does not exist", repairable: false),
    Damage(
      name: "link ends before it starts", file: "links.json",
      change: {
        $0.replacingOccurrences(
          of: "\"from\":\"2026-10-01\"", with: "\"from\":\"2026-10-01\",\"to\":\"2026-09-01\"")
      }, expected: "links.json:2: L00001: ends (2026-09-01) before it starts (2026-10-01)",
      repairable: false),
    Damage(
      name: "activist leading a grid", file: "grids.json",
      change: {
        $0.replacingOccurrences(of: "\"id\":\"G002\"", with: "\"id\":\"G002\",\"leader\":\"M0002\"")
      }, expected: "grids.json:3: G002: leader M0002 is not a serving Party member",
      repairable: false),
    Damage(
      name: "unparseable roster line", file: "households.json",
      change: { $0.replacingOccurrences(of: "\"head\":\"赵大爷\",", with: "") },
      expected: "households.json:3: missing field 'head'", repairable: false),
    Damage(
      name: "bad line in a log", file: "visits/2026-11.jsonl", change: { "garbage\n" + $0 },
      expected: "visits/2026-11.jsonl:1: not valid JSON", repairable: false),
    Damage(
      name: "repeated visit id", file: "visits/2026-11.jsonl",
      change: { $0.replacingOccurrences(of: "V20261121-0001", with: "V20261120-0001") },
      expected:
        "visits/2026-11.jsonl:2: visit id V20261120-0001 is used again (first at visits/2026-11.jsonl:1)",
      repairable: false),
    Damage(
      name: "torn last line", file: "visits/2026-11.jsonl",
      change: { $0 + "{\"date\":\"2026-11-2" },
      expected: "visits/2026-11.jsonl:3: incomplete last line", repairable: true),
    Damage(
      name: "whole last line without newline", file: "visits/2026-11.jsonl",
      change: { String($0.dropLast()) },
      expected: "visits/2026-11.jsonl:2: the last line lacks its newline", repairable: true),
    Damage(
      name: "sequence behind", file: "visits/2026-11.next.json",
      change: { $0.replacingOccurrences(of: ": 2", with: ": 1") },
      expected: "visits/2026-11.next.json: behind the visits already numbered (V20261120-0001)",
      repairable: true),
  ]

  @Test(arguments: damages)
  func damageIsReportedAndOnlySafeRepairsAreMade(_ damage: Damage) throws {
    let sandbox = try Self.township()
    try edit(sandbox, damage.file, damage.change)
    let damaged = sandbox.snapshot()
    let result = sandbox.run("check")
    #expect(result.status == 65)
    #expect(result.stdout.contains(damage.expected), "\(result.stdout)")
    #expect(result.stderr.contains("problem(s) found"))
    #expect(sandbox.snapshot() == damaged)  // check itself changes nothing
    let repaired = sandbox.run("check", "--repair")
    if damage.repairable {
      #expect(repaired.status == 0, "\(repaired.stdout)")
      #expect(repaired.stderr.contains("Repaired: "))
      #expect(sandbox.run("check").status == 0)
    } else {
      #expect(repaired.status == 65 && repaired.stdout.contains(damage.expected))
      #expect(sandbox.snapshot() == damaged)
    }
  }

  @Test func anInterruptedChangeIsReportedThenFinishedByRepair() throws {
    let sandbox = try Self.township()
    try "[]\n".write(toFile: sandbox.data + "/links.json.tmp-9", atomically: false, encoding: .utf8)
    let journal = IntentJournal(renames: [.init(from: "links.json.tmp-9", to: "links.json")])
    try journal.encoded().write(to: URL(fileURLWithPath: sandbox.data + "/.journal.json"))
    try "x".write(toFile: sandbox.data + "/members.json.tmp-1", atomically: false, encoding: .utf8)
    let result = sandbox.run("check")
    #expect(
      result.status == 65
        && result.stdout.contains(".journal.json: a change to several files was interrupted"))
    let repaired = sandbox.run("check", "--repair")
    #expect(repaired.status == 0)
    #expect(repaired.stderr.contains("finished an interrupted change to links.json"))
    #expect(repaired.stderr.contains("removed stray members.json.tmp-1"))
    #expect(sandbox.file("links.json") == "[]\n")
  }

  @Test func aBackupIsAWholeDataFolderOfItsOwn() throws {
    let sandbox = try Self.township()
    let made = sandbox.run("backup")
    #expect(made.status == 0)
    let path = made.stdout.trimmingCharacters(in: .newlines)
    #expect(path.hasPrefix(sandbox.data + "/backups/2026-"))
    for name in [
      "liaison.json", "members.json", "links.json", "visits/2026-11.jsonl",
      "visits/2026-11.next.json",
    ] {
      #expect(
        try String(contentsOfFile: path + "/" + name, encoding: .utf8) == sandbox.file(name),
        "\(name)")
    }
    let listed = sandbox.run(["visit", "list", "--data", path, "--format", "json"], data: false)
    #expect(try decodeJSON([Visit].self, listed.stdout).count == 2)
    // Another backup in the same second gets a name of its own; --to puts it elsewhere.
    let second = sandbox.run("backup").stdout
    #expect(second != made.stdout)
    let elsewhere = sandbox.run("backup", "--to", "offsite")
    #expect(elsewhere.stdout.hasPrefix(sandbox.root.path + "/offsite/2026-"))
    #expect(sandbox.run("check").status == 0)
    // Keeping the newest few.
    let store = LiaisonStore(folder: DataFolder(path: sandbox.data))
    for _ in 0..<4 { _ = try Backup.make(store, clock: Clock(), keep: 3) }
    #expect(try Backup.list(in: sandbox.data + "/backups").count == 3)
  }
}

extension CheckAndBackupTests {
  /// A last line that is whole JSON but holds a wrong value is a person's record: repair
  /// gives it its newline and leaves the value for the clerk to fix, never deletes it.
  @Test func repairKeepsAWholeLastLineWithAWrongValue() throws {
    let sandbox = try Self.township()
    try edit(sandbox, "visits/2026-11.jsonl") {
      String($0.dropLast()).replacingOccurrences(
        of: "\"mode\":\"in-person\"", with: "\"mode\":\"inperson\"")
    }
    let lines = sandbox.file("visits/2026-11.jsonl").split(separator: "\n").count
    let repaired = sandbox.run("check", "--repair")
    #expect(repaired.status == 65 && repaired.stdout.contains("field 'mode'"))
    #expect(sandbox.file("visits/2026-11.jsonl").split(separator: "\n").count == lines)
    #expect(sandbox.file("visits/2026-11.jsonl").hasSuffix("\n"))
  }
}
