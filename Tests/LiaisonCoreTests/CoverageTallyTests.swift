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

  /// Each member's visited linked households, each household's visits and last visit,
  /// counted here straight from the visits, as a clerk would count them by hand.
  @Test func itCountsWhatTheVisitsSay() throws {
    let path = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = LiaisonStore(folder: DataFolder(path: path))
    // M0001 also calls on a household it is not linked to.
    let stranger = try store.reading { session in
      let roster = try session.roster()
      let linked = Set(roster.links.filter { $0.member == "M0001" }.map(\.household))
      return roster.households.first { !linked.contains($0.id) }?.id
    }
    let log = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/visits/2026-05.jsonl"))
    try log.seekToEnd()
    try log.write(
      contentsOf: Data(
        (#"{"date":"2026-05-20","household":""# + (stranger ?? "")
          + #"","id":"V20260520-9001","member":"M0001","mode":"phone","recordedAt":"x","recordedBy":"y"}"#
          + "\n").utf8))
    try log.close()
    let period = try #require(Period(parsing: "2026-H1"))
    let today = Day(year: 2026, month: 12, day: 31)!
    try store.reading { session in
      let report = try CoverageReport.make(session: session, today: today, period: period)
      let inForce = RosterInForce(try session.roster(), on: period.last)
      let everyVisit = try session.visits(VisitFilter())
      let visits = everyVisit.filter {
        period.first <= $0.date && $0.date <= period.last
          && inForce.householdsByID[$0.household] != nil
      }
      #expect(!visits.isEmpty && visits.count < everyVisit.count)
      var linkedVisitedSeen = false
      for row in report.members {
        let linked = Set((inForce.linksByMember[row.id] ?? []).map(\.household))
        let visited = Set(visits.filter { $0.member == row.id }.map(\.household))
        #expect(row.linkedVisited == linked.intersection(visited).count, "\(row.id)")
        #expect(row.visits == visits.count { $0.member == row.id }, "\(row.id)")
        // Visits to households the member is not linked to count as visits, not as linked.
        linkedVisitedSeen = linkedVisitedSeen || (row.linkedVisited > 0 && visited != linked)
      }
      #expect(linkedVisitedSeen)
      for row in report.households {
        let own = visits.filter { $0.household == row.id }
        #expect(row.visits == own.count && row.lastVisit == own.map(\.date).max(), "\(row.id)")
      }
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
