import Foundation
import Testing

@testable import LiaisonCore

/// The monthly report ranks by the month's score worked out beside its count, from the
/// month it read itself (not decoded again), and makes entries only for the ends it
/// shows. Its ranking must be the ends of the score board as `score show` works it out on
/// its own, every id kept: the same members, ranks and points, best first and worst first.
@Suite struct MonthlyRankingTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-monthly-ranking-\(UUID().uuidString)").path
    try SampleFolder.generate(.tiny, seed: 7, at: path)
    return path
  }

  @Test(arguments: [(2026, 11, nil), (2026, 6, nil), (2026, 11, "C002")] as [(Int, Int, String?)])
  func theRankingIsTheEndsOfTheMonthsBoard(year: Int, month: Int, village: String?) throws {
    let path = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = LiaisonStore(folder: DataFolder(path: path))
    let month = YearMonth(year: year, month: month)!
    let today = Day(year: 2026, month: 12, day: 1)!
    var options = MonthlyReportOptions()
    options.village = village
    options.rankingSize = 3
    let report = try store.reading {
      try MonthlyReport.make(month, session: $0, today: today, options: options)
    }
    let (board, inForce) = try store.reading { session in
      (
        try session.scoreBoard(
          period: Period(month: month), today: month.lastDay, village: village,
          detail: .everyRecord),
        RosterInForce(try session.roster(), on: month.lastDay, village: village)
      )
    }
    let present = Set(inForce.members.map(\.id))
    let ranked = board.scores.filter { present.contains($0.member) }
    #expect(ranked.count > 6, "enough members to have both ends")
    #expect(report.ranking.basis == "score")
    func ends(_ entries: [MonthlyReport.RankEntry]) -> [String] {
      entries.map { "\($0.rank) \($0.member) \($0.score?.description ?? "-")" }
    }
    func scores(_ scores: some Sequence<MemberScore>) -> [String] {
      scores.map { "\($0.rank) \($0.member) \($0.score.description)" }
    }
    #expect(ends(report.ranking.top) == scores(ranked.prefix(3)))
    #expect(ends(report.ranking.bottom) == scores(ranked.suffix(3).reversed()))
  }
}
