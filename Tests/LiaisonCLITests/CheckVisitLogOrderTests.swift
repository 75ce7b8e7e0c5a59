import Foundation
import LiaisonTestSupport
import Testing

/// `check` reads two months' logs at once, one on each core, yet tells what it finds as if
/// it read them one after another: month by month, line by line, a repeated id first among
/// its line's problems and naming where it was first seen, however many months back.
@Suite struct CheckVisitLogOrderTests {
  /// Five months of logs (two pairs read side by side, and one alone), each damaged by hand.
  static func damagedFolder() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-08-01")
    for day in ["2026-08-05", "2026-09-10", "2026-10-12", "2026-11-20"] {
      _ = try sandbox.ok(
        "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", day)
    }
    let september = sandbox.file("visits/2026-09.jsonl")
    let october = sandbox.file("visits/2026-10.jsonl")
    // A line past the line limit ends August's reading: its visit after it goes unread.
    try write(
      sandbox, "visits/2026-08.jsonl",
      String(repeating: "x", count: 5 << 20) + "\n" + sandbox.file("visits/2026-08.jsonl"))
    try write(sandbox, "visits/2026-09.jsonl", "garbage\n" + september)
    let handEdited = october.replacingOccurrences(of: "V20261012-0001", with: "手改-1")
    try write(sandbox, "visits/2026-10.jsonl", october + handEdited + handEdited)
    // September's visit again in November, naming a member not on the roster.
    try write(
      sandbox, "visits/2026-11.jsonl",
      sandbox.file("visits/2026-11.jsonl")
        + september.replacingOccurrences(of: "\"member\":\"M0001\"", with: "\"member\":\"M0099\""))
    // August's unread visit again in December, in the future, its newline missing.
    let december = sandbox.file("visits/2026-08.jsonl").split(separator: "\n").last ?? ""
    try write(
      sandbox, "visits/2026-12.jsonl",
      december.replacingOccurrences(of: "2026-08-05", with: "2026-12-01"))
    return sandbox
  }

  static func write(_ sandbox: Sandbox, _ relative: String, _ text: String) throws {
    try text.write(toFile: sandbox.data + "/" + relative, atomically: false, encoding: .utf8)
  }

  @Test func problemsAreToldMonthByMonthAndLineByLine() throws {
    let sandbox = try Self.damagedFolder()
    let result = sandbox.run("check")
    #expect(result.status == 65)
    #expect(
      result.stdout == """
        visits/2026-08.jsonl:1: the line is longer than 4 MiB, the most liaison writes, so it \
        is not a record liaison made (a damaged or planted file)
        visits/2026-09.jsonl:1: not valid JSON; look for a missing quote, comma or bracket
        visits/2026-10.jsonl:3: visit id 手改-1 is used again (first at visits/2026-10.jsonl:2)
        visits/2026-11.jsonl:2: visit id V20260910-0001 is used again (first at visits/2026-09.jsonl:2)
        visits/2026-11.jsonl:2: unknown member M0099
        visits/2026-11.jsonl:2: V20260910-0001 is dated 2026-09-10 but kept in this month's log
        visits/2026-12.jsonl:1: V20260805-0001 is dated 2026-12-01, in the future (today is 2026-11-23)
        visits/2026-12.jsonl:1: the last line lacks its newline

        """, "\(result.stdout)")
    #expect(result.stderr.contains("problem(s) found"))
  }
}
