import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// `kill -9` at random instants during `household merge`, which rewrites the roster, the
/// needs and every log naming the duplicate: the folder always loads and holds the whole
/// merge or none of it, and a merge reported done is never undone.
@Suite(.serialized) struct MergeKillTrials {
  @Test func aKilledMergeLandsWholeOrNotAtAll() throws {
    let trials = ReliabilityRun.count(short: 40, long: 300)
    let sandbox = try ReliabilityRun.township()
    var generator = SystemRandomNumberGenerator()
    var killed = 0
    var acknowledged = 0
    var halfMerged = 0
    var undone = 0
    var unclean = 0
    for _ in 0..<trials {
      // 王大妈 typed in again, with a link, a visit and a need on the duplicate.
      let duplicate = try sandbox.ok(
        "household", "add", "--head", "王大妈", "--village", "凤林村", "--again")
      _ = try sandbox.ok("link", "add", "--member", "李秀英", "--household", duplicate)
      _ = try sandbox.ok(
        "visit", "add", "--member", "李秀英", "--household", duplicate, "--need", "修路灯")
      // A merge here takes some 20–60 ms, mostly waiting on fsync: most kills land inside it.
      let (finished, _) = try KillTrials.runAndKill(
        ["household", "merge", duplicate, "--into", "H00001", "--data", sandbox.data],
        delay: UInt32.random(in: 0...50_000, using: &generator))
      if finished { acknowledged += 1 } else { killed += 1 }
      let state = try ReliabilityRun.state(of: sandbox.data)
      let named =
        state.visits.values.flatMap { $0 }.count { $0.household == duplicate }
        + state.needs.count { $0.household == duplicate }
        + state.roster.links.count { $0.household == duplicate }
      let present = state.roster.households.contains { $0.id == duplicate }
      let retired = state.roster.retired.households.contains(duplicate)
      let whole = present ? (named == 3 && !retired) : (named == 0 && retired)
      if !whole { halfMerged += 1 }
      if finished, present { undone += 1 }
      if sandbox.run("check").status != 0 {
        _ = sandbox.run("check", "--repair")
        if sandbox.run("check").status != 0 { unclean += 1 }
      }
    }
    ReliabilityRun.report(
      "kill -9 during household merge: \(trials) trials → \(killed) killed mid-way, "
        + "\(acknowledged) acknowledged, \(halfMerged) half merged, \(undone) acknowledged "
        + "and undone, \(unclean) unclean after check --repair")
    #expect(halfMerged == 0 && undone == 0 && unclean == 0)
    #expect(acknowledged > 0)
  }
}
