import Testing

@testable import LiaisonCore

/// The 15–20 % rule for central households (seed 002), at its bounds.
@Suite struct CentralHouseholdQuotaTests {
  @Test(arguments: [
    // None: nothing to choose.
    (0, 0, 0),
    // 1 to 4: 20 % is below one household; a grid still chooses one.
    (1, 1, 1), (2, 1, 1), (3, 1, 1), (4, 1, 1),
    // 5: exactly 20 % is one; 6: 0.9 to 1.2.
    (5, 1, 1), (6, 1, 1),
    // No whole number between 15 % and 20 %: the nearer one (7: 1.05–1.4 → 1; 14: 2.1–2.8 → 2;
    // 27: 4.05–5.4 → 5).
    (7, 1, 1), (14, 2, 2), (27, 5, 5),
    // Exactly 20 % (10 → 2) and exactly 15 % and 20 % (20 → 3 to 4, 40 → 6 to 8).
    (10, 2, 2), (20, 3, 4), (40, 6, 8),
    // 15 % and 20 % round to different counts: 35 → 5.25–7 → 6 to 7.
    (35, 6, 7),
  ])
  func theQuotaKeepsWithinFifteenToTwentyPercent(
    households: Int, minimum: Int, maximum: Int
  ) {
    let quota = CentralHouseholdQuota(memberHouseholds: households)
    #expect(quota.minimum == minimum && quota.maximum == maximum, "\(households)")
  }
}
