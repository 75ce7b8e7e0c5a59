import Foundation

/// The benchmark's results as Markdown tables: median and p90 wall time and peak memory,
/// warm and on a first run without the derived index, against the targets of issue 20.
struct BenchTable {
  enum Result {
    case measured([ChildProcess.Outcome])
    case skipped(String)
  }

  /// The median, p90 and peak memory of a set of runs.
  struct Figures {
    var runs: Int
    var median: Double
    var p90: Double
    var peak: Int

    init(_ outcomes: [ChildProcess.Outcome]) {
      let times = outcomes.map(\.seconds).sorted()
      runs = times.count
      median = BenchTable.percentile(times, 0.5)
      p90 = BenchTable.percentile(times, 0.9)
      peak = outcomes.map(\.peakBytes).max() ?? 0
    }

    var megabytes: Int { peak >> 20 }
  }

  private var rows: [String] = []
  private var peerRows: [String] = []
  /// The scales in the order they were measured, for the notes below the table.
  private var scales: [String] = []
  /// Each measured operation's warm figures, by scale and name, for the peers' ratios.
  private var measured: [String: Figures] = [:]

  /// An operation's row: its warm runs and, for a reading command, its first runs.
  mutating func add(
    _ scale: String, _ operation: BenchOperation, _ result: Result,
    firstRun: [ChildProcess.Outcome]?
  ) {
    if !scales.contains(scale) { scales.append(scale) }
    let target = operation.target(at: scale)
    let firstRunTarget = operation.reads ? operation.firstRunTarget(at: scale) : nil
    let targets =
      "\(target.map(Self.time) ?? "—") | "
      + (operation.reads ? firstRunTarget.map(Self.time) ?? "—" : "")
    switch result {
    case .skipped(let note):
      rows.append(
        "| \(scale) | \(operation.name) | – | – | – | – | – | \(targets) | skipped: \(note) |")
    case .measured(let outcomes):
      let warm = Figures(outcomes)
      measured[scale + "/" + operation.name] = warm
      let cold = firstRun.map(Figures.init)
      var verdicts: [String] = []
      if let target { verdicts.append(warm.median <= target ? "met" : "missed") }
      if let cold, let firstRunTarget {
        verdicts.append("first run " + (cold.median <= firstRunTarget ? "met" : "missed"))
      }
      if scale == "county" {
        let limit = operation.countyMemoryTarget
        if warm.megabytes > limit { verdicts.append("memory > \(limit) MB") }
        if let cold, cold.megabytes > limit {
          verdicts.append("first run's memory > \(limit) MB")
        }
      }
      let firstRunText =
        cold.map { "\(Self.time($0.median)), p90 \(Self.time($0.p90)), \($0.megabytes) MB" }
        ?? "—"
      rows.append(
        "| \(scale) | \(operation.name) | \(warm.runs) | \(Self.time(warm.median)) "
          + "| \(Self.time(warm.p90)) | \(warm.megabytes) MB | \(firstRunText) | \(targets) "
          + "| \(verdicts.joined(separator: "; ")) |")
    }
  }

  /// A peer's runs, with how many times faster liaison's report of the same month was.
  mutating func addPeer(_ scale: String, _ peer: BenchPeer, _ result: Result) {
    let target = scale == "county" ? peer.countyRatioTarget : nil
    let targetText = target.map { String(format: "≥ %.0f×", $0) } ?? "—"
    switch result {
    case .skipped(let note):
      peerRows.append(
        "| \(scale) | \(peer.name) | – | – | – | – | – | \(targetText) | skipped: \(note) |")
    case .measured(let outcomes):
      let figures = Figures(outcomes)
      let liaison = measured[scale + "/" + BenchRun.peeredOperation]
      let ratio = liaison.map { figures.median / $0.median }
      let ratioText =
        both(ratio, liaison).map { ratio, liaison in
          String(
            format: "%.2f× (%@, %d MB)", ratio, Self.time(liaison.median), liaison.megabytes)
        } ?? "—"
      let verdict = both(ratio, target).map { $0 >= $1 ? "met" : "missed" } ?? ""
      peerRows.append(
        "| \(scale) | \(peer.name) | \(figures.runs) | \(Self.time(figures.median)) "
          + "| \(Self.time(figures.p90)) | \(figures.megabytes) MB | \(ratioText) "
          + "| \(targetText) | \(verdict) |")
    }
  }

  /// The peers' table: each peer's times beside liaison's monthly report of the same month.
  func peersMarkdown() -> String {
    ([
      "| scale | peer (\(BenchRun.peeredOperation)) | runs | median | p90 | peak memory "
        + "| peer ÷ liaison (liaison's time, memory) | target | |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ] + peerRows).joined(separator: "\n")
  }

  func markdown() -> String {
    ([
      "| scale | operation | runs | median | p90 | peak memory | first run (no index) "
        + "| target | first-run target | |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ] + rows + flatInHistoryNotes()).joined(separator: "\n")
  }

  /// Below the table, for each scale that timed both: `visit add` on a year of visits over
  /// `visit add` on none, which must stay near 1 (it never reads the logs).
  private func flatInHistoryNotes() -> [String] {
    let (first, last) = BenchOperation.flatInHistory
    let notes = scales.compactMap { scale -> String? in
      guard let none = measured[scale + "/" + first], let year = measured[scale + "/" + last]
      else { return nil }
      let ratio = year.median / none.median
      let verdict = ratio <= BenchOperation.flatAllowance ? "met" : "missed"
      return String(
        format: "- %@: visit add flat in history — a year stored ÷ 0 stored = %@ / %@ = %.2f "
          + "(target ≤ %.1f): %@", scale, Self.time(year.median), Self.time(none.median), ratio,
        BenchOperation.flatAllowance, verdict)
    }
    return notes.isEmpty ? [] : [""] + notes
  }

  /// The value below which `fraction` of the sorted `values` fall (nearest rank).
  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let rank = Int((fraction * Double(values.count)).rounded(.up)) - 1
    return values[min(max(rank, 0), values.count - 1)]
  }

  static func time(_ seconds: Double) -> String {
    seconds < 1 ? String(format: "%.0f ms", seconds * 1000) : String(format: "%.2f s", seconds)
  }
}

/// Both values, or nil when either is missing.
private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
