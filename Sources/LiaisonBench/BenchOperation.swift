/// One thing a clerk runs, as the benchmark times it: the command line, the folder it runs
/// on, and the targets it is held to (issue 20). New reports join by adding a line to `all`;
/// one whose command this build does not have yet is skipped with a note, not failed.
struct BenchOperation: Sendable {
  /// Which generated folder the command runs on.
  enum Folder: Sendable {
    /// The roster with no visits.
    case empty
    /// The roster with a third of a year's visits (1 M at county scale).
    case third
    /// The roster with a year's visits (3 M at county scale).
    case full
    /// A fresh copy of the roster without households or links, for each run (imports).
    case importBase
    /// `rollUpTownships` copies of the township year under as many township names, read
    /// together (`--data` once for each): the county office's roll-up.
    case rollUp
  }

  /// How many township folders the roll-up reads: a county of 300 villages.
  static let rollUpTownships = 15

  var name: String
  var arguments: [String]
  var folder: Folder
  /// Whether the command only reads the folder, so that it may build the derived index
  /// (`.index`) and is timed twice: warm (index present) and first run (index removed).
  var reads = true
  /// The target at county scale, in seconds, or nil where the issue sets none.
  var countyTarget: Double?
  /// The target at township scale, in seconds: every command has 50 ms unless given less.
  var townshipTarget: Double? = 0.05
  /// The peak memory a county run may reach, in MB.
  var countyMemoryTarget = 250
  /// The median before the derived index (README, Results: township, county), for the
  /// first-run target: a folder with no index may take at most 1.5 times as long.
  var before: (township: Double?, county: Double?) = (nil, nil)
  /// The scales it runs at (the roll-up is made of township folders, so it runs there).
  var scales: Set<String> = ["township", "county"]
  /// The noun and verb whose help must exist for the command to be timed.
  var command: [String] { Array(arguments.prefix(2)) }

  /// How much slower than `before` the first run on a folder without an index may be.
  static let firstRunAllowance = 1.5

  /// The target at `scale`, in seconds.
  func target(at scale: String) -> Double? {
    scale == "county" ? countyTarget : townshipTarget
  }

  /// The first run's target at `scale`: 1.5 times the time before the index, if known.
  func firstRunTarget(at scale: String) -> Double? {
    let time = scale == "county" ? before.county : before.township
    return time.map { $0 * Self.firstRunAllowance }
  }

  static let all: [BenchOperation] = [
    BenchOperation(
      name: "visit add, 0 stored", arguments: visitAdd, folder: .empty, reads: false,
      countyTarget: 0.015),
    BenchOperation(
      name: "visit add, 1/3 year stored", arguments: visitAdd, folder: .third, reads: false,
      countyTarget: 0.015),
    BenchOperation(
      name: "visit add, a year stored", arguments: visitAdd, folder: .full, reads: false,
      countyTarget: 0.015),
    BenchOperation(
      name: "roster load (household show)", arguments: ["household", "show", "H00001"],
      folder: .full, countyTarget: 0.3, before: (0.022, 0.180)),
    BenchOperation(
      name: "member list --format json", arguments: ["member", "list", "--format", "json"],
      folder: .full, before: (0.034, 0.481)),
    BenchOperation(
      name: "report monthly --month 2026-11",
      arguments: ["report", "monthly", "--month", "2026-11"],
      folder: .full, countyTarget: 0.25, townshipTarget: 0.03, countyMemoryTarget: 150,
      before: (0.229, 2.64)),
    BenchOperation(
      name: "report monthly, roll-up of \(rollUpTownships) townships",
      arguments: ["report", "monthly", "--month", "2026-11"], folder: .rollUp,
      townshipTarget: 1, scales: ["township"]),
    BenchOperation(
      name: "report weekly --week 2026-W48", arguments: ["report", "weekly", "--week", "2026-W48"],
      folder: .full, before: (0.165, 1.30)),
    BenchOperation(
      name: "report coverage",
      arguments: ["report", "coverage"], folder: .full, countyTarget: 0.5,
      before: (0.387, 5.28)),
    BenchOperation(
      name: "score show --period 2026", arguments: ["score", "show", "--period", "2026"],
      folder: .full, countyTarget: 0.5, before: (0.257, 2.90)),
    BenchOperation(
      name: "need week --week 2026-W48", arguments: ["need", "week", "--week", "2026-W48"],
      folder: .full, before: (0.061, 0.499)),
    BenchOperation(
      name: "need figures --period 2026", arguments: ["need", "figures", "--period", "2026"],
      folder: .full, before: (0.061, 0.682)),
    BenchOperation(
      name: "visit list --month 2026-11 (json)",
      arguments: ["visit", "list", "--month", "2026-11", "--format", "json"], folder: .full,
      before: (0.401, 5.11)),
    BenchOperation(
      name: "check (the whole folder)", arguments: ["check"], folder: .full, countyTarget: 10,
      before: (nil, 12.6)),
    BenchOperation(
      name: "import households (one per household)",
      arguments: ["import", "households", BenchOperation.importFile], folder: .importBase,
      reads: false, countyTarget: 2),
    BenchOperation(
      name: "export visits --format jsonl (a year)",
      arguments: ["export", "visits", "--format", "jsonl"], folder: .full,
      before: (1.31, 9.66)),
  ]

  /// Every run adds the same visit, so each after the first is a second visit that day
  /// (`--again`); the repeat check it skips is timed by hand (README, Performance).
  static let visitAdd = [
    "visit", "add", "--member", "M0001", "--household", "H00001", "--date", "2026-12-31",
    "--mode", "上门", "--note", "bench", "--again",
  ]
  /// Stands for the CSV the benchmark writes beside the import folder.
  static let importFile = "@households.csv"
  /// The two `visit add` operations whose ratio shows whether it stays flat in history.
  static let flatInHistory = (first: "visit add, 0 stored", last: "visit add, a year stored")
  /// How much slower `visit add` may be on a year of visits than on none.
  static let flatAllowance = 1.2
}
