import Foundation
import Testing

@testable import LiaisonCore

/// Each metric on the hand-made township of `ScoringFixture`, counted by hand.
@Suite struct ScoringMetricTests {
  /// The points one item gives M0001 in November (after its cap or floor).
  static func item(_ id: String, period: String = "2026-11") throws -> Points {
    let score = try #require(try ScoringFixture.board(period).score(of: "M0001"))
    return score.lines.filter { $0.item == id }.reduce(.zero) { $0 + $1.points }
  }

  @Test(arguments: [
    // 5 visits at +1, capped at 4.
    ("visits", Points(4)),
    // H00001 and H00002 at +2.
    ("homes", Points(4)),
    // W45, W46 and W48 had a visit; W44 ended before the links began; W49 is not over.
    ("met", Points(3)),
    // W47 (16–22 November) had none.
    ("missed", Points(-3)),
    // November only (the October activity is outside the period).
    ("months", Points(2)),
    ("activities", Points(1)),
    // N00001 small (+1, as handler) and N00002 medium (+2, raised by the member).
    ("resolved", Points(3)),
    // N00001 was still open on 5 November, the day after its due date.
    ("overdue", Points(-1)),
    ("kept", Points(tenths: 25)),
    // The yearly grade and the half-year ratings end outside November.
    ("grade", Points(0)),
    ("rating", Points(0)),
    // −2 held at the floor −1.
    ("dues", Points(-1)),
    // +3 and +4 held at the cap 5.
    ("study", Points(5)),
  ])
  func eachMetricInNovember(id: String, expected: Points) throws {
    #expect(try Self.item(id) == expected)
  }

  @Test func theYearAddsTheOctoberActivityTheGradeAndBothRatings() throws {
    #expect(try Self.item("activities", period: "2026") == Points(tenths: 15))
    #expect(try Self.item("months", period: "2026") == Points(4))
    #expect(try Self.item("grade", period: "2026") == Points(10))
    #expect(try Self.item("rating", period: "2026") == Points(6))
    // The first half holds only the first rating; the second only the second.
    #expect(try Self.item("rating", period: "2026-H1") == Points(2))
    #expect(try Self.item("rating", period: "2026-H2") == Points(4))
  }

  @Test func theScoreIsTheBasePlusEveryItemAndTheLinesAddUpToIt() throws {
    let november = try #require(try ScoringFixture.board("2026-11").score(of: "M0001"))
    // 50 + 4 + 4 + 3 − 3 + 2 + 1 + 3 − 1 + 2.5 − 1 + 5
    #expect(november.score == Points(tenths: 695))
    #expect(november.linesTotal == november.score)
    let year = try #require(try ScoringFixture.board("2026").score(of: "M0001"))
    #expect(year.score == Points(88))
    #expect(year.linesTotal == year.score)
    // The cap and the floor each have a line of their own.
    #expect(
      november.lines.contains { $0.kind == .cap && $0.item == "visits" && $0.points == Points(-1) })
    #expect(
      november.lines.contains { $0.kind == .floor && $0.item == "dues" && $0.points == Points(1) })
    #expect(november.lines.contains { $0.text.en.contains("2026-W47") && $0.points == Points(-3) })
  }

  @Test func countingPerHouseholdAsksForEveryLinkedHouseholdEachWeek() throws {
    var rules = try ScoringFixture.rules()
    rules.visitRequirement.counted = .household
    let score = try #require(try ScoringFixture.board("2026-11", rules: rules).score(of: "M0001"))
    // Only W45 saw both households.
    let met = score.lines.filter { $0.item == "met" }.reduce(Points.zero) { $0 + $1.points }
    let missed = score.lines.filter { $0.item == "missed" }
    #expect(met == Points(1))
    #expect(missed.map(\.records) == [["2026-W46"], ["2026-W47"], ["2026-W48"]])
  }

  @Test func aMonthlyRequirementJudgesMonthsThatAreOverAndBeganLinked() throws {
    var rules = try ScoringFixture.rules()
    rules.visitRequirement = .init(per: .month, minimum: 6, counted: .member)
    let missed = { (records: ScoreRecords) in
      ScoreBoard(
        records: records, rulebook: ScoringRulebook(township: rules),
        period: Period(parsing: "2026-11")!, today: ScoringFixture.day(11, 30)
      ).score(of: "M0001")?.lines.filter { $0.item == "missed" }.map(\.records)
    }
    // The links began on 2 November: the month is not judged.
    var records = ScoringFixture.records()
    #expect(missed(records) == [[]])
    // Linked from the 1st, November is judged once over, and 5 visits fall short of 6.
    for index in records.roster.links.indices {
      records.roster.links[index].from = ScoringFixture.day(11, 1)
    }
    #expect(missed(records) == [["2026-11"]])
  }

  @Test func theTotalIsClampedToZeroAndAHundredWithALineThatSaysSo() throws {
    var generous = try ScoringFixture.rules()
    generous.base = Points(95)
    let high = try #require(try ScoringFixture.board("2026-11", rules: generous).score(of: "M0001"))
    #expect(high.score == Points(100))
    #expect(high.lines.last?.kind == .clamp)
    #expect(high.lines.last?.points == Points(tenths: -145))
    #expect(high.linesTotal == high.score)
    var harsh = try ScoringFixture.rules()
    harsh.base = Points(0)
    harsh.items[3].points = Points(-80)
    let low = try #require(try ScoringFixture.board("2026-11", rules: harsh).score(of: "M0001"))
    #expect(low.score == .zero)
    #expect(low.linesTotal == .zero)
    #expect(low.reeducation)
  }

  @Test func aMemberWhoLeftBeforeThePeriodIsNotScored() throws {
    let board = try ScoringFixture.board("2026-11")
    #expect(board.score(of: "M0003") == nil)
    #expect(try ScoringFixture.board("2026-10").score(of: "M0003") != nil)
    // M0002 has no records: the base, nothing missed (no links), below 60 → black list.
    let idle = try #require(board.score(of: "M0002"))
    #expect(idle.score == Points(50))
    #expect(idle.band == .black && idle.reeducation)
    #expect(board.score(of: "M0001")?.band == .red)
  }

  @Test func aVillageFileReplacesTheFieldsItSets() throws {
    let township = try ScoringFixture.rules()
    let village = try ScoringRules.decode(
      Data(
        #"{"base": 40, "items": [{"id": "visits", "zh": "走访", "en": "visits", "metric": "visits", "points": 2}]}"#
          .utf8),
      path: "rules/C001.json", over: township)
    #expect(village.base == Points(40))
    #expect(village.items.map(\.id) == ["visits"])
    #expect(village.visitRequirement == township.visitRequirement)
    let board = try ScoringFixture.board("2026-11", villages: ["C001": village])
    // 40 + 2 × 5 visits, nothing else counted.
    #expect(board.score(of: "M0001")?.score == Points(50))
  }
}
