/// One thing a clerk runs, as the benchmark times it: the command line, the folder it runs
/// on, and the target it is held to. New reports join by adding a line to `all`; one whose
/// command this build does not have yet is skipped with a note, not failed.
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
  }

  var name: String
  var arguments: [String]
  var folder: Folder
  /// The target at county scale, in seconds; at township scale every command has 50 ms.
  var countyTarget: Double?
  /// The noun and verb whose help must exist for the command to be timed.
  var command: [String] { Array(arguments.prefix(2)) }

  static let all: [BenchOperation] = [
    BenchOperation(
      name: "visit add, 0 stored", arguments: visitAdd, folder: .empty, countyTarget: 0.015),
    BenchOperation(
      name: "visit add, 1/3 year stored", arguments: visitAdd, folder: .third, countyTarget: 0.015),
    BenchOperation(
      name: "visit add, a year stored", arguments: visitAdd, folder: .full, countyTarget: 0.015),
    BenchOperation(
      name: "roster load (household show)", arguments: ["household", "show", "H00001"],
      folder: .full, countyTarget: 0.3),
    BenchOperation(
      name: "member list --format json", arguments: ["member", "list", "--format", "json"],
      folder: .full),
    BenchOperation(
      name: "report monthly --month 2026-11",
      arguments: ["report", "monthly", "--month", "2026-11"],
      folder: .full, countyTarget: 0.5),
    BenchOperation(
      name: "report weekly --week 2026-W48", arguments: ["report", "weekly", "--week", "2026-W48"],
      folder: .full),
    BenchOperation(
      name: "report coverage",
      arguments: ["report", "coverage"], folder: .full),
    BenchOperation(
      name: "score show --period 2026", arguments: ["score", "show", "--period", "2026"],
      folder: .full, countyTarget: 3),
    BenchOperation(
      name: "need week --week 2026-W48", arguments: ["need", "week", "--week", "2026-W48"],
      folder: .full),
    BenchOperation(
      name: "need figures --period 2026", arguments: ["need", "figures", "--period", "2026"],
      folder: .full),
    BenchOperation(
      name: "visit list --month 2026-11 (json)",
      arguments: ["visit", "list", "--month", "2026-11", "--format", "json"], folder: .full),
    BenchOperation(
      name: "import households (one per household)",
      arguments: ["import", "households", BenchOperation.importFile], folder: .importBase,
      countyTarget: 2),
    BenchOperation(
      name: "export visits --format jsonl (a year)",
      arguments: ["export", "visits", "--format", "jsonl"], folder: .full),
  ]

  /// Every run adds the same visit, so each after the first is a second visit that day
  /// (`--again`); the repeat check it skips is timed by hand (README, Performance).
  static let visitAdd = [
    "visit", "add", "--member", "M0001", "--household", "H00001", "--date", "2026-12-31",
    "--mode", "上门", "--note", "bench", "--again",
  ]
  /// Stands for the CSV the benchmark writes beside the import folder.
  static let importFile = "@households.csv"
}
