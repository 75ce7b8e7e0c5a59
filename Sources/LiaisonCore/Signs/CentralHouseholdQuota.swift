/// How many central households (共产党员中心户) a grid chooses from its member households
/// (共产党员户): 15–20 % of them (seed 002).
///
/// The rule, in whole households: at least 15 % rounded up and at most 20 % rounded down.
/// When no whole number lies between them (7 member households: 1.05 to 1.4), the one
/// nearer the range is both bounds, the larger on a tie. A grid with any member household
/// chooses at least one — seed 002 has each grid hold its own election (分网格评选) — so a
/// grid of 1 to 4 chooses exactly one.
public struct CentralHouseholdQuota: Hashable, Sendable, Codable {
  public var memberHouseholds: Int
  public var minimum: Int
  public var maximum: Int

  public init(memberHouseholds count: Int) {
    memberHouseholds = count
    guard count > 0 else {
      (minimum, maximum) = (0, 0)
      return
    }
    // In hundredths of a household, so 15 % of 20 is exactly 3.
    let low = count * 15
    let high = count * 20
    var least = (low + 99) / 100
    var most = high / 100
    if least > most {
      let below = most
      let nearer = (100 * (below + 1) - high) <= (low - 100 * below) ? below + 1 : below
      (least, most) = (nearer, nearer)
    }
    minimum = max(least, 1)
    maximum = max(most, minimum)
  }
}
