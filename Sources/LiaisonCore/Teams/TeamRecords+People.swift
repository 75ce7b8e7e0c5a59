/// Adding and editing team people.
extension TeamRecords {
  /// Adds a team person; the phone is kept in its normal form, a roster member given by id,
  /// name or phone is kept as the member's id.
  /// - Throws: `TeamError` for an empty name, a bad phone or a phone another person has;
  ///   `RosterError` for a member that is not on the roster.
  public mutating func addPerson(
    name: String, phone: String?, unit: String?, role: String, member: String?, note: String?,
    roster: Roster
  ) throws -> TeamPerson {
    var person = TeamPerson(
      id: Self.nextID(prefix: "TP", digits: 3, after: people.map(\.id)), name: name.trimmedSpaces)
    try fill(&person, phone: phone, unit: unit, role: role, member: member, note: note, roster)
    people.append(person)
    return person
  }

  /// Changes the fields given (nil leaves a field as it is; an empty text clears it).
  public mutating func editPerson(
    _ reference: String, name: String?, phone: String?, unit: String?, role: String?,
    member: String?, note: String?, roster: Roster
  ) throws -> TeamPerson {
    let found = try person(reference)
    var person = found
    if let name { person.name = name.trimmedSpaces }
    try fill(&person, phone: phone, unit: unit, role: role, member: member, note: note, roster)
    people[people.firstIndex(of: found)!] = person
    return person
  }

  private func fill(
    _ person: inout TeamPerson, phone: String?, unit: String?, role: String?, member: String?,
    note: String?, _ roster: Roster
  ) throws {
    guard !person.name.isEmpty else {
      throw TeamError.rule(Localized(en: "--name is empty.", zh: "--name 不能为空。"))
    }
    if let phone {
      if phone.trimmedSpaces.isEmpty {
        person.phone = nil
      } else {
        person.phone = try Phone(typed: phone, option: "phone").normalized
      }
    }
    if let other = people.first(where: {
      $0.id != person.id && person.phone != nil && $0.phone == person.phone
    }) {
      throw TeamError.rule(
        Localized(
          en: "Phone \(person.phone!) already belongs to \(other.name) (\(other.id)); "
            + "edit that person instead.",
          zh: "电话 \(person.phone!) 已属于 \(other.name)（\(other.id)）；请改为修改该人员。"))
    }
    if let unit { person.unit = unit.trimmedSpaces.isEmpty ? nil : unit.trimmedSpaces }
    if let role, !role.trimmedSpaces.isEmpty { person.role = TeamRole.stored(role) }
    if let note { person.note = note.trimmedSpaces.isEmpty ? nil : note.trimmedSpaces }
    if let member {
      person.member = member.trimmedSpaces.isEmpty ? nil : try roster.member(member).id
    }
  }
}
