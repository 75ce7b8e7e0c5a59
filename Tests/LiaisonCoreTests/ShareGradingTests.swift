import Testing

@testable import LiaisonCore

/// Competition ranks and grades by share, with the tie rule: ties share the best rank, and
/// members tied across a grade boundary all take the better grade.
@Suite struct ShareGradingTests {
  static let seed003 = [("A", 20), ("B", 42), ("C", 28), ("D", 10)]

  static func points(_ values: [Int]) -> [Points] { values.map { Points($0) } }

  @Test func ranksAreCompetitionRanks() {
    #expect(ShareGrading.ranks(Self.points([100, 90, 90, 80])) == [1, 2, 2, 4])
    #expect(ShareGrading.ranks(Self.points([70, 90, 70])) == [2, 1, 2])
  }

  @Test func tenDistinctScoresFallTwoFourThreeOne() {
    let scores = Self.points([99, 98, 97, 96, 95, 94, 93, 92, 91, 90])
    #expect(
      ShareGrading.grades(scores, shares: Self.seed003)
        == ["A", "A", "B", "B", "B", "B", "C", "C", "C", "D"])
  }

  @Test func membersTiedAcrossABoundaryAllTakeTheBetterGrade() {
    // Ranks 1, 2, 2, 4 …: the A places end at 2, so both members on 98 are A.
    let scores = Self.points([99, 98, 98, 96, 95, 94, 93, 92, 91, 91])
    #expect(
      ShareGrading.grades(scores, shares: Self.seed003)
        == ["A", "A", "A", "B", "B", "B", "C", "C", "C", "C"])
  }

  @Test func everyoneTiedIsGradedA() {
    #expect(
      ShareGrading.grades(Self.points([80, 80, 80]), shares: Self.seed003) == ["A", "A", "A"])
  }

  @Test func placesRoundHalvesUp() {
    // 5 members: A ends at round(1.0) = 1, B at round(3.1) = 3, C at round(4.5) = 5.
    let scores = Self.points([5, 4, 3, 2, 1])
    #expect(ShareGrading.grades(scores, shares: Self.seed003) == ["A", "B", "B", "C", "C"])
  }
}
