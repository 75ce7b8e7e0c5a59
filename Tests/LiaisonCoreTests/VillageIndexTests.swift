import Foundation
import Testing

@testable import LiaisonCore

/// The village organisation's index: every explanation adds up to the index exactly
/// (points in tenths), caps, floors and the clamp each have their line, a village's own
/// rules replace the township's, and grades go by share with ties across a boundary
/// taking the better grade.
@Suite struct VillageIndexTests {
  static let quarter = Period(parsing: "2026-Q4")!
  static let today = Day(parsing: "2026-12-31")!

  /// Rules whose index is a base and the manual item only, so each village's index is what
  /// the test gives it.
  static func manualRules(base: Int = 50) throws -> SupervisionRules {
    try SupervisionRules.decode(
      Data(
        #"{"index": {"base": \#(base), "items": [{"id": "other", "zh": "其他", "en": "other", "metric": "manual"}]}}"#
          .utf8), path: "rules/supervision.json")
  }

  /// A township of villages C001 … whose indexes are `indexes`, in that order.
  static func board(_ indexes: [Double], rules: SupervisionRules) throws -> VillageIndexBoard {
    let villages = indexes.indices.map {
      Village(id: String(format: "C%03d", $0 + 1), name: "村\($0 + 1)")
    }
    let adjustments = indexes.enumerated().map { number, index in
      IndexAdjustment(
        id: String(format: "K%05d", number + 1), village: villages[number].id,
        date: Day(parsing: "2026-11-01")!, item: "other",
        points: Points(tenths: Int((index * 10).rounded()) - 500), reason: "测试")
    }
    return VillageIndexBoard(
      township: "凤林镇",
      records: SupervisionRecords(roster: Roster(villages: villages), adjustments: adjustments),
      rules: rules, period: quarter, today: today)
  }

  static func grades(_ board: VillageIndexBoard) -> [String] {
    board.villages.sorted { $0.village < $1.village }.map(\.grade)
  }

  @Test func tenVillagesFallTwoFourThreeOne() throws {
    let board = try Self.board(
      [99, 98, 97, 96, 95, 94, 93, 92, 91, 90], rules: try Self.manualRules())
    #expect(Self.grades(board) == ["A", "A", "B", "B", "B", "B", "C", "C", "C", "D"])
    #expect(board.gradeCounts.map(\.count) == [2, 4, 3, 1])
  }

  @Test func villagesTiedAcrossTheABBoundaryBothTakeA() throws {
    // Ranks 1, 2, 2, 4 …: A's places end at rank 2, so both villages on 98 take A.
    let board = try Self.board(
      [99, 98, 98, 96, 95, 94, 93, 92, 91, 90], rules: try Self.manualRules())
    #expect(Self.grades(board) == ["A", "A", "A", "B", "B", "B", "C", "C", "C", "D"])
    #expect(board.villages.map(\.rank) == [1, 2, 2, 4, 5, 6, 7, 8, 9, 10])
  }

  @Test func villagesTiedAcrossTheCDBoundaryBothTakeC() throws {
    // C's places end at rank 9; the villages on 90.5 rank 9 together and both take C.
    let board = try Self.board(
      [99, 98, 97, 96, 95, 94, 93, 92, 90.5, 90.5], rules: try Self.manualRules())
    #expect(Self.grades(board) == ["A", "A", "B", "B", "B", "B", "C", "C", "C", "C"])
  }

  @Test func everyExplanationAddsUpToTheIndexExactly() throws {
    let rules = SupervisionRules.standard
    var facts = VillageFacts(village: "C001")
    facts.households = 60
    facts.linkedHouseholds = 57
    facts.members = 7
    facts.visits = 100
    facts.needsResolved = ["N00001", "N00002", "N00003"]
    facts.needsOverdue = (1...8).map { String(format: "N%05d", $0 + 10) }
    facts.passed = ["I00001"]
    facts.notices = ["I00002", "I00003", "I00004", "I00005"]
    facts.memberAverage = Points(tenths: 733)
    facts.reportedMonths = [YearMonth(year: 2026, month: 10)!]
    let (lines, total) = VillageIndexEvaluator(rules: rules.index, facts: facts).lines()
    #expect(lines.reduce(Points.zero) { $0 + $1.points } == total)
    // 60 + 9.5 (95 %) + 14 capped at 10 + 1.5 − 8 held at −5 + 2 − 20 held at −15 + 7.3 + 1
    #expect(total == Points(tenths: 713))
    #expect(lines.contains { $0.kind == .cap && $0.item == "visits" && $0.points == Points(-4) })
    #expect(
      lines.contains { $0.kind == .floor && $0.item == "needs-overdue" && $0.points == Points(3) })
    #expect(lines.contains { $0.kind == .floor && $0.item == "notices" && $0.points == Points(5) })
  }

  @Test func anIndexAbove100IsClampedByALineOfItsOwn() throws {
    let board = try Self.board([130], rules: try Self.manualRules())
    let village = try #require(board.villages.first)
    #expect(village.index == Points(100))
    #expect(village.linesTotal == village.index)
    #expect(village.lines.last?.kind == .clamp)
    #expect(village.lines.last?.points == Points(-30))
  }

  @Test func aVillagesOwnRulesReplaceTheTownshipsFields() throws {
    let rules = try SupervisionRules.decode(
      Data(#"{"villages": {"C002": {"base": 70}}}"#.utf8), path: "rules/supervision.json")
    #expect(rules.indexRules(for: "C002").base == Points(70))
    #expect(rules.indexRules(for: "C002").items == SupervisionRules.standard.index.items)
    #expect(rules.indexRules(for: "C001") == SupervisionRules.standard.index)
    let township = try SupervisionRules.decode(
      Data(#"{"index": {"base": 50}}"#.utf8), path: "rules/supervision.json")
    #expect(township.index.base == Points(50))
    #expect(township.index.items == SupervisionRules.standard.index.items)
    #expect(township.checklist == SupervisionRules.standard.checklist)
  }

  @Test(arguments: [
    (
      #"{"index": {"base": "x", "items": []}}"#,
      "rules/supervision.json: index.base: expected a number"
    ),
    (
      #"{"grading": {"A": 20, "B": 40, "C": 30, "D": 5}}"#,
      "rules/supervision.json: grading: the shares add up to 95; they must add up to 100"
    ),
    (
      #"{"checklist": [{"id": "a b", "zh": "甲", "en": "a"}]}"#,
      "rules/supervision.json: checklist[0].id: use letters"
    ),
    (
      #"{"villages": {"C001": {"items": [{"id": "x", "zh": "x", "en": "x", "metric": "visits"}]}}}"#,
      "villages.C001.items[0].metric: expected one of"
    ),
    (
      #"{"index": {"base": 60, "items": [{"id": "x", "zh": "x", "en": "x", "metric": "coverage"}]}}"#,
      "index.items[0].points: missing"
    ),
    (#"{"colour": "red"}"#, "colour: unknown field"),
  ])
  func aBadRulesFileNamesTheField(text: String, expected: String) {
    #expect {
      _ = try SupervisionRules.decode(Data(text.utf8), path: "rules/supervision.json")
    } throws: { error in
      (error as? StoreError)?.message.en.contains(expected) ?? false
    }
  }
}
