import Testing

@testable import LiaisonCore

/// The three-consecutive-notices rule: three calendar months running with a notice flag a
/// village; a month with a pass, or with no inspection at all, breaks the run.
@Suite struct AccountabilityTests {
  static func inspection(
    _ number: Int, _ date: String, _ outcome: InspectionOutcome, village: String = "C001"
  ) -> Inspection {
    Inspection(
      id: "I0000\(number)", date: Day(parsing: date)!, village: village, inspectors: ["王书记"],
      items: ["links"], findings: outcome == .criticised ? "台账不全" : nil, outcome: outcome)
  }

  static func months(_ flag: AccountabilityFlag?) -> [String] {
    flag?.months.map(\.description) ?? []
  }

  @Test func threeConsecutiveMonthsOfNoticesFlagTheVillage() {
    let inspections = [
      Self.inspection(1, "2026-09-15", .criticised), Self.inspection(2, "2026-10-15", .criticised),
      Self.inspection(3, "2026-11-12", .criticised),
    ]
    let runs = AccountabilityFlag.runs(of: "C001", in: inspections)
    #expect(runs.count == 1)
    #expect(Self.months(runs.first) == ["2026-09", "2026-10", "2026-11"])
    #expect(runs.first?.inspections == ["I00001", "I00002", "I00003"])
  }

  @Test func aMonthWithNoInspectionBreaksTheRun() {
    // September and October criticised, no inspection in November, December criticised.
    let inspections = [
      Self.inspection(1, "2026-09-15", .criticised), Self.inspection(2, "2026-10-15", .criticised),
      Self.inspection(3, "2026-12-03", .criticised),
    ]
    #expect(AccountabilityFlag.runs(of: "C001", in: inspections).isEmpty)
  }

  @Test func aPassBetweenNoticesBreaksTheRun() {
    let inspections = [
      Self.inspection(1, "2026-08-20", .criticised), Self.inspection(2, "2026-09-15", .criticised),
      Self.inspection(3, "2026-10-15", .passed), Self.inspection(4, "2026-11-12", .criticised),
      Self.inspection(5, "2026-12-10", .criticised),
    ]
    #expect(AccountabilityFlag.runs(of: "C001", in: inspections).isEmpty)
  }

  @Test func aNoticeInAMonthCountsEvenWhenAnotherInspectionThatMonthPassed() {
    let inspections = [
      Self.inspection(1, "2026-09-15", .criticised), Self.inspection(2, "2026-10-03", .passed),
      Self.inspection(3, "2026-10-28", .criticised), Self.inspection(4, "2026-11-12", .criticised),
    ]
    let runs = AccountabilityFlag.runs(of: "C001", in: inspections)
    #expect(Self.months(runs.first) == ["2026-09", "2026-10", "2026-11"])
    #expect(runs.first?.inspections == ["I00001", "I00003", "I00004"])
  }

  @Test func aRunAcrossTheNewYearCountsAndOtherVillagesDoNotJoinIt() {
    let inspections = [
      Self.inspection(1, "2026-11-15", .criticised), Self.inspection(2, "2026-12-15", .criticised),
      Self.inspection(3, "2027-01-12", .criticised, village: "C002"),
      Self.inspection(4, "2027-01-20", .criticised),
    ]
    #expect(
      Self.months(AccountabilityFlag.runs(of: "C001", in: inspections).first)
        == ["2026-11", "2026-12", "2027-01"])
    #expect(AccountabilityFlag.runs(of: "C002", in: inspections).isEmpty)
  }

  @Test func theFlagShowsInThePeriodsTheRunReachesAndNotBeforeItsThirdMonth() {
    let inspections = [
      Self.inspection(1, "2026-09-15", .criticised), Self.inspection(2, "2026-10-15", .criticised),
      Self.inspection(3, "2026-11-12", .criticised), Self.inspection(4, "2026-12-10", .passed),
    ]
    func shown(_ period: String, asOf: String = "2026-12-31") -> [String] {
      Self.months(
        AccountabilityFlag.shown(
          for: "C001", in: inspections, period: Period(parsing: period)!,
          asOf: Day(parsing: asOf)!))
    }
    #expect(shown("2026-10").isEmpty)  // only two notices by October's end
    #expect(shown("2026-11") == ["2026-09", "2026-10", "2026-11"])
    #expect(shown("2026-Q4") == ["2026-09", "2026-10", "2026-11"])
    #expect(shown("2026-Q4", asOf: "2026-11-01").isEmpty)  // November's notice not yet given
    #expect(shown("2026-12").isEmpty)  // the run ended in November
    #expect(shown("2026-Q3").isEmpty)
  }
}
