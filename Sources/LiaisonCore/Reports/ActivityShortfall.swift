/// A Party member who held fewer activities in a month than the rules ask (seed 002:
/// 党员每月应至少开展1次活动), as the monthly report lists them.
///
/// Who is held to the rule: members and probationary members — seed 002 asks it of 党员, and
/// an activist (入党积极分子) is not one yet — who were on the roster on the month's first day
/// and still are on the report's day. A member who joined during the month is asked from
/// the next; one who left during it is no longer on the month's roster, as in every other
/// list of the report. Each is held to their own village's rule (`activitiesPerMonth`).
public struct ActivityShortfall: Codable, Hashable, Sendable {
  public var id: String
  public var name: String
  public var village: String
  public var grid: String?
  public var phone: String
  /// Activities dated in the month, up to the report's day.
  public var activities: Int
  /// What the member's rules ask each month.
  public var required: Int

  /// The members held to the rule in the month, and those of them who fell short.
  /// - Parameters:
  ///   - inForce: the roster on the report's day.
  ///   - activities: every activity; only the month's, up to `inForce.day`, are counted.
  ///   - rules: the rules in force, for each village's monthly number.
  static func tally(
    _ month: YearMonth, inForce: RosterInForce, activities: [Activity], rules: ScoringRulebook
  ) -> (held: Int, short: [ActivityShortfall]) {
    var done: [String: Int] = [:]
    for activity in activities
    where activity.date.yearMonth == month && activity.date <= inForce.day {
      done[activity.member, default: 0] += 1
    }
    var held = 0
    var short: [ActivityShortfall] = []
    for member in inForce.members
    where member.status != .activist && member.hasStarted(by: month.firstDay) {
      let required = rules.rules(for: member.village).activitiesPerMonth
      guard required > 0 else { continue }
      held += 1
      let count = done[member.id] ?? 0
      guard count < required else { continue }
      let entry = MemberEntry(member, roster: inForce.roster)
      short.append(
        ActivityShortfall(
          id: entry.id, name: entry.name, village: entry.village, grid: entry.grid,
          phone: entry.phone, activities: count, required: required))
    }
    return (held, short)
  }
}
