import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Every command that writes, with its k-th disk operation failed — once (an I/O error)
/// and as a crash (that operation and every later one) — for every k it performs: each run
/// ends in a clean error, and the folder then holds the old state or the new, never a mix.
@Suite struct IOErrorSweep {
  struct Scenario: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    /// Prepares the folder beyond the shared township, if the command needs more.
    var prepare: @Sendable (Sandbox) throws -> Void = { _ in }
    var testDescription: String { name }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "village add", arguments: ["village", "add", "--name", "清湖村", "--code", "330881118202"]),
    Scenario(
      name: "member add",
      arguments: ["member", "add", "--name", "周强", "--phone", "13700137000", "--village", "凤林村"]),
    Scenario(
      name: "household edit",
      arguments: ["household", "edit", "王大妈", "--tag", "空巢老人", "--size", "2"]),
    Scenario(
      name: "link add", arguments: ["link", "add", "--member", "张建国", "--household", "孙阿姨"]),
    Scenario(name: "link end", arguments: ["link", "end", "L00001", "--date", "2026-11-01"]),
    Scenario(
      name: "member leave (links, grids, members)",
      arguments: ["member", "leave", "张建国", "--date", "2026-11-22"]),
    Scenario(
      name: "member remove --force (links, grids, members)",
      arguments: ["member", "remove", "李秀英", "--force"]),
    Scenario(
      name: "grid remove --force (grids, members, households)",
      arguments: ["grid", "remove", "第一网格", "--force"]),
    Scenario(
      name: "visit add", arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈"]),
    Scenario(
      name: "visit add, first of a month",
      arguments: ["visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-09-30"]),
    Scenario(
      name: "visit add with two needs (log, numbering, needs)",
      arguments: [
        "visit", "add", "--member", "张建国", "--household", "王大妈", "--need", "路灯坏了", "想办低保",
        "--need-urgency", "红",
      ]),
    Scenario(
      name: "need close",
      arguments: ["need", "close", "N00001", "--satisfaction", "满意", "--resolution", "修好了"],
      prepare: { sandbox in
        _ = try sandbox.ok(
          "need", "add", "--household", "王大妈", "--text", "路灯", "--date", "2026-11-20")
      }),
    Scenario(
      name: "need deadlines (rules/needs.json)", arguments: ["need", "deadlines", "--red", "2"]),
    Scenario(
      name: "activity add",
      arguments: ["activity", "add", "--member", "张建国", "--date", "2026-11-20", "--kind", "巡逻"]),
    Scenario(
      name: "commitment fulfil",
      arguments: ["commitment", "fulfil", "P00001", "--date", "2026-11-20"],
      prepare: { sandbox in
        _ = try sandbox.ok("commitment", "add", "--member", "张建国", "--year", "2026", "--text", "护河")
      }),
    Scenario(
      name: "appraisal set",
      arguments: ["appraisal", "set", "--member", "张建国", "--year", "2026", "--grade", "优秀"]),
    Scenario(
      name: "score adjust",
      arguments: [
        "score", "adjust", "--member", "张建国", "--date", "2026-11-20", "--item", "study", "--points",
        "2", "--reason", "党校轮训",
      ]),
    Scenario(name: "rules init (rules/scoring.json)", arguments: ["rules", "init"]),
    Scenario(
      name: "visit edit across months",
      arguments: ["visit", "edit", "V20261012-0001", "--date", "2026-11-02"]),
    Scenario(name: "visit remove", arguments: ["visit", "remove", "V20261120-0001"]),
    Scenario(
      name: "team person add",
      arguments: ["team", "person", "add", "--name", "周副镇长", "--role", "团长"]),
    Scenario(
      name: "team add",
      arguments: ["team", "add", "--name", "凤林村服务团", "--leader", "周副镇长", "--village", "凤林村"],
      prepare: { sandbox in
        _ = try sandbox.ok("team", "person", "add", "--name", "周副镇长", "--role", "团长")
      }),
    Scenario(
      name: "team task add",
      arguments: ["team", "task", "add", "--team", "T01", "--text", "走访", "--assignee", "周副镇长"],
      prepare: IOErrorSweep.team),
    Scenario(
      name: "team task carry", arguments: ["team", "task", "carry", "TK1", "--reason", "待批复"],
      prepare: { sandbox in
        try IOErrorSweep.team(sandbox)
        _ = try sandbox.ok(
          "team", "task", "add", "--team", "T01", "--text", "走访", "--assignee", "周副镇长")
      }),
    Scenario(
      name: "team work add",
      arguments: [
        "team", "work", "add", "--team", "T01", "--household", "王大妈", "--by", "周副镇长", "--solved",
        "1",
      ],
      prepare: IOErrorSweep.team),
    Scenario(
      name: "team project reach",
      arguments: ["team", "project", "reach", "TJ1", "--milestone", "1"],
      prepare: { sandbox in
        try IOErrorSweep.team(sandbox)
        _ = try sandbox.ok(
          "team", "project", "add", "--team", "T01", "--name", "土地整治", "--lead", "周副镇长")
        _ = try sandbox.ok(
          "team", "project", "milestone", "TJ1", "--text", "开工", "--due", "2026-12-01")
      }),
    Scenario(
      name: "team pioneer", arguments: ["team", "pioneer", "--kind", "勤勉", "--person", "周副镇长"],
      prepare: IOErrorSweep.team),
    Scenario(
      name: "team rate", arguments: ["team", "rate", "T01", "--rating", "好"],
      prepare: IOErrorSweep.team),
    Scenario(
      name: "inspection add",
      arguments: [
        "inspection", "add", "--village", "凤林村", "--date", "2026-11-20", "--inspector", "王书记",
        "--item", "links", "--findings", "台账不全", "--outcome", "通报批评",
      ]),
    Scenario(
      name: "workreport set, replacing",
      arguments: [
        "workreport", "set", "--village", "凤林村", "--month", "2026-10", "--raised", "4",
        "--discussed", "3", "--assigned", "2", "--resolved", "2",
      ],
      prepare: { sandbox in
        _ = try sandbox.ok(
          "workreport", "set", "--village", "凤林村", "--month", "2026-10", "--raised", "1",
          "--discussed", "1", "--assigned", "1", "--resolved", "0")
      }),
    Scenario(
      name: "index adjust",
      arguments: [
        "index", "adjust", "--village", "凤林村", "--date", "2026-11-20", "--item", "other",
        "--points", "-1", "--reason", "台账缺失",
      ]),
    Scenario(
      name: "index init-rules (rules/supervision.json)", arguments: ["index", "init-rules"]),
    Scenario(
      name: "check --repair",
      arguments: ["check", "--repair"],
      prepare: { sandbox in
        let log = try #require(FileHandle(forWritingAtPath: sandbox.data + "/visits/2026-11.jsonl"))
        log.seekToEndOfFile()
        log.write(Data("{\"date\":".utf8))
        try log.close()
      }),
  ]

  /// A team for 凤林村 from 1 November, led by 周副镇长.
  @Sendable static func team(_ sandbox: Sandbox) throws {
    _ = try sandbox.ok("team", "person", "add", "--name", "周副镇长", "--role", "团长")
    _ = try sandbox.ok(
      "team", "add", "--name", "凤林村服务团", "--leader", "周副镇长", "--village", "凤林村", "--from",
      "2026-11-01")
  }

  @Test(arguments: scenarios)
  func everyFailedOperationLeavesTheOldOrTheNewState(_ scenario: Scenario) throws {
    let template = try ReliabilityRun.township()
    try scenario.prepare(template)
    let before = try ReliabilityRun.state(of: template.data)

    // A clean run: how many operations the command performs, and the state it makes.
    let cleanFolder = try ReliabilityRun.copy(template.data)
    defer { try? FileManager.default.removeItem(atPath: cleanFolder) }
    let counter = FaultyFileSystem(failAt: nil)
    let clean = run(
      scenario.arguments, folder: cleanFolder, template: template, fileSystem: counter)
    #expect(clean.status == 0, "\(clean.stderr)")
    let after = try ReliabilityRun.state(of: cleanFolder)
    #expect(counter.operations > 0)

    var runs = 0
    var old = 0
    var new = 0
    for mode in FaultyFileSystem.Mode.allCases {
      for failAt in 1...counter.operations {
        let folder = try ReliabilityRun.copy(template.data)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = run(
          scenario.arguments, folder: folder, template: template,
          fileSystem: FaultyFileSystem(failAt: failAt, mode: mode))
        runs += 1
        #expect(result.status == 74, "\(mode) at \(failAt): \(result.stderr)")
        #expect(
          result.stderr.hasPrefix("Error: Cannot write"), "\(mode) at \(failAt): \(result.stderr)")
        let state = try ReliabilityRun.state(of: folder)
        if state == before { old += 1 } else if state == after { new += 1 }
        #expect(
          state == before || state == after, "\(mode) at operation \(failAt) left a mixed state")
        // Whatever a crash left behind, check --repair makes the folder clean.
        let repaired = run(
          ["check", "--repair"], folder: folder, template: template, fileSystem: POSIXFileSystem())
        #expect(repaired.status == 0, "\(mode) at \(failAt): \(repaired.stdout)")
      }
    }
    ReliabilityRun.report(
      "I/O errors: \(scenario.name): \(counter.operations) operations × 2 modes → \(runs) runs, "
        + "\(old) old state, \(new) new state, \(runs - old - new) mixed")
  }

  /// `init` stopped at any step leaves either a working folder or one `init` can simply
  /// be run again on.
  @Test func initStoppedAnywhereCanBeRunAgain() throws {
    let sandbox = try Sandbox()
    let counter = FaultyFileSystem(failAt: nil)
    sandbox.fileSystem = counter
    #expect(sandbox.run("init", "--township", "凤林镇").status == 0)
    var runs = 0
    var rerun = 0
    for mode in FaultyFileSystem.Mode.allCases {
      for failAt in 1...counter.operations {
        let trial = try Sandbox()
        trial.fileSystem = FaultyFileSystem(failAt: failAt, mode: mode)
        let failed = trial.run("init", "--township", "凤林镇")
        runs += 1
        #expect(failed.status == 74 && failed.stderr.hasPrefix("Error: Cannot"), "\(failed.stderr)")
        trial.fileSystem = POSIXFileSystem()
        if trial.run("member", "list").status != 0 {
          rerun += 1
          #expect(trial.run("init", "--township", "凤林镇").status == 0, "\(mode) at \(failAt)")
        }
        #expect(trial.run("check").status == 0 || trial.run("check", "--repair").status == 0)
        #expect(trial.run("village", "add", "--name", "凤林村").status == 0, "\(mode) at \(failAt)")
      }
    }
    ReliabilityRun.report(
      "I/O errors: init: \(counter.operations) operations × 2 modes → \(runs) runs, "
        + "\(runs - rerun) left a working folder, \(rerun) needed init again, 0 unusable")
  }

  /// A backup stopped at any step leaves the data folder untouched and no half backup
  /// that looks whole.
  @Test func backupStoppedAnywhereLeavesNoHalfBackup() throws {
    let template = try ReliabilityRun.township()
    let before = template.snapshot()
    let counter = FaultyFileSystem(failAt: nil)
    let clean = run(["backup"], folder: template.data, template: template, fileSystem: counter)
    #expect(clean.status == 0)
    try FileManager.default.removeItem(atPath: template.data + "/backups")
    var runs = 0
    var whole = 0
    for mode in FaultyFileSystem.Mode.allCases {
      for failAt in 1...counter.operations {
        let folder = try ReliabilityRun.copy(template.data)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = run(
          ["backup"], folder: folder, template: template,
          fileSystem: FaultyFileSystem(failAt: failAt, mode: mode))
        runs += 1
        #expect(result.status == 74)
        // A backup that is listed is whole (the last step, syncing its parent folder, may
        // fail after the rename); a partial one is never listed.
        for name in try Backup.list(in: folder + "/backups") {
          let copy = try ReliabilityRun.state(of: folder + "/backups/" + name)
          #expect(copy == (try ReliabilityRun.state(of: template.data)), "\(mode) at \(failAt)")
          whole += 1
        }
        #expect(try ReliabilityRun.state(of: folder) == ReliabilityRun.state(of: template.data))
      }
    }
    // The clean backup read the roster, leaving its derived snapshot in `.index/`: the
    // records themselves are as they were.
    func records(_ files: [String: Data]) -> [String: Data] {
      files.filter { !$0.key.hasPrefix(".index/") }
    }
    #expect(records(template.snapshot()) == records(before))
    ReliabilityRun.report(
      "I/O errors: backup: \(counter.operations) operations × 2 modes → \(runs) runs, "
        + "\(whole) whole backups listed despite the error, 0 half backups listed, "
        + "data folder unchanged in all")
  }

  private func run(
    _ arguments: [String], folder: String, template: Sandbox, fileSystem: FileSystem
  )
    -> RunResult
  {
    let previous = template.fileSystem
    template.fileSystem = fileSystem
    defer { template.fileSystem = previous }
    return template.run(arguments + ["--data", folder], data: false)
  }
}
