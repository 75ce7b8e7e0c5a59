import Testing

@testable import liaison_bench

/// The benchmark's verdicts: warm and first runs against issue 20's targets.
@Suite struct BenchTableTests {
  static func outcomes(_ seconds: Double..., megabytes: Int = 40) -> [ChildProcess.Outcome] {
    seconds.map { ChildProcess.Outcome(seconds: $0, peakBytes: megabytes << 20, status: 0) }
  }

  static func operation(_ name: String) throws -> BenchOperation {
    try #require(BenchOperation.all.first { $0.name == name })
  }

  @Test func theMonthlyReportHasTheIssuesTargetsAtBothScales() throws {
    let monthly = try Self.operation("report monthly --month 2026-11")
    #expect(monthly.target(at: "county") == 0.25)
    #expect(monthly.target(at: "township") == 0.03)
    #expect(monthly.countyMemoryTarget == 150)
    #expect(monthly.reads)
    let firstRun = try #require(monthly.firstRunTarget(at: "township"))
    #expect(abs(firstRun - 0.229 * 1.5) < 1e-9)
  }

  @Test func writersHaveNoFirstRunAndTheRollUpRunsOnTownshipFolders() throws {
    #expect(try !Self.operation("visit add, a year stored").reads)
    #expect(try !Self.operation("import households (one per household)").reads)
    let rollUp = try Self.operation("report monthly, roll-up of 15 townships")
    #expect(rollUp.folder == .rollUp && rollUp.scales == ["township"])
    #expect(rollUp.target(at: "township") == 1)
    #expect(try Self.operation("check (the whole folder)").target(at: "county") == 10)
  }

  @Test func aRowShowsTheFirstRunBesideTheWarmOneWithBothVerdicts() throws {
    var table = BenchTable()
    table.add(
      "county", try Self.operation("report monthly --month 2026-11"),
      .measured(Self.outcomes(0.2, 0.21, 0.3, megabytes: 120)),
      firstRun: Self.outcomes(4.1, 4.0, 4.2, megabytes: 160))
    let row = try #require(table.markdown().split(separator: "\n").last)
    #expect(
      row == "| county | report monthly --month 2026-11 | 3 | 210 ms | 300 ms | 120 MB "
        + "| 4.10 s, p90 4.20 s, 160 MB | 250 ms | 3.96 s "
        + "| met; first run missed; first run's memory > 150 MB |")
  }

  @Test func visitAddIsHeldFlatInHistory() throws {
    var table = BenchTable()
    table.add(
      "county", try Self.operation("visit add, 0 stored"), .measured(Self.outcomes(0.010)),
      firstRun: nil)
    table.add(
      "county", try Self.operation("visit add, a year stored"), .measured(Self.outcomes(0.013)),
      firstRun: nil)
    #expect(table.markdown().hasSuffix("= 13 ms / 10 ms = 1.30 (target ≤ 1.2): missed"))
  }

  @Test func theDuckDBPeerIsHeldToFourTimesAtCountyScale() throws {
    var table = BenchTable()
    table.add(
      "county", try Self.operation(BenchRun.peeredOperation), .measured(Self.outcomes(0.25)),
      firstRun: nil)
    table.addPeer("county", BenchPeer.all[0], .measured(Self.outcomes(1.1)))
    let row = try #require(table.peersMarkdown().split(separator: "\n").last)
    #expect(row.hasSuffix("| 4.40× (250 ms, 40 MB) | ≥ 4× | met |"))
  }
}
