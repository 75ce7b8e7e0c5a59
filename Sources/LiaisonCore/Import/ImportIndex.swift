/// Lookups an import makes for every row, by dictionary instead of by scanning the roster,
/// so that a file of 90,000 households plans in time linear in its rows.
struct ImportIndex {
  private(set) var householdsByID: [String: Int] = [:]
  private var householdsByHead: [String: [String]] = [:]
  private var householdsByPhone: [String: [String]] = [:]
  private var membersByID: [String: Int] = [:]
  private var membersByName: [String: [String]] = [:]
  private var membersByPhone: [String: [String]] = [:]
  /// The next number for a new household id, as `RecordKind.nextID` would give it.
  private var nextHousehold = 1
  /// Household ids removed as mistakes.
  private var retired: Set<String> = []

  init(_ roster: Roster) {
    retired = Set(roster.retired.households)
    for (index, household) in roster.households.enumerated() { addHousehold(household, at: index) }
    for (index, member) in roster.members.enumerated() { addMember(member, at: index) }
    nextHousehold =
      Int(
        RecordKind.household.nextID(after: roster.households.map(\.id) + roster.retired.households)
          .dropFirst()) ?? 1
  }

  mutating func addHousehold(_ household: Household, at index: Int) {
    householdsByID[household.id.uppercased()] = index
    householdsByHead[household.head, default: []].append(household.id)
    if let phone = household.phone { householdsByPhone[phone, default: []].append(household.id) }
    if let number = Int(household.id.dropFirst()), household.id.first == "H", number < 1_000_000_000
    {
      nextHousehold = max(nextHousehold, number + 1)
    }
  }

  mutating func replaceHousehold(_ old: Household, with new: Household, at index: Int) {
    householdsByHead[old.head]?.removeAll { $0 == old.id }
    if let phone = old.phone { householdsByPhone[phone]?.removeAll { $0 == old.id } }
    addHousehold(new, at: index)
  }

  mutating func addMember(_ member: Member, at index: Int) {
    membersByID[member.id.uppercased()] = index
    membersByName[member.name, default: []].append(member.id)
    membersByPhone[member.phone, default: []].append(member.id)
  }

  mutating func replaceMember(_ old: Member, with new: Member, at index: Int) {
    membersByName[old.name]?.removeAll { $0 == old.id }
    membersByPhone[old.phone]?.removeAll { $0 == old.id }
    addMember(new, at: index)
  }

  /// A fresh household id, and the next after it reserved.
  mutating func newHouseholdID(_ given: String?) -> (id: String, checked: Bool) {
    if let given, !given.isEmpty {
      // A retired id is not free: the household's own check refuses it with why.
      let free = householdsByID[given.uppercased()] == nil && !retired.contains(given.uppercased())
      return (given, free)
    }
    let number = String(nextHousehold)
    nextHousehold += 1
    return ("H" + String(repeating: "0", count: max(5 - number.count, 0)) + number, true)
  }

  /// Members with this name, for finding one typed again.
  func members(named name: String) -> [String] { membersByName[name] ?? [] }

  /// Households with this head, for matching by natural key.
  func households(headed head: String) -> [String] { householdsByHead[head] ?? [] }

  /// A household by id, head's name or phone, as `Roster.household` finds it.
  func household(_ reference: String, in roster: Roster) throws -> Household {
    let wanted = reference.trimmedSpaces
    if let index = householdsByID[wanted.uppercased()] { return roster.households[index] }
    var ids = householdsByHead[wanted] ?? []
    if let phone = Phone(parsing: wanted)?.normalized { ids += householdsByPhone[phone] ?? [] }
    return try single(Array(Set(ids)).sorted(), .household, reference) {
      roster.households[householdsByID[$0.uppercased()]!]
    } describe: {
      "\($0.id)  \($0.head)  \(roster.villageName($0.village))"
    }
  }

  /// A member by id, exact name or phone, as `Roster.member` finds them.
  func member(_ reference: String, in roster: Roster) throws -> Member {
    let wanted = reference.trimmedSpaces
    if let index = membersByID[wanted.uppercased()] { return roster.members[index] }
    var ids = membersByName[wanted] ?? []
    if let phone = Phone(parsing: wanted)?.normalized { ids += membersByPhone[phone] ?? [] }
    return try single(Array(Set(ids)).sorted(), .member, reference) {
      roster.members[membersByID[$0.uppercased()]!]
    } describe: {
      "\($0.id)  \($0.name)  \(roster.villageName($0.village))  \(Phone.masked($0.phone))"
    }
  }

  func memberIndex(_ id: String) -> Int? { membersByID[id.uppercased()] }

  private func single<T>(
    _ ids: [String], _ kind: RecordKind, _ reference: String, record: (String) -> T,
    describe: (T) -> String
  ) throws -> T {
    switch ids.count {
    case 0: throw RosterError.notFound(kind, reference)
    case 1: return record(ids[0])
    default:
      throw RosterError.ambiguous(kind, reference, candidates: ids.map { describe(record($0)) })
    }
  }
}
