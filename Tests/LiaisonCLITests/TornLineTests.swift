import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Torn lines longer than a mebibyte (issue 14, item 1): the whole tear goes before the
/// next append, and `check --repair` mends it in one run.
@Suite struct TornLineTests {
  /// The sample township with one visit in November 2026.
  static func townshipWithAVisit() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    return sandbox
  }

  /// A visit line cut off after `bytes` bytes of notes, as a kill -9 mid-append leaves it.
  static func tear(_ sandbox: Sandbox, month: String = "2026-11", bytes: Int) throws {
    let handle = try #require(
      FileHandle(forWritingAtPath: sandbox.data + "/visits/\(month).jsonl"))
    try handle.seekToEnd()
    try handle.write(
      contentsOf: Data(#"{"id":"V20261120-0009","notes":""#.utf8)
        + Data(repeating: UInt8(ascii: "x"), count: bytes))
    try handle.close()
  }

  @Test func aTornLineOverOneMebibyteIsCutWholeBeforeTheNextVisit() throws {
    let sandbox = try Self.townshipWithAVisit()
    try Self.tear(sandbox, bytes: 1_500_000)
    let added = sandbox.run(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-21")
    #expect(added.status == 0 && added.stderr.contains("removed an incomplete last line"))
    let list = sandbox.run("visit", "list", "--month", "2026-11", "--format", "json")
    #expect(list.status == 0 && list.stdout.contains("V20261121-0001"))
    #expect(sandbox.run("check").status == 0)
  }

  @Test func repairOfATornLineOverOneMebibyteLeavesNothingToReport() throws {
    let sandbox = try Self.townshipWithAVisit()
    try Self.tear(sandbox, bytes: 2_000_000)
    let repair = sandbox.run("check", "--repair")
    #expect(repair.status == 0 && repair.stderr.contains("Repaired"))
    #expect(repair.stdout.isEmpty)
    #expect(sandbox.file("visits/2026-11.jsonl").hasSuffix("}\n"))
  }

  @Test func aLineLongerThanTheLimitIsReportedAndNeverCut() throws {
    let sandbox = try Self.townshipWithAVisit()
    try Self.tear(sandbox, bytes: LineLimit.bytes + 10)
    let size = sandbox.file("visits/2026-11.jsonl").utf8.count
    let check = sandbox.run("check")
    #expect(
      check.status == 65 && check.stdout.contains("visits/2026-11.jsonl:2: the line is longer"))
    let added = sandbox.run(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-21")
    #expect(added.status == 65 && added.stderr.contains("longer than 4 MiB"))
    #expect(sandbox.run("check", "--repair").status == 65)
    #expect(sandbox.file("visits/2026-11.jsonl").utf8.count == size)
  }

  @Test func aVisitThatWouldBeALineOverTheLimitIsRefused() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let before = sandbox.snapshot()
    let notes = String(repeating: "长", count: LineLimit.bytes / 3 + 1)
    let added = sandbox.run(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-21",
      "--note", notes)
    #expect(added.status == 65 && added.stderr.contains("at most 4 MiB"))
    #expect(sandbox.snapshot() == before)
  }

  @Test func aSparseGigabyteLogIsReportedQuicklyInBoundedMemory() throws {
    let sandbox = try Self.townshipWithAVisit()
    #expect(truncate(sandbox.data + "/visits/2026-11.jsonl", 1 << 30) == 0)
    let start = Date()
    let check = sandbox.run("check")
    #expect(check.status == 65 && check.stdout.contains("the line is longer than 4 MiB"))
    #expect(Date().timeIntervalSince(start) < 5)
  }
}
