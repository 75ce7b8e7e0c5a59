/// The part of the roster one visit is checked against — its member, its household and the
/// member's links — found without loading the whole roster.
///
/// At county scale the roster is about 26 MB and loading it is nearly all of `visit add`'s
/// time; these few records are found in a few milliseconds (`RosterFileLookup`). The
/// answers follow `Roster.member(_:)` and `household(_:)`: an id first, else one exact name
/// or phone. Whenever the files cannot answer surely — nothing or several found, a line not
/// plain, a file laid out by hand — this gives nil, and the whole roster is loaded to
/// answer, or refuse with its usual message.
struct VisitRosterLookup {
  let folder: DataFolder

  /// A roster holding only the visit's member, household and the member's links, or nil.
  func roster(
    member memberReference: String, household householdReference: String
  ) throws
    -> Roster?
  {
    guard
      let members = try RosterFileLookup<Member>(folder.file(RosterFiles.members)),
      let member = Self.single(
        memberReference, in: members, nameKey: "name", name: { $0.name }, phone: { $0.phone }),
      let households = try RosterFileLookup<Household>(folder.file(RosterFiles.households)),
      let household = Self.single(
        householdReference, in: households, nameKey: "head", name: { $0.head }, phone: { $0.phone }),
      let links = try RosterFileLookup<Link>(folder.file(RosterFiles.links)),
      let memberLinks = links.records(withAny: [("member", member.id)])
    else { return nil }
    return Roster(
      members: [member], households: [household],
      links: memberLinks.filter { $0.member == member.id })
  }

  /// The one record `reference` names, as `Roster`'s lookups would find it, or nil.
  private static func single<Record>(
    _ reference: String, in file: RosterFileLookup<Record>, nameKey: String,
    name: (Record) -> String, phone: (Record) -> String?
  ) -> Record? {
    let wanted = reference.trimmedSpaces
    guard let byID = file.records(id: wanted) else { return nil }
    if let record = byID.first { return record }
    let phoneNumber = Phone(parsing: wanted)?.normalized
    var pairs = [(key: nameKey, value: wanted)]
    if let phoneNumber { pairs.append((key: "phone", value: phoneNumber)) }
    guard let candidates = file.records(withAny: pairs) else { return nil }
    let matches = candidates.filter {
      name($0) == wanted || (phoneNumber != nil && phone($0) == phoneNumber)
    }
    return matches.count == 1 ? matches[0] : nil
  }
}
