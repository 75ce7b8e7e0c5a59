/// The rules a visit must meet, whether typed in or imported.
extension Roster {
  /// Checks a new or changed visit against the roster. A correction that keeps the member
  /// and the date is not held to rules that changed since (the member has left since, say).
  /// - Returns: warnings that do not stop it: the member was not linked to the household.
  func validateVisit(_ visit: Visit, today: Day, original: Visit? = nil) throws -> [Localized] {
    let member = try member(visit.member)
    let household = try household(visit.household)
    let sameMemberAndDay =
      original.map { $0.member == visit.member && $0.date == visit.date } ?? false
    if !sameMemberAndDay { try requireNotFuture(visit.date, today: today, field: "date") }
    if !sameMemberAndDay, let left = member.left, left <= visit.date {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) left on \(left); a visit on \(visit.date) cannot be "
            + "theirs.",
          zh: "\(member.name)（\(member.id)）已于 \(left) 离开，\(visit.date) 的走访不能记在其名下。"))
    }
    if !sameMemberAndDay { try requireOnRoster(member, on: visit.date, for: .aVisit) }
    if original?.household != visit.household || original?.date != visit.date {
      try requireOnRoster(household, on: visit.date, for: .aVisit)
    }
    if let opinions = visit.opinions, !Visit.opinionCounts.contains(opinions) {
      throw RosterError.invalidValue(
        field: "opinions", value: String(opinions),
        expected: Localized(
          en: "a count of opinions on one visit, 0 to \(Visit.opinionCounts.upperBound)",
          zh: "一次走访收集的意见条数，0 到 \(Visit.opinionCounts.upperBound)"))
    }
    guard activeLink(member: member.id, household: household.id, on: visit.date) == nil else {
      return []
    }
    return [
      Localized(
        en: "\(member.name) (\(member.id)) was not linked to \(household.head) (\(household.id)) "
          + "on \(visit.date); the visit is recorded all the same.",
        zh: "\(visit.date) 时 \(member.name)（\(member.id)）并未联系 \(household.head)（\(household.id)）；"
          + "走访仍已记录。")
    ]
  }
}
