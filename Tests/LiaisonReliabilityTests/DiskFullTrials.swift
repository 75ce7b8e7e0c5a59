import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// A full disk, played by a file-size limit (`ulimit -f`): the write fails with EFBIG, the
/// clerk reads that the disk is full, and nothing already saved is lost.
@Suite struct DiskFullTrials {
  @Test func commandsUnderAFileSizeLimitFailCleanly() throws {
    let sandbox = try ReliabilityRun.township()
    // Grow the roster and this month's log past the 4 KiB limit set below.
    for index in 0..<40 {
      _ = try sandbox.ok(
        "household", "add", "--head", "户\(index)", "--village", "凤林村", "--address",
        String(repeating: "长", count: 40))
      _ = try sandbox.ok(
        "visit", "add", "--again", "--member", "张建国", "--household", "王大妈", "--note",
        String(repeating: "记", count: 40))
    }
    let before = try ReliabilityRun.state(of: sandbox.data)
    let commands = [
      "household add --head 钱叔 --village 凤林村",
      "visit add --again --member 张建国 --household 王大妈",
      "visit edit V20261012-0001 --date 2026-11-02",
      "backup",
    ]
    var results: [String] = []
    for command in commands {
      let result = try RealBinary.shell(
        "ulimit -f 4; $LIAISON \(command) --data \"\(sandbox.data)\"", in: sandbox.root)
      results.append(
        "\(command.split(separator: " ").prefix(2).joined(separator: " ")) → exit \(result.status)")
      #expect(result.status == 74, "\(command): \(result.stderr)")
      #expect(result.stderr.contains("the disk is full"), "\(command): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal"))
      #expect(try ReliabilityRun.state(of: sandbox.data) == before, "\(command) changed the folder")
    }
    let repaired = sandbox.run("check", "--repair")
    #expect(repaired.status == 0, "\(repaired.stdout)")
    ReliabilityRun.report(
      "disk full (ulimit -f 4 KiB): \(results.joined(separator: ", ")); 0 records lost, "
        + "check clean after check --repair")
  }
}
