import Foundation
import Testing

@testable import LiaisonCore

/// The coverage report reads the logs two months at a time into a tally; it must be the
/// report made from every visit in memory, and a damaged log must stop it as before.
@Suite struct CoverageTallyTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-coverage-\(UUID().uuidString)").path
    try SampleFolder.generate(.tiny, seed: 5, at: path)
    // Lines off the fast path: escaped text, a household and a member not on the roster.
    let log = URL(fileURLWithPath: path + "/visits/2026-06.jsonl")
    var bytes = try Data(contentsOf: log)
    bytes.append(
      Data(
        ([
          #"{"date":"2026-06-03","household":"H00001","id":"V20260603-9001","member":"M0001","mode":"phone","note":"a\nb","recordedAt":"x","recordedBy":"y"}"#,
          #"{"date":"2026-06-04","household":"H99999","id":"V20260604-9002","member":"M0001","mode":"phone","recordedAt":"x","recordedBy":"y"}"#,
          #"{"date":"2026-06-04","household":"H00002","id":"V20260604-9003","member":"M9999","mode":"phone","recordedAt":"x","recordedBy":"y"}"#,
        ].joined(separator: "\n") + "\n").utf8))
    try bytes.write(to: log)
    return path
  }

  static func reports(
    _ path: String, today: Day, village: String?
  ) throws -> (
    read: CoverageReport, whole: CoverageReport
  ) {
    let store = LiaisonStore(folder: DataFolder(path: path))
    let read = try store.reading { session in
      try CoverageReport.make(session: session, today: today, village: village)
    }
    let whole = try store.reading { session in
      CoverageReport(
        roster: try session.roster(), visits: try session.visits(VisitFilter()),
        township: session.manifest.township.name, asOf: today, village: village, minimum: 7,
        sort: .lastVisit)
    }
    return (read, whole)
  }

  @Test func theTallyReadTwoMonthsAtATimeIsTheReportFromEveryVisit() throws {
    let path = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    for (day, village) in [
      (Day(year: 2026, month: 12, day: 31)!, nil), (Day(year: 2026, month: 6, day: 3)!, nil),
      (Day(year: 2026, month: 9, day: 15)!, "C002"),
    ] {
      let (read, whole) = try Self.reports(path, today: day, village: village)
      #expect(read == whole, "\(day) \(village ?? "")")
      #expect(read.households.contains { $0.visits > 0 })
    }
  }

  @Test func aBadLineStopsItAndATornLastLineIsSkippedWithOneWarning() throws {
    let path = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let torn = URL(fileURLWithPath: path + "/visits/2026-03.jsonl")
    var bytes = try Data(contentsOf: torn)
    bytes.append(Data(#"{"date":"2026-03-0"#.utf8))
    try bytes.write(to: torn)
    let store = LiaisonStore(folder: DataFolder(path: path))
    let warnings = try store.reading { session in
      _ = try CoverageReport.make(session: session, today: Day(year: 2026, month: 12, day: 31)!)
      return session.warnings
    }
    #expect(warnings.count == 1 && warnings[0].en.contains("visits/2026-03.jsonl"))

    let bad = URL(fileURLWithPath: path + "/visits/2026-08.jsonl")
    var lines = try String(contentsOf: bad, encoding: .utf8).split(separator: "\n")
    lines[3] = "{not json"
    try (lines.joined(separator: "\n") + "\n").write(to: bad, atomically: true, encoding: .utf8)
    let error = #expect(throws: StoreError.self) {
      try store.reading { session in
        try CoverageReport.make(session: session, today: Day(year: 2026, month: 12, day: 31)!)
      }
    }
    #expect(error?.message.en.contains("2026-08.jsonl") == true)
    #expect(error?.message.en.contains(":4") == true, "\(error?.message.en ?? "")")
  }
}
