/// Records typed in twice (two imports, two clerks, one form entered again): a new record
/// that looks like one already on file is refused unless the clerk says it really is
/// another one (`--again`), so duplicates never go in silently.
extension Household {
  /// Whether this new household could be `other` typed again: the same head in the same
  /// village, and no phone, courtyard or address of its own that `other` does not share.
  /// Two households with different phones are two households; a new one that gives a phone
  /// or courtyard the one on file lacks is taken at its word.
  func couldRepeat(_ other: Household) -> Bool {
    func differ(_ new: String?, _ existing: String?) -> Bool { new != nil && new != existing }
    return head == other.head && village == other.village && !differ(phone, other.phone)
      && !differ(courtyard, other.courtyard) && !differ(address, other.address)
  }
}

extension Member {
  /// Whether this member could be `other` typed again: the same name in the same village
  /// and the same birth. (The same phone is refused outright: each member has their own.)
  /// Namesakes are common in a village, so a birth on only one of them does not count.
  func couldRepeat(_ other: Member) -> Bool {
    name == other.name && village == other.village && born != nil && born == other.born
  }
}

extension Visit {
  /// Whether this visit could be `other` typed again: the same member at the same
  /// household on the same day.
  func couldRepeat(_ other: Visit) -> Bool {
    member == other.member && household == other.household && date == other.date
  }
}

extension RosterError {
  /// The refusal of a household that looks like `existing` typed again.
  static func repeated(
    _ household: Household, of existing: Household, in village: String
  )
    -> RosterError
  {
    .rule(
      Localized(
        en: "\(village) already has a household headed by \(existing.head) (\(existing.id)), "
          + "and no phone, courtyard or address of the new one tells the two apart. If it really is a second "
          + "household, add --again; otherwise give its --phone or --courtyard.",
        zh: "\(village)已有户主为 \(existing.head) 的农户（\(existing.id)），且没有电话、院落或住址"
          + "可以区分两者。如确是另一户，请加 --again；否则请填写其 --phone 或 --courtyard。"))
  }

  /// The refusal of a member who looks like `existing` typed again.
  static func repeated(_ member: Member, of existing: Member, in village: String) -> RosterError {
    let born = existing.born ?? ""
    return .rule(
      Localized(
        en: "\(village) already has a member named \(existing.name) born \(born) "
          + "(\(existing.id), phone \(Phone.masked(existing.phone))). If it really is another "
          + "person, add --again; if their phone changed, edit it: "
          + "liaison member edit \(existing.id) --phone \(member.phone)",
        zh: "\(village)已有出生于 \(born) 的党员 \(existing.name)（\(existing.id)，电话 "
          + "\(Phone.masked(existing.phone))）。如确是另一人，请加 --again；如是其电话变了，请修改："
          + "liaison member edit \(existing.id) --phone \(member.phone)"))
  }

  /// The refusal of a visit that looks like `existing` typed again.
  static func repeated(_ visit: Visit, of existing: Visit, on roster: Roster) -> RosterError {
    let who = roster.memberName(visit.member) + " (\(visit.member))"
    let whom = roster.householdHead(visit.household) + " (\(visit.household))"
    return .rule(
      Localized(
        en: "Visit \(existing.id) already records \(who) at \(whom) on "
          + "\(visit.date) (\(existing.mode.rawValue)). If it really was a second visit that "
          + "day, add --again; to change the first, use liaison visit edit \(existing.id).",
        zh: "走访 \(existing.id) 已记录 \(who) 于 \(visit.date) 走访 \(whom)"
          + "（\(existing.mode.chineseLabel)）。如当天确有第二次走访，请加 --again；"
          + "如要修改那一次，请用 liaison visit edit \(existing.id)。"))
  }
}
