/// Roster changes that must look at the visit logs too: a member or household with visits
/// on record is history, not a mistake to remove, and a member cannot leave before visits
/// already recorded in their name.
extension StoreSession {
  /// Records that a member left on `day`, ending their links and grid posts.
  /// - Throws: `RosterError.rule` when visits in their name fall on or after that day.
  public func memberLeaves(
    _ reference: String, on day: Day, today: Day
  ) throws -> (
    Member, endedLinks: [String], endedPosts: [Localized]
  ) {
    var roster = try roster()
    let member = try roster.member(reference)
    let later = try visits(VisitFilter(member: member.id)).filter { $0.date >= day }
    if let last = later.max(by: { $0.date < $1.date }) {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) has \(later.count) visit(s) on or after \(day), the "
            + "last on \(last.date) (\(last.id)); give a leaving date after \(last.date).",
          zh: "\(member.name)（\(member.id)）在 \(day) 当天或之后有 \(later.count) 条走访记录，"
            + "最晚为 \(last.date)（\(last.id)）；离开日期须晚于 \(last.date)。"))
    }
    let result = try roster.memberLeaves(member.id, on: day, today: today)
    try save(roster)
    return result
  }

  /// Removes a member entered by mistake; refused while visits, needs or score records
  /// (activities, commitments, appraisals, adjustments) name them.
  public func removeMember(
    _ reference: String, force: Bool
  ) throws -> (
    Member, detached: [Localized]
  ) {
    var roster = try roster()
    let member = try roster.member(reference)
    let visits = try visitCount(member: member.id)
    let needs = try needCount(member: member.id)
    let scored = try scoreRecordCount(member: member.id)
    guard visits == 0, needs == 0, scored == 0 else {
      throw RosterError.inUse(
        .member, member.id,
        dependents: history(visits: visits, needs: needs)
          + (scored > 0 ? [.count(scored, en: "score record", zh: "条积分记录")] : [])
          + roster.memberDependents(member.id),
        forceHelps: false)
    }
    let result = try roster.removeMember(member.id, force: force)
    try save(roster)
    return result
  }

  /// Removes a household entered by mistake; refused while visits name it.
  public func removeHousehold(
    _ reference: String, force: Bool
  ) throws -> (
    Household, detached: [Localized]
  ) {
    var roster = try roster()
    let household = try roster.household(reference)
    let visits = try visitCount(household: household.id)
    let needs = try needCount(household: household.id)
    guard visits == 0, needs == 0 else {
      throw RosterError.inUse(
        .household, household.id, dependents: history(visits: visits, needs: needs),
        forceHelps: false)
    }
    let result = try roster.removeHousehold(household.id, force: force)
    try save(roster)
    return result
  }

  /// Deletes a link entered by mistake; refused while visits or needs were recorded under
  /// it — the monthly report counts its linked households — pointing at `link end`.
  public func removeLink(_ reference: String) throws -> Link {
    var roster = try roster()
    let link = try roster.link(reference)
    let visits = try visitCount(member: link.member, household: link.household) { visit in
      link.isActive(on: visit.date)
    }
    let needs = try needs().count { need in
      need.household == link.household && link.isActive(on: need.raised)
        && (need.raisedBy == link.member || need.handler == link.member)
    }
    guard visits == 0, needs == 0 else {
      let what = history(visits: visits, needs: needs)
      throw RosterError.rule(
        Localized(
          en: "Link \(link.id) has " + what.map(\.en).joined(separator: " and ")
            + " recorded under it, which past reports count; a link that really ended is "
            + "ended, not removed: liaison link end \(link.id) --date DATE",
          zh: "联户关系 \(link.id) 下已记录" + what.map(\.zh).joined(separator: "、")
            + "，以往报表计入了它；确已结束的联户关系请结束而不是删除：liaison link end \(link.id) --date 日期"))
    }
    let removed = try roster.removeLink(link.id)
    try save(roster)
    return removed
  }

  /// The records of what happened that keep a member or household from being removed.
  private func history(visits: Int, needs: Int) -> [Localized] {
    (visits > 0 ? [.count(visits, en: "visit", zh: "条走访记录")] : [])
      + (needs > 0 ? [.count(needs, en: "need", zh: "条诉求")] : [])
  }
}
