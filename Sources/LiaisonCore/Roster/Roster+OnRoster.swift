/// What is accepted is counted: a record dated before its member or household came onto
/// the roster would be left out of that period's reports, so it is refused, naming the one
/// command that puts the start right if the record really was there.
extension Roster {
  /// - Parameter what: the record being dated, for the message ("a visit", "a link").
  func requireOnRoster(_ member: Member, on day: Day, for what: Localized) throws {
    guard let since = member.since, day < since else { return }
    throw RosterError.rule(
      Localized(
        en: "\(member.name) (\(member.id)) is on the roster from \(since); \(what.en) on \(day) "
          + "would not be counted in that month's reports. If they were on it then, correct "
          + "the start first: liaison member edit \(member.id) --since \(day)",
        zh: "\(member.name)（\(member.id)）自 \(since) 起在册，\(day) 的\(what.zh)不会计入当月报表。"
          + "若其当时已在册，请先更正入册日期：liaison member edit \(member.id) --since \(day)"))
  }

  func requireOnRoster(_ household: Household, on day: Day, for what: Localized) throws {
    guard let since = household.since, day < since else { return }
    throw RosterError.rule(
      Localized(
        en: "\(household.head) (\(household.id)) is on the roster from \(since); \(what.en) on "
          + "\(day) would not be counted in that month's reports. If the household was on it "
          + "then, correct the start first: liaison household edit \(household.id) --since \(day)",
        zh: "\(household.head)（\(household.id)）自 \(since) 起在册，\(day) 的\(what.zh)不会计入当月报表。"
          + "若该户当时已在册，请先更正入册日期：liaison household edit \(household.id) --since \(day)"))
  }
}

extension Localized {
  static let aVisit = Localized(en: "a visit", zh: "走访")
  static let aLink = Localized(en: "a link", zh: "联户关系")
  static let aNeed = Localized(en: "a need", zh: "诉求")
  static let anActivity = Localized(en: "an activity", zh: "活动")
  static let aCommitment = Localized(en: "a commitment", zh: "承诺")
  static let anAppraisal = Localized(en: "an appraisal", zh: "评议")
}
