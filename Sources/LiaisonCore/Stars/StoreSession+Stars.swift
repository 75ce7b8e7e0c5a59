/// Recording the clerk's star decisions, checked against the roster before anything is
/// written.
extension StoreSession {
  public func starAwards() throws -> [StarAward] { try records(DataFolder.starsName) }

  /// Awards a village's star of a kind for a half-year to a member; awarding the same star
  /// again replaces the decision and keeps its id.
  /// - Throws: `RosterError` for an unknown village or member, a half not yet begun, a kind
  ///   without a star, an activist, or a member who was not the village's in that half.
  public func awardStar(
    village reference: String, year: Int, half: Half, kind: ActivityKind,
    member memberReference: String,
    note: String?, clock: Clock, clerk: String
  ) throws -> StarAward {
    let roster = try roster()
    let village = try roster.village(reference)
    let member = try roster.member(memberReference)
    let period = half.period(year)
    guard period.first <= clock.today else {
      throw RosterError.rule(
        Localized(
          en: "\(year)-\(half.rawValue) has not begun (today is \(clock.today)).",
          zh: "\(year) 年\(half.chineseLabel)尚未开始（今天是 \(clock.today)）。"))
    }
    guard kind.star != nil else {
      throw RosterError.invalidValue(
        field: "kind", value: kind.chineseLabel, expected: ActivityKind.starNames)
    }
    let end = min(period.last, clock.today)
    // In the village on the half's first day or on its last (or today): a member who moved
    // in or out during the half was the village's for part of it.
    let wasThere = [period.first, end].contains { day in
      member.isOnRoster(on: day) && member.asOf(day).village == village.id
    }
    guard wasThere else {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) was not a member of \(village.name) in "
            + "\(year)-\(half.rawValue); a village's star goes to one of its own members.",
          zh: "\(member.name)（\(member.id)）\(year) 年\(half.chineseLabel)不在\(village.name)名册上；"
            + "村的星只评给本村党员。"))
    }
    guard member.asOf(end).status.isPartyMember else {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) is an activist, not yet a Party member; the five "
            + "stars are for Party members (五星党员).",
          zh: "\(member.name)（\(member.id)）是入党积极分子，尚不是党员；五星只评给党员。"))
    }
    var all = try starAwards()
    var award = StarAward(
      id: "", village: village.id, year: year, half: half, kind: kind, member: member.id,
      note: note?.trimmedSpaces.nilIfEmpty, recordedAt: clock.timestamp, recordedBy: clerk)
    if let index = all.firstIndex(where: { $0.slot == award.slot }) {
      award.id = all[index].id
      all[index] = award
    } else {
      award.id = SupervisionID.next("X", after: all.map(\.id))
      all.append(award)
    }
    try saveRecords(all, to: DataFolder.starsName)
    return award
  }
}
