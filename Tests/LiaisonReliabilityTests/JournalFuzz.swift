import Foundation
import Glibc
import LiaisonCore
import LiaisonTestSupport
import Testing

/// How `JournalFuzz.snapshot` marks a folder.
enum SnapshotMark {
  static let folder = Data("<folder>".utf8)
}

/// Planted and mutated `.journal.json` files (issue 14, item 5): whatever a journal says,
/// no command writes or removes anything outside the data folder, and a refused journal
/// is left in place with a message.
@Suite(.serialized) struct JournalFuzz {
  /// Paths a hostile journal might name, relative to the data folder unless absolute.
  static func hostilePaths(root: String) -> [String] {
    [
      "../outside/target.txt", "../../outside/target.txt", "\(root)/outside/target.txt",
      "visits/../../outside/target.txt", "rules/../../outside/target.json", "./members.json",
      "members.json/", "", ".", "..", "visits", "visits/", "visits//2026-11.jsonl",
      "link-out.json", "visits/2026-12.jsonl", "outdir/members.json", "outdir/2026-11.jsonl",
      "members.json\u{0}../outside/target.txt", "~/.bashrc", "%2e%2e/outside/target.txt",
      "．．/outside/target.txt", "visits/2026-11.jsonl/../../../outside/target.txt",
      "\(root)/data/members.json", "rules/scoring.json.tmp-1/../../../outside/target.txt",
      String(repeating: "a/", count: 300) + "x.json", ".journal.json", "liaison.json",
      "visits/2026-13.jsonl", "rules/.hidden.json", "C:\\outside\\target.txt",
    ]
  }

  /// Journals as liaison writes them, before mutation.
  static let templates = [
    #"{"renames":[{"from":"members.json.tmp-11-22","to":"members.json"}]}"#,
    #"{"renames":[{"from":"households.json.tmp-11-22","to":"households.json"},{"from":"links.json.tmp-11-22","to":"links.json"}]}"#,
    #"{"appends":[{"line":"{\"date\":\"2026-11-20\",\"household\":\"H00001\",\"id\":\"V20261120-0099\",\"member\":\"M0001\",\"mode\":\"in-person\",\"recordedAt\":\"2026-11-20T09:00:00+08:00\"}","log":"visits/2026-11.jsonl"}],"renames":[{"from":"needs.json.tmp-11-22","to":"needs.json"}]}"#,
  ]

  static let commands: [[String]] = [
    ["member", "list"], ["household", "add", "--head", "钱叔", "--village", "凤林村"],
    ["check"], ["check", "--repair"],
    ["visit", "add", "--member", "张建国", "--household", "王大妈"], ["report", "monthly"],
  ]

  /// A template with one to three changes: a path swapped for a hostile one, or the text
  /// damaged byte by byte.
  static func mutated(
    root: String, using random: inout MutationFuzz.SplitMix
  ) -> Data {
    var text = templates[Int.random(in: 0..<templates.count, using: &random)]
    let paths = hostilePaths(root: root)
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let names = [
        "members.json", "households.json", "links.json", "needs.json", "visits/2026-11.jsonl",
      ]
      let name = names[Int.random(in: 0..<names.count, using: &random)]
      let hostile = paths[Int.random(in: 0..<paths.count, using: &random)]
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        // The target, the staged file, or both.
        text = text.replacingOccurrences(of: "\"\(name)\"", with: "\"\(escaped(hostile))\"")
      case 1:
        text = text.replacingOccurrences(
          of: "\"\(name).tmp-11-22\"", with: "\"\(escaped(hostile))\"")
      case 2:
        text = text.replacingOccurrences(of: name, with: escaped(hostile))
      default:
        let (bytes, _) = MutationFuzz.mutate(Data(text.utf8), using: &random)
        text = String(decoding: bytes, as: UTF8.self)
      }
    }
    return Data(text.utf8)
  }

  static func escaped(_ path: String) -> String {
    path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
      of: "\u{0}", with: "\\u0000")
  }

  /// What stands at `path` itself, as `lstat` sees it (`S_IFMT` bits).
  static func kind(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
  }

  /// Every file under `folder`, with its bytes (or a link's target), to compare.
  static func snapshot(_ folder: String) -> [String: Data] {
    var found: [String: Data] = [:]
    for relative in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] {
      let path = folder + "/" + relative
      var isFolder: ObjCBool = false
      if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
        found[relative] = Data(("-> " + target).utf8)
      } else if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        isFolder.boolValue
      {
        found[relative] = SnapshotMark.folder
      } else if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int,
        size > 1 << 20
      {
        // A sparse gigabyte is compared by its size, not read.
        found[relative] = Data("<\(size) bytes>".utf8)
      } else {
        found[relative] = FileManager.default.contents(atPath: path) ?? Data()
      }
    }
    return found
  }

  /// Puts `folder` back as `snapshot` holds it, touching only what a trial changed.
  static func restore(_ folder: String, to snapshot: [String: Data]) throws {
    let now = Self.snapshot(folder)
    for relative in now.keys.sorted().reversed() where snapshot[relative] == nil {
      try? FileManager.default.removeItem(atPath: folder + "/" + relative)
    }
    for (relative, data) in snapshot.sorted(by: { $0.key < $1.key }) where now[relative] != data {
      let path = folder + "/" + relative
      try? FileManager.default.removeItem(atPath: path)
      if data.starts(with: Data("-> ".utf8)) {
        try FileManager.default.createSymbolicLink(
          atPath: path, withDestinationPath: String(decoding: data.dropFirst(3), as: UTF8.self))
      } else if data == SnapshotMark.folder {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } else {
        try data.write(to: URL(fileURLWithPath: path))
      }
    }
  }

  @Test func noJournalWritesOrRemovesAnythingOutsideTheFolder() throws {
    let trials = ReliabilityRun.count(short: 10_000, long: 50_000)
    let seed = ProcessInfo.processInfo.environment["LIAISON_FUZZ_SEED"].flatMap(UInt64.init) ?? 14
    var random = MutationFuzz.SplitMix(state: seed)
    let sandbox = try ReliabilityRun.township()
    _ = try sandbox.ok("visit", "add", "--member", "张建国", "--household", "王大妈", "--need", "路灯坏了")
    let root = sandbox.root.path
    let outside = root + "/outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try "precious\n".write(toFile: outside + "/target.txt", atomically: false, encoding: .utf8)
    try "{}\n".write(toFile: outside + "/target.json", atomically: false, encoding: .utf8)
    try "{}\n".write(toFile: outside + "/2026-11.jsonl", atomically: false, encoding: .utf8)
    for name in ["members.json", "households.json", "links.json", "needs.json"] {
      try FileManager.default.copyItem(
        atPath: sandbox.data + "/" + name, toPath: sandbox.data + "/\(name).tmp-11-22")
    }
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.data + "/link-out.json", withDestinationPath: outside + "/target.json")
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.data + "/visits/2026-12.jsonl",
      withDestinationPath: outside + "/2026-11.jsonl")
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.data + "/outdir", withDestinationPath: outside)
    let pristine = Self.snapshot(sandbox.data)
    // What is checked is where files go, not that they reach the platter.
    sandbox.fileSystem = UnsyncedFileSystem()
    let before = Self.snapshot(outside)
    let rootEntries = Set(try FileManager.default.contentsOfDirectory(atPath: root))
    let start = Date()
    var refused = 0
    var carriedOut = 0
    var escaped = 0
    var silent = 0
    var leftInPlaceWrongly = 0
    for trial in 0..<trials {
      // A fresh folder, the staged files a journal names, and links that lead outside.
      try Self.restore(sandbox.data, to: pristine)
      let journal = Self.mutated(root: root, using: &random)
      try journal.write(to: URL(fileURLWithPath: sandbox.data + "/.journal.json"))
      let result = sandbox.run(Self.commands[trial % Self.commands.count])
      let entries = Set(try FileManager.default.contentsOfDirectory(atPath: root))
      if Self.snapshot(outside) != before || entries != rootEntries {
        escaped += 1
        Issue.record("journal \(String(decoding: journal, as: UTF8.self)) reached outside")
        try? FileManager.default.removeItem(atPath: outside)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        for (name, data) in before {
          try data.write(to: URL(fileURLWithPath: outside + "/" + name))
        }
      }
      let remains = FileManager.default.fileExists(atPath: sandbox.data + "/.journal.json")
      if result.stderr.contains(".journal.json") && result.status != 0 {
        refused += 1
        if !remains { leftInPlaceWrongly += 1 }
      } else if !remains {
        carriedOut += 1
      } else if result.status != 0, !result.stderr.contains("Error:") {
        silent += 1
      }
    }
    ReliabilityRun.report(
      "mutated journals: \(trials) (hostile paths, links out of the folder, damaged bytes; "
        + "seed \(seed)) → \(escaped) wrote or removed outside the folder, \(refused) refused "
        + "with a message and left in place, \(carriedOut) carried out (harmless), "
        + "\(silent) failures without a message (\(ReliabilityRun.seconds(since: start)))")
    #expect(escaped == 0 && leftInPlaceWrongly == 0 && silent == 0)
    #expect(refused > trials / 2)
  }
}
