import Foundation

/// The benchmark's results as a Markdown table: median and p90 wall time, peak memory, and
/// the target each operation is held to.
struct BenchTable {
  enum Result {
    case measured([ChildProcess.Outcome])
    case skipped(String)
  }

  private var rows: [String] = []
  private var peerRows: [String] = []
  /// Each measured operation's median and peak, by scale and name, for the peers' ratios.
  private var measured: [String: (median: Double, peak: Int)] = [:]

  mutating func add(_ scale: String, _ operation: BenchOperation, _ result: Result) {
    let target: Double? = scale == "county" ? operation.countyTarget : 0.05
    let targetText = target.map { Self.time($0) } ?? "—"
    switch result {
    case .skipped(let note):
      rows.append(
        "| \(scale) | \(operation.name) | – | – | – | – | \(targetText) | skipped: \(note) |")
    case .measured(let outcomes):
      let times = outcomes.map(\.seconds).sorted()
      let median = Self.percentile(times, 0.5)
      let p90 = Self.percentile(times, 0.9)
      let peak = outcomes.map(\.peakBytes).max() ?? 0
      measured[scale + "/" + operation.name] = (median, peak)
      var verdict = ""
      if let target { verdict = median <= target ? "met" : "missed" }
      if scale == "county", peak > 250 << 20 {
        verdict += (verdict.isEmpty ? "" : "; ") + "memory > 250 MB"
      }
      rows.append(
        "| \(scale) | \(operation.name) | \(times.count) | \(Self.time(median)) | \(Self.time(p90)) "
          + "| \(peak >> 20) MB | \(targetText) | \(verdict) |")
    }
  }

  /// A peer's runs, with how many times faster liaison's report of the same month was.
  mutating func addPeer(_ scale: String, _ peer: BenchPeer, _ result: Result) {
    switch result {
    case .skipped(let note):
      peerRows.append("| \(scale) | \(peer.name) | – | – | – | – | skipped: \(note) |")
    case .measured(let outcomes):
      let times = outcomes.map(\.seconds).sorted()
      let median = Self.percentile(times, 0.5)
      let peak = outcomes.map(\.peakBytes).max() ?? 0
      let ratio = measured[scale + "/" + BenchRun.peeredOperation].map {
        String(format: "%.2f× (%@, %d MB)", median / $0.median, Self.time($0.median), $0.peak >> 20)
      }
      peerRows.append(
        "| \(scale) | \(peer.name) | \(times.count) | \(Self.time(median)) "
          + "| \(Self.time(Self.percentile(times, 0.9))) | \(peak >> 20) MB | \(ratio ?? "—") |")
    }
  }

  /// The peers' table: each peer's times beside liaison's monthly report of the same month.
  func peersMarkdown() -> String {
    ([
      "| scale | peer (\(BenchRun.peeredOperation)) | runs | median | p90 | peak memory "
        + "| peer ÷ liaison (liaison's time, memory) |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    ] + peerRows).joined(separator: "\n")
  }

  func markdown() -> String {
    ([
      "| scale | operation | runs | median | p90 | peak memory | target | |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ] + rows).joined(separator: "\n")
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
