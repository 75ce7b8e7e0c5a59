import Foundation
import Glibc
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Symbolic links, FIFOs, devices, folders and sparse files in place of each data file and
/// of each output path (issue 14, items 3 and 10): no command hangs, crashes, runs out of
/// memory, or changes anything outside the folder; each refusal is a message.
@Suite(.serialized) struct ForeignFileMatrix {
  enum Stand: String, CaseIterable {
    case linkToCopyOutside = "link to a copy outside"
    case linkToDevZero = "link to /dev/zero"
    case fifo = "FIFO"
    case device = "device node"
    case sparse = "sparse 1 GB file"
    case wrongKind = "folder (or file)"
  }

  static let dataFiles = [
    "liaison.json", "villages.json", "grids.json", "members.json", "households.json",
    "links.json", "needs.json", "activities.json", "visits/2026-11.jsonl",
    "visits/2026-11.next.json", "rules/scoring.json", ".lock", ".journal.json", "visits",
    "rules",
  ]

  static func commands(_ data: String, outside: String) -> [[String]] {
    [
      ["member", "list"], ["visit", "list", "--month", "2026-11"],
      ["household", "add", "--head", "钱叔", "--village", "凤林村"],
      ["visit", "add", "--member", "张建国", "--household", "王大妈"],
      ["report", "monthly", "--month", "2026-11"], ["score", "show", "--period", "2026-11"],
      ["check"], ["check", "--repair"], ["backup", "--to", outside + "/backups"],
    ].map { $0 + ["--data", data] }
  }

  /// Puts `stand` at `path`; false when this machine does not allow it (a device node
  /// needs the right to make one).
  static func plant(_ stand: Stand, at path: String, outside: String) throws -> Bool {
    let isFolder = FileManager.default.fileExists(atPath: path + "/.")
    let copy = outside + "/copy-" + (path as NSString).lastPathComponent
    if FileManager.default.fileExists(atPath: path)
      || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    {
      try? FileManager.default.removeItem(atPath: copy)
      try FileManager.default.moveItem(atPath: path, toPath: copy)
    }
    switch stand {
    case .linkToCopyOutside:
      if !FileManager.default.fileExists(atPath: copy) {
        try "{}\n".write(toFile: copy, atomically: false, encoding: .utf8)
      }
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: copy)
    case .linkToDevZero:
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
    case .fifo:
      return mkfifo(path, 0o600) == 0
    case .device:
      return mknod(path, S_IFCHR | 0o600, makedev(1, 5)) == 0
    case .sparse:
      guard !isFolder else { return false }
      let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      defer { close(descriptor) }
      return descriptor >= 0 && ftruncate(descriptor, 1 << 30) == 0
    case .wrongKind:
      if isFolder {
        try "x".write(toFile: path, atomically: false, encoding: .utf8)
      } else {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      }
    }
    return true
  }

  static func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
    dev_t(major) << 8 | dev_t(minor)
  }

  struct Tally {
    var cells = 0
    var skipped = 0
    var runs = 0
    var refused = 0
    var hung = 0
    var crashed = 0
    var silent = 0
    var outsideChanged = 0
    var slowest = 0.0
    var peakKilobytes = 0

    mutating func count(_ run: MeasuredRun) {
      runs += 1
      if run.hung { hung += 1 }
      if run.crashed { crashed += 1 }
      if run.status != 0 {
        refused += 1
        if !run.stderr.contains("Error:") { silent += 1 }
      }
      slowest = max(slowest, run.seconds)
      peakKilobytes = max(peakKilobytes, run.peakKilobytes)
    }
  }

  @Test func nothingInPlaceOfADataFileHangsCrashesOrLeadsOutside() throws {
    let sandbox = try ReliabilityRun.township()
    _ = try sandbox.ok("rules", "init")
    _ = try sandbox.ok("visit", "add", "--member", "张建国", "--household", "王大妈", "--need", "路灯坏了")
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--date", "2026-11-21", "--kind", "调解")
    let pristine = sandbox.root.path + "/pristine"
    try FileManager.default.copyItem(atPath: sandbox.data, toPath: pristine)
    let start = Date()
    var tally = Tally()
    for file in Self.dataFiles {
      for stand in Stand.allCases {
        let outside = sandbox.root.path + "/outside"
        try? FileManager.default.removeItem(atPath: outside)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: sandbox.data)
        try FileManager.default.copyItem(atPath: pristine, toPath: sandbox.data)
        guard try Self.plant(stand, at: sandbox.data + "/" + file, outside: outside) else {
          tally.skipped += 1
          continue
        }
        tally.cells += 1
        let before = JournalFuzz.snapshot(outside)
        for command in Self.commands(sandbox.data, outside: outside) {
          let run = try MeasuredRun.run(command)
          tally.count(run)
          if run.hung || run.crashed || (run.status != 0 && !run.stderr.contains("Error:")) {
            Issue.record(
              "\(file) as \(stand.rawValue): \(command.prefix(2)) → \(run.status) \(run.stderr)")
          }
          var now = JournalFuzz.snapshot(outside)
          now = now.filter { !$0.key.hasPrefix("backups") }
          if now != before.filter({ !$0.key.hasPrefix("backups") }) {
            tally.outsideChanged += 1
            Issue.record("\(file) as \(stand.rawValue): \(command.prefix(2)) changed \(outside)")
          }
        }
      }
    }
    ReliabilityRun.report(
      "foreign data files: \(Self.dataFiles.count) files and folders × \(Stand.allCases.count) "
        + "kinds (\(Stand.allCases.map(\.rawValue).joined(separator: ", "))) = \(tally.cells) "
        + "cells (\(tally.skipped) not possible here) × \(Self.commands("", outside: "").count) "
        + "commands = \(tally.runs) runs → \(tally.refused) refused with a message, "
        + "\(tally.hung) hung, \(tally.crashed) crashed, \(tally.silent) without a message, "
        + "\(tally.outsideChanged) changing anything outside; slowest "
        + String(format: "%.2f s", tally.slowest)
        + ", peak memory \(tally.peakKilobytes / 1024) MB "
        + "(\(ReliabilityRun.seconds(since: start)))")
    #expect(tally.hung == 0 && tally.crashed == 0 && tally.silent == 0 && tally.outsideChanged == 0)
    #expect(tally.peakKilobytes < 300 * 1024)
  }

  /// Every option that names a file or folder to write, aimed at `path`.
  static func outputCommands(_ path: String, data: String, input: String) -> [[String]] {
    [
      ["report", "monthly", "--month", "2026-11", "--format", "text", "-o", path],
      ["export", "households", "--out", path],
      ["export", "visits", "--format", "jsonl", "--out", path],
      ["export", "all", "--out", path],
      ["export", "all", "--format", "csv", "--out", path],
      ["import", "households", input, "--skip-invalid", "--rejected", path],
      ["backup", "--to", path],
    ].map { $0 + ["--data", data] }
  }

  @Test func nothingInPlaceOfAnOutputPathIsReplacedOrWrittenThrough() throws {
    let sandbox = try ReliabilityRun.township()
    let input = sandbox.root.path + "/in.csv"
    try "户主,所在村\n钱叔,凤林村\n错户,无此村\n".write(toFile: input, atomically: false, encoding: .utf8)
    let start = Date()
    var tally = Tally()
    var replaced = 0
    for stand in Stand.allCases {
      for (index, command) in Self.outputCommands("", data: "", input: input).enumerated() {
        let outside = sandbox.root.path + "/outside"
        try? FileManager.default.removeItem(atPath: outside)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let path = outside + "/target"
        try "precious\n".write(toFile: path, atomically: false, encoding: .utf8)
        guard try Self.plant(stand, at: path, outside: outside) else {
          tally.skipped += 1
          continue
        }
        tally.cells += 1
        let before = JournalFuzz.snapshot(outside)
        let kind = JournalFuzz.kind(path)
        let run = try MeasuredRun.run(
          Self.outputCommands(path, data: sandbox.data, input: input)[index])
        tally.count(run)
        let takesFolder =
          command.contains("backup") || command.contains("csv") && command[1] == "all"
        // A sparse regular file is an ordinary file: replaced whole. A folder is what a
        // backup or a CSV export of everything takes.
        let mayWrite = stand == .sparse || (stand == .wrongKind && takesFolder)
        if mayWrite {
          if run.status == 0 { replaced += 1 }
        } else if run.status != 73 || JournalFuzz.snapshot(outside) != before
          || JournalFuzz.kind(path) != kind
        {
          tally.outsideChanged += 1
          Issue.record("\(stand.rawValue) at \(command.prefix(3)): \(run.status) \(run.stderr)")
        }
        if run.hung || run.crashed {
          Issue.record("\(stand.rawValue) at \(command.prefix(3)) hung")
        }
      }
    }
    ReliabilityRun.report(
      "foreign output paths: \(Self.outputCommands("", data: "", input: "").count) options "
        + "(-o, export --out ×4, import --rejected, backup --to) × \(Stand.allCases.count) kinds "
        + "= \(tally.cells) runs (\(tally.skipped) not possible here) → \(tally.refused) refused "
        + "(exit 73) with nothing replaced or written through, \(replaced) written as asked (a "
        + "sparse regular file replaced whole, a folder for backup and CSV export), "
        + "\(tally.outsideChanged) wrongly written, \(tally.hung) hung "
        + "(\(ReliabilityRun.seconds(since: start)))")
    #expect(tally.outsideChanged == 0 && tally.hung == 0 && tally.crashed == 0)
  }
}
