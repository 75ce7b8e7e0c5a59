import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Random damage to valid data files — byte flips, truncations, insertions, repeated and
/// dropped lines — then `check` and a writing command: never a crash, every refusal a
/// message, and a refused command changes nothing.
@Suite struct MutationFuzz {
  /// A small deterministic generator (SplitMix64), so a failing run can be repeated with
  /// `LIAISON_FUZZ_SEED`.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let files = [
    "liaison.json", "villages.json", "grids.json", "members.json", "households.json",
    "links.json", "visits/2026-10.jsonl", "visits/2026-11.jsonl", "visits/2026-11.next.json",
    "needs.json", "rules/needs.json", "activities.json", "commitments.json", "appraisals.json",
    "adjustments.json", "rules/scoring.json", "team-people.json", "teams.json", "team-tasks.json",
    "team-work.json", "team-ratings.json",
  ]

  static let commands: [[String]] = [
    ["village", "add", "--name", "清湖村"],
    ["visit", "add", "--member", "张建国", "--household", "王大妈"],
    ["link", "add", "--member", "张建国", "--household", "孙阿姨"],
    ["member", "edit", "M0001", "--branch", "一支部"],
    ["visit", "edit", "V20261012-0001", "--date", "2026-11-02"],
    ["need", "resolve", "N00001", "--resolution", "修好了"],
    ["score", "show"],
    ["activity", "add", "--member", "张建国", "--date", "2026-11-21", "--kind", "调解"],
    [
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--need", "化肥", "--need-urgency",
      "红",
    ],
    ["team", "task", "carry", "TK1", "--reason", "待批复"],
    ["team", "week", "--week", "2026-W47", "--format", "json"],
  ]

  static func mutate(_ data: Data, using random: inout SplitMix) -> (Data, String) {
    var bytes = [UInt8](data)
    let tokens: [[UInt8]] = [
      "{", "}", "[", "]", "\"", ",", ":", "\n", "null", "-1", "99999999999999999999", "\u{0}", "张",
      "\\u", "1e309", "\"id\":\"M0001\"",
    ].map { Array($0.utf8) }
    switch Int.random(in: 0..<6, using: &random) {
    case 0:
      for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8(
          1 << Int.random(in: 0..<8, using: &random))
      }
      return (Data(bytes), "flip")
    case 1:
      return (Data(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))), "truncate")
    case 2:
      let token = tokens[Int.random(in: 0..<tokens.count, using: &random)]
      bytes.insert(contentsOf: token, at: Int.random(in: 0...bytes.count, using: &random))
      return (Data(bytes), "insert")
    case 3:
      let garbage = (0..<Int.random(in: 1...16, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      bytes.insert(contentsOf: garbage, at: Int.random(in: 0...bytes.count, using: &random))
      return (Data(bytes), "random bytes")
    case 4:
      var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      if !lines.isEmpty {
        lines.insert(
          lines[Int.random(in: 0..<lines.count, using: &random)],
          at: Int.random(in: 0...lines.count, using: &random))
      }
      return (Data(lines.joined(separator: [UInt8(ascii: "\n")])), "repeat line")
    default:
      var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      if !lines.isEmpty { lines.remove(at: Int.random(in: 0..<lines.count, using: &random)) }
      return (Data(lines.joined(separator: [UInt8(ascii: "\n")])), "drop line")
    }
  }

  @Test func damagedFilesNeverCrashAndRefusalsChangeNothing() throws {
    let iterations = ReliabilityRun.count(short: 10_000, long: 100_000)
    let seed =
      ProcessInfo.processInfo.environment["LIAISON_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_123
    var random = SplitMix(state: seed)
    let sandbox = try ReliabilityRun.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "李秀英", "--household", "王大妈", "--date", "2026-11-21")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-22", "--need",
      "路灯坏了", "--need-urgency", "红")
    _ = try sandbox.ok("need", "start", "N00001", "--date", "2026-11-22")
    _ = try sandbox.ok("need", "deadlines", "--green", "20")
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--date", "2026-11-20", "--kind", "巡逻")
    _ = try sandbox.ok("commitment", "add", "--member", "张建国", "--year", "2026", "--text", "护河")
    _ = try sandbox.ok(
      "appraisal", "set", "--member", "张建国", "--year", "2026", "--rating", "好", "--half", "H2")
    _ = try sandbox.ok(
      "score", "adjust", "--member", "张建国", "--date", "2026-11-20", "--item", "study", "--points",
      "2",
      "--reason", "轮训")
    _ = try sandbox.ok("rules", "init")
    try IOErrorSweep.team(sandbox)
    _ = try sandbox.ok(
      "team", "task", "add", "--team", "T01", "--text", "走访", "--assignee", "周副镇长", "--date",
      "2026-11-16")
    _ = try sandbox.ok(
      "team", "work", "add", "--team", "T01", "--household", "王大妈", "--by", "周副镇长", "--date",
      "2026-11-17", "--solved", "1")
    _ = try sandbox.ok("team", "rate", "T01", "--rating", "好", "--week", "2026-W47")
    sandbox.fileSystem = UnsyncedFileSystem()
    let pristine = sandbox.snapshot()
    let evidence = FileManager.default.temporaryDirectory.appendingPathComponent(
      "liaison-fuzz-last")
    try? FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: true)
    let start = Date()
    var refusedByCheck = 0
    var refusedWrites = 0
    var acceptedWrites = 0
    var partlyApplied = 0
    var unclearRefusals = 0
    var kinds: [String: Int] = [:]
    for iteration in 0..<iterations {
      restore(sandbox, to: pristine)
      let file = Self.files[Int.random(in: 0..<Self.files.count, using: &random)]
      let (mutated, kind) = Self.mutate(pristine[file] ?? Data(), using: &random)
      kinds[kind, default: 0] += 1
      try mutated.write(to: URL(fileURLWithPath: sandbox.data + "/" + file))
      // Left behind if this input crashes the process, to reproduce it.
      try? mutated.write(to: evidence.appendingPathComponent("input"))
      try? "\(iteration) \(file) \(kind)".write(
        to: evidence.appendingPathComponent("what"), atomically: false, encoding: .utf8)

      let check = sandbox.run("check")
      if check.status != 0 {
        refusedByCheck += 1
        if !Self.saysWhatIsWrong(check.stderr) { unclearRefusals += 1 }
      }
      let before = sandbox.snapshot()
      let command = Self.commands[iteration % Self.commands.count]
      let result = sandbox.run(command)
      if result.status == 0 {
        acceptedWrites += 1
      } else {
        refusedWrites += 1
        if !Self.saysWhatIsWrong(result.stderr) { unclearRefusals += 1 }
        if sandbox.snapshot() != before { partlyApplied += 1 }
      }
    }
    restore(sandbox, to: pristine)
    ReliabilityRun.report(
      "mutation fuzzing: \(iterations) damaged files (seed \(seed); "
        + kinds.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        + ") → 0 crashes, \(refusedByCheck) reported by check, \(refusedWrites) writes refused, "
        + "\(acceptedWrites) writes accepted (harmless damage), \(partlyApplied) partly applied, "
        + "\(unclearRefusals) refusals without a message (\(ReliabilityRun.seconds(since: start)))")
    #expect(partlyApplied == 0 && unclearRefusals == 0)
    #expect(refusedWrites > iterations / 4)
  }

  /// Damaged CSV files, as spreadsheets and hand edits produce them, fed to `import`: no
  /// crash, a refusal is a message, and a refused import changes nothing.
  @Test func damagedCSVImportsNeverCrashAndRefusalsChangeNothing() throws {
    let iterations = ReliabilityRun.count(short: 3_000, long: 30_000)
    let seed =
      ProcessInfo.processInfo.environment["LIAISON_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_124
    var random = SplitMix(state: seed)
    let sandbox = try ReliabilityRun.township()
    sandbox.fileSystem = UnsyncedFileSystem()
    let samples: [(kind: String, csv: String)] = [
      (
        "members",
        "姓名,联系电话,所在村,网格,出生年月,入党时间,身份,职责\r\n周强,13700137000,凤林村,第一网格,1968.05,1995/7/1,预备党员,矛盾调解员、政策宣传员\r\n\"吴,敏\",'13700137001,凤林村,第二网格,1970年3月,35246,正式党员,\r\n"
      ),
      (
        "households",
        "户主,户主电话,所在村,网格,院落,家庭人口,重点人群\n钱叔,0570-1234567,凤林村,第一网格,东院,3,空巢老人、低保户\n\"孙\"\"婶\",,凤林村,,\"西\n院\",2,\n"
      ),
      (
        "visits",
        "走访日期,走访党员,走访农户,走访方式,看厨房,意见建议数\n2026/11/21,张建国,王大妈,上门,整洁,1\n46347,13800138000,赵大爷,电话,,0\n"
      ),
      ("links", "联系党员,联系户,岗位,邻里类型\n张建国,王大妈、赵大爷,主联,区域邻里\n"),
    ]
    let pristine = sandbox.snapshot()
    let start = Date()
    var refused = 0
    var accepted = 0
    var partlyApplied = 0
    var unclearRefusals = 0
    let input = sandbox.root.appendingPathComponent("input.csv")
    for iteration in 0..<iterations {
      restore(sandbox, to: pristine)
      let sample = samples[iteration % samples.count]
      var (bytes, _) = Self.mutate(Data(sample.csv.utf8), using: &random)
      if iteration % 7 == 0,
        let gb = String(decoding: bytes, as: UTF8.self).data(
          using: String.Encoding(rawValue: 0x8000_0632))
      {
        bytes = gb  // the same damage in a GBK file
      }
      try bytes.write(to: input)
      // Left behind if this input crashes the process, to reproduce it.
      try? bytes.write(
        to: FileManager.default.temporaryDirectory.appendingPathComponent(
          "liaison-fuzz-last-\(sample.kind).csv"))
      let before = sandbox.snapshot()
      let result = sandbox.run("import", sample.kind, input.path)
      if result.status == 0 {
        accepted += 1
      } else {
        refused += 1
        if !Self.saysWhatIsWrong(result.stderr) { unclearRefusals += 1 }
        if sandbox.snapshot() != before { partlyApplied += 1 }
      }
    }
    restore(sandbox, to: pristine)
    ReliabilityRun.report(
      "CSV import fuzzing: \(iterations) damaged files (members, households, visits, links; seed "
        + "\(seed); every 7th re-encoded as GB18030) → 0 crashes, \(refused) imports refused, "
        + "\(accepted) accepted, \(partlyApplied) partly applied, \(unclearRefusals) refusals "
        + "without a message (\(ReliabilityRun.seconds(since: start)))")
    #expect(partlyApplied == 0 && unclearRefusals == 0 && refused > 0 && accepted > 0)
  }

  /// A refusal's messages: warnings may come first, then the error.
  static func saysWhatIsWrong(_ stderr: String) -> Bool {
    stderr.split(separator: "\n").contains { $0.hasPrefix("Error: ") && $0.count > 12 }
  }

  /// Puts every file back as it was and removes any the last command added.
  func restore(_ sandbox: Sandbox, to pristine: [String: Data]) {
    for (relative, _) in sandbox.snapshot() where pristine[relative] == nil {
      try? FileManager.default.removeItem(atPath: sandbox.data + "/" + relative)
    }
    for (relative, data) in pristine {
      try? data.write(to: URL(fileURLWithPath: sandbox.data + "/" + relative))
    }
  }
}
