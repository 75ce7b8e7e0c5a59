import Testing

@testable import LiaisonCore

/// The year's lists on the hand-made township: who is on the red and black lists, who takes
/// a star, and how many central households a village proposes.
@Suite struct ScoreListsTests {
  static func lists(
    adding activities: [Activity] = [], grades: [Appraisal] = []
  ) throws
    -> ScoreLists
  {
    var records = ScoringFixture.records()
    records.activities += activities
    records.appraisals += grades
    let board = ScoreBoard(
      records: records, rulebook: ScoringRulebook(township: try ScoringFixture.rules()),
      period: Period(parsing: "2026")!, today: ScoringFixture.day(11, 30))
    return ScoreLists(year: 2026, board: board, records: records, today: ScoringFixture.day(11, 30))
  }

  @Test func redAndBlackListsFollowTheRules() throws {
    let lists = try Self.lists()
    // Top 1 is red (M0001, 88); M0002 and M0003 (who left on 1 November, so was on the
    // roster in 2026) have only the base 50, below 60, tied at rank 2.
    #expect(lists.red.map(\.member) == ["M0001"])
    #expect(lists.black.map(\.member) == ["M0002", "M0003"])
    #expect(lists.black.map(\.rank) == [2, 2])
  }

  @Test func aStarGoesToTheMostActiveButNeverToTheBlackList() throws {
    let lists = try Self.lists(adding: [
      Activity(id: "A00010", member: "M0002", date: ScoringFixture.day(11, 6), kind: .policy),
      Activity(id: "A00011", member: "M0002", date: ScoringFixture.day(11, 7), kind: .policy),
    ])
    let policy = lists.stars.filter { $0.kind == .policy }
    // M0002 has two policy activities to M0001's one, but is on the black list.
    #expect(policy.map(\.members) == [["M0001"]])
    #expect(policy.first?.half == .h2)
    // Patrol is a volunteer service, not one of the five stars; industry fell in October
    // to M0001 alone.
    #expect(lists.stars.map(\.kind) == [.policy, .industry])
  }

  @Test func centralHouseholdsAreExcellentMembersWithinFifteenToTwentyPercent() throws {
    let lists = try Self.lists(grades: [
      Appraisal(id: "E00009", member: "M0002", year: 2026, grade: .excellent)
    ])
    // Two members on the roster at the year's end in 凤林村: 15 % rounds up to 1, 20 %
    // down to 0 (so 1); of the two excellent members the better score is proposed.
    let village = try #require(lists.centralHouseholds.first { $0.village == "C001" })
    #expect(village.memberHouseholds == 2 && village.minimum == 1 && village.maximum == 1)
    #expect(village.proposed.map(\.member) == ["M0001"])
    #expect(village.shortfall == 0)
    // 清湖村's only member left on 1 November: no households, nothing to propose.
    let other = try #require(lists.centralHouseholds.first { $0.village == "C002" })
    #expect(other.memberHouseholds == 0 && other.proposed.isEmpty && other.shortfall == 0)
  }
}
