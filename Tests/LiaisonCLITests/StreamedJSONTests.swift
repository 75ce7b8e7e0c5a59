import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// `export all` and `visit list --format json` write as they read (issue #14, point 11):
/// their bytes stay exactly those of encoding everything at once.
@Suite struct StreamedJSONTests {
  static func session<T>(_ sandbox: Sandbox, _ body: (StoreSession) throws -> T) throws -> T {
    try LiaisonStore(folder: DataFolder(path: sandbox.data)).reading(body)
  }

  static func collected(_ produce: ((Data) throws -> Void) throws -> Void) throws -> String {
    var bytes = Data()
    try produce { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func exportAllIsTheWholeBundleEncodedAtOnce() throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let (streamed, whole) = try Self.session(sandbox) { session in
      (
        try Self.collected { try Exporter.bundle(from: session, write: $0) },
        try JSONOutput.encode(
          ExportBundle(
            township: session.manifest.township, roster: try session.roster(),
            visits: try session.visits(VisitFilter()), needs: try session.needs(),
            scored: try session.scoreRecordFiles(), carried: try session.carriedRecords()))
      )
    }
    #expect(streamed == whole)
    #expect(try sandbox.ok("export", "all") + "\n" == whole)
  }

  @Test func anEmptyFolderExportsAsBefore() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let (streamed, whole) = try Self.session(sandbox) { session in
      (
        try Self.collected { try Exporter.bundle(from: session, write: $0) },
        try JSONOutput.encode(
          ExportBundle(
            township: session.manifest.township, roster: try session.roster(), visits: []))
      )
    }
    #expect(streamed == whole)
  }

  @Test(arguments: [
    ["--all"], ["--month", "2026-10"], ["--all", "--village", "清湖村"], ["--month", "2026-08"],
  ])
  func visitListAsJSONIsTheWholeListEncodedAtOnce(_ options: [String]) throws {
    let sandbox = try ReportGoldenTests.demo(language: "en")
    let streamed = try sandbox.ok(["visit", "list", "--format", "json"] + options) + "\n"
    let whole = try Self.session(sandbox) { session in
      var filter = VisitFilter(
        months: options.contains("--all") ? nil : [YearMonth(parsing: options[1])!])
      if options.contains("--village") { filter.village = try session.roster().village("清湖村").id }
      let visits = try session.visits(filter).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
      return try JSONOutput.encode(visits)
    }
    #expect(streamed == whole)
  }
}
