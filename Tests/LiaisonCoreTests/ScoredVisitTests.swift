import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A score's way of reading the logs (the visit index's `VisitLineFields`, `ScoredVisits`)
/// gives what reading whole visits gives: on every generated line, on damaged lines, and as
/// whole boards.
@Suite struct ScoredVisitTests {
  /// A small generated folder, with village rules that count households and months, and a
  /// log line for each path off the fast one.
  static let folder: String = {
    let path = SharedTestFolder.path("liaison-scored")
    try! SampleFolder.generate(.tiny, seed: 11, at: path)
    let rules = path + "/rules"
    try! FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
    try! Data(#"{"visitRequirement":{"per":"month","minimum":2,"counted":"household"}}"#.utf8)
      .write(to: URL(fileURLWithPath: rules + "/C002.json"))
    let log = URL(fileURLWithPath: path + "/visits/2026-11.jsonl")
    var bytes = try! Data(contentsOf: log)
    let extra = [
      // Escaped text: JSONDecoder's line.
      #"{"date":"2026-11-03","household":"H00001","id":"V20261103-9001","member":"M0001","mode":"phone","note":"a\nb","recordedAt":"x","recordedBy":"y"}"#,
      // A household and a member not on the roster.
      #"{"date":"2026-11-04","household":"H99999","id":"V20261104-9002","member":"M0001","mode":"phone","recordedAt":"x","recordedBy":"y"}"#,
      #"{"date":"2026-11-04","household":"H00001","id":"V20261104-9003","member":"M9999","mode":"phone","recordedAt":"x","recordedBy":"y"}"#,
    ]
    bytes.append(Data((extra.joined(separator: "\n") + "\n").utf8))
    try! bytes.write(to: log)
    return path
  }()

  static func lines() throws -> [Data] {
    let logs = try FileManager.default.contentsOfDirectory(atPath: folder + "/visits")
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    return try logs.flatMap { log in
      try Data(contentsOf: URL(fileURLWithPath: folder + "/visits/" + log))
        .split(separator: UInt8(ascii: "\n")).map { Data($0) }
    }
  }

  /// `VisitLineFields.fast` may decline a line, but what it takes it takes as `Visit.plain`
  /// does.
  static func agree(_ line: Data) -> Bool {
    line.withUnsafeBytes { bytes in
      guard let fast = VisitLineFields.fast(bytes) else { return true }
      let whole = Visit.plain(bytes)
      return whole?.id == fast.id && whole?.member == fast.member
        && whole?.household == fast.household && whole?.date == fast.date
        && whole?.opinions == fast.opinions
    }
  }

  @Test func everyLogLineIsReadAsVisitPlainReadsIt() throws {
    let lines = try Self.lines()
    #expect(lines.count > 1_000)
    for line in lines {
      #expect(Self.agree(line), "\(String(decoding: line, as: UTF8.self))")
    }
    // The one-pass reader is the one that counts: it must take the lines `visit add` writes.
    let fast = lines.count { line in line.withUnsafeBytes { VisitLineFields.fast($0) != nil } }
    #expect(fast * 10 > lines.count * 9)
  }

  @Test(arguments: [
    #"{"date":"2026-11-23","household":"H00001","id":"V1","member":"M1","mode":"phone","recordedAt":"x","recordedBy":"y"}"#,
    #"{"ask":{"needs":"路灯坏了很久"},"date":"2026-11-23","household":"H00001","id":"V20261123-0001","look":{"kitchen":"干净整洁的厨房"},"member":"M1","mode":"phone","note":"一切安好，家人身体健康","opinions":2,"photos":["a/b.jpg"],"recordedAt":"2026-11-23T09:00:00+08:00","recordedBy":"y"}"#,
  ])
  func damagedLinesAreReadAsVisitPlainReadsThem(_ good: String) throws {
    let line = Array(good.utf8)
    #expect(Self.agree(Data(line)))
    let replacements: [[UInt8]] = [
      [], Array(" ".utf8), Array("\\".utf8), Array("\"".utf8), Array(",".utf8),
      Array("null".utf8), Array("1.0".utf8), [0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0x01], [0x1F],
      [0x7F], Array("\"id\":\"V2\",".utf8), Array("\"extra\":1,".utf8), Array("{".utf8),
      Array("}".utf8), Array("[".utf8),
    ]
    for position in 0...line.count {
      for replacement in replacements {
        for removed in [0, 1] where position + removed <= line.count {
          var damaged = line
          damaged.replaceSubrange(position..<(position + removed), with: replacement)
          #expect(Self.agree(Data(damaged)), "\(String(decoding: damaged, as: UTF8.self))")
        }
      }
    }
  }

  /// Strings are checked eight bytes at a time: a special byte anywhere in a string of any
  /// length is still seen.
  @Test(arguments: [[0x22], [0x5C], [0x00], [0x01], [0x1F], [0x80], [0xFF], [0xC3, 0xA9], [0x7F]])
  func aSpecialByteIsSeenAtEveryPlaceOfAString(_ special: [UInt8]) throws {
    for length in 1..<30 {
      for position in 0..<length {
        var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        text.replaceSubrange(position..<(position + 1), with: special)
        let line = Array(#"{"k":""#.utf8) + text + Array(#""}"#.utf8)
        let taken = line.withUnsafeBytes { bytes -> String? in
          var object = PlainJSONObject()
          guard object.scan(bytes) else { return nil }
          return try? object.text("k")
        }
        let decoded = try? JSONDecoder().decode([String: String].self, from: Data(line))["k"]
        // Plain text is what JSONDecoder reads; the fast way declines the rest.
        let plain = special == [0x7F] || special == [0xC3, 0xA9]
        #expect(taken == (plain ? decoded : nil), "\(special) at \(position) of \(length)")
        if plain { #expect(taken != nil) }
      }
    }
  }

  static func boards(
    period: String, today: Day, detail: ScoreDetail
  ) throws -> (
    read: ScoreBoard, whole: ScoreBoard
  ) {
    let store = LiaisonStore(folder: DataFolder(path: folder))
    let period = try #require(Period(parsing: period))
    let read = try store.reading { session in
      try session.scoreBoard(period: period, today: today, detail: detail)
    }
    let whole = try store.reading { session in
      var records = try session.scoreRecords()
      records.visits.removeAll { $0.date > min(period.last, today) }
      return ScoreBoard(
        records: records, rulebook: try session.scoringRulebook(), period: period, today: today)
    }
    return (read, whole)
  }

  @Test(arguments: ["2026", "2026-H2", "2026-Q4", "2026-11", "2026-10", "2026-01"])
  func aBoardFromTheLogsIsTheBoardFromWholeVisits(period: String) throws {
    for today in [Day(year: 2026, month: 12, day: 31)!, Day(year: 2026, month: 11, day: 18)!] {
      let (read, whole) = try Self.boards(period: period, today: today, detail: .everyRecord)
      #expect(read.scores == whole.scores)
      #expect(read.scores.contains { $0.lines.contains { !$0.records.isEmpty } })
    }
  }

  @Test func pointsOnlyLeavesOutTheVisitIDsAndNothingElse() throws {
    let today = Day(year: 2026, month: 12, day: 31)!
    let (read, whole) = try Self.boards(period: "2026", today: today, detail: .pointsOnly)
    let visitItems = Set(
      try LiaisonStore(folder: DataFolder(path: Self.folder)).reading {
        try $0.scoringRulebook()
      }.township.items.filter { $0.metric == .visits }.map(\.id))
    let stripped = whole.scores.map { score in
      var score = score
      for index in score.lines.indices
      where score.lines[index].kind == .item && visitItems.contains(score.lines[index].item ?? "") {
        score.lines[index].records = []
      }
      return score
    }
    #expect(!visitItems.isEmpty)
    #expect(read.scores == stripped)
    #expect(read.scores != whole.scores)
  }

  /// A ranking's scores say nothing of what they count: they must still be the explained
  /// scores, point for point, rank for rank, band, grade and colour alike.
  @Test(arguments: ["2026", "2026-11", "2026-Q4"])
  func scoresOnlyIsTheExplainedBoardWithoutItsLines(period: String) throws {
    let today = Day(year: 2026, month: 12, day: 31)!
    let (read, whole) = try Self.boards(period: period, today: today, detail: .scoresOnly)
    let unexplained = whole.scores.map { score in
      var score = score
      score.lines = []
      return score
    }
    #expect(whole.scores.contains { $0.lines.contains { $0.kind == .cap } })
    #expect(read.scores == unexplained)
  }

  @Test func oneMembersRecordsListTheirVisitsOnly() throws {
    let today = Day(year: 2026, month: 12, day: 31)!
    let (read, whole) = try Self.boards(period: "2026", today: today, detail: .recordsOf("M0001"))
    #expect(read.score(of: "M0001") == whole.score(of: "M0001"))
    #expect(read.scores.map(\.score) == whole.scores.map(\.score))
    let others = { (board: ScoreBoard) in board.scores.filter { $0.member != "M0001" } }
    #expect(others(read) != others(whole))
  }
}
