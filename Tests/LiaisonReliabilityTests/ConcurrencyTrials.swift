import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Several clerks' scripts on one folder at the same moment: nothing lost, nothing
/// interleaved.
@Suite(.serialized) struct ConcurrencyTrials {
  /// Runs `processes` copies of a bash loop at once; each loop appends the id every
  /// successful command printed to its own acknowledgement file.
  static func runClerks(
    _ sandbox: Sandbox, processes: Int, each: Int, command: (Int) -> String
  ) throws -> (acknowledged: [String], failures: Int) {
    var script = ""
    for clerk in 0..<processes {
      script += """
        ( for i in $(seq \(each)); do
            id=$(\(command(clerk)) --data "\(sandbox.data)" 2>>errors-\(clerk).txt) && echo "$id" >> ack-\(clerk).txt \
              || echo x >> failed-\(clerk).txt
          done ) &

        """
    }
    script += "wait\n"
    let result = try RealBinary.shell(
      script, in: sandbox.root, environment: ["LIAISON_LOCK_TIMEOUT": "120"])
    #expect(result.status == 0, "\(result.stderr)")
    var acknowledged: [String] = []
    var failures = 0
    for clerk in 0..<processes {
      let ack = sandbox.root.appendingPathComponent("ack-\(clerk).txt").path
      acknowledged += ((try? String(contentsOfFile: ack, encoding: .utf8)) ?? "")
        .split(separator: "\n").map(String.init)
      let failed = sandbox.root.appendingPathComponent("failed-\(clerk).txt").path
      failures += ((try? String(contentsOfFile: failed, encoding: .utf8)) ?? "").count {
        $0 == "\n"
      }
    }
    return (acknowledged, failures)
  }

  @Test func eightProcessesAddingVisitsLoseNothing() throws {
    let each = ReliabilityRun.count(short: 500, long: 5_000)
    let sandbox = try Sandbox()
    try sandbox.township()
    let start = Date()
    let members = ["张建国", "13900139000"]
    let households = ["王大妈", "赵大爷", "孙阿姨"]
    let (acknowledged, failures) = try Self.runClerks(sandbox, processes: 8, each: each) { clerk in
      "$LIAISON visit add --again --member \(members[clerk % 2]) --household \(households[clerk % 3])"
    }
    let lines = sandbox.file("visits/2026-11.jsonl").split(
      separator: "\n", omittingEmptySubsequences: false)
    var damaged = 0
    var ids: [String] = []
    for line in lines.dropLast() {
      if let visit = try? JSONDecoder().decode(Visit.self, from: Data(line.utf8)) {
        ids.append(visit.id)
      } else {
        damaged += 1
      }
    }
    let present = Set(ids)
    let lost = acknowledged.filter { !present.contains($0) }.count
    ReliabilityRun.report(
      "concurrency: 8 processes × \(each) visit add → \(ids.count) of \(8 * each) visits present, "
        + "\(present.count) distinct ids, \(damaged) damaged lines, \(lost) acknowledged lost, "
        + "\(failures) refused (\(ReliabilityRun.seconds(since: start)))")
    #expect(failures == 0 && acknowledged.count == 8 * each)
    #expect(ids.count == 8 * each && present.count == ids.count)
    #expect(damaged == 0 && lost == 0 && lines.last == "")
  }

  @Test func fourProcessesEditingTheRosterLoseNothing() throws {
    let each = ReliabilityRun.count(short: 200, long: 2_000)
    let sandbox = try Sandbox()
    try sandbox.township()
    let start = Date()
    let (acknowledged, failures) = try Self.runClerks(sandbox, processes: 4, each: each) { clerk in
      "$LIAISON household add --head 户\(clerk)-$i --village 凤林村 --grid 第一网格"
    }
    let state = try ReliabilityRun.state(of: sandbox.data)
    let added = state.roster.households.filter { $0.head.hasPrefix("户") }
    let heads = Set(added.map(\.head))
    let present = Set(state.roster.households.map(\.id))
    let lost = acknowledged.filter { !present.contains($0) }.count
    ReliabilityRun.report(
      "concurrency: 4 processes × \(each) household add → \(added.count) of \(4 * each) present, "
        + "\(heads.count) distinct, \(lost) acknowledged lost, \(failures) refused "
        + "(\(ReliabilityRun.seconds(since: start)))")
    #expect(failures == 0 && added.count == 4 * each && heads.count == 4 * each && lost == 0)
  }
}
