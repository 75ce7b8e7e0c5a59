import Foundation

/// Finding records by what a clerk types: an id, an exact name, or a phone.
extension Roster {
  public func village(_ reference: String) throws -> Village {
    let wanted = reference.trimmedSpaces
    if let byID = villages.record(sameID: wanted) {
      return byID
    }
    let matches = villages.filter { $0.code == wanted || $0.name == wanted }
    return try single(matches, .village, reference, describe: candidate)
  }

  /// A grid by id, code or name; a name is looked up inside `village` when one is given,
  /// since every village has its "第一网格".
  public func grid(_ reference: String, inVillage village: String? = nil) throws -> Grid {
    let wanted = reference.trimmedSpaces
    if let byID = grids.record(sameID: wanted) {
      return byID
    }
    var matches = grids.filter { $0.code == wanted || $0.name == wanted }
    if let village, matches.count > 1 { matches = matches.filter { $0.village == village } }
    if matches.isEmpty { matches = gridsNamedWithVillage(wanted) }
    return try single(matches, .grid, reference, describe: candidate)
  }

  /// Grids named with their village, as clerks tell apart every village's 第一网格:
  /// `凤林村/第一网格`, `凤林村／第一网格`, `凤林村 第一网格` or `凤林村第一网格`.
  private func gridsNamedWithVillage(_ wanted: String) -> [Grid] {
    var pairs: [(village: String, grid: String)] = []
    if let split = wanted.firstIndex(where: { "/／ ".contains($0) }) {
      pairs.append(
        (String(wanted[..<split]).trimmedSpaces, String(wanted[split...].dropFirst()).trimmedSpaces)
      )
    }
    for village in villages where wanted.hasPrefix(village.name) && wanted != village.name {
      pairs.append((village.name, String(wanted.dropFirst(village.name.count)).trimmedSpaces))
    }
    for (villagePart, gridPart) in pairs {
      guard let place = try? self.village(villagePart) else { continue }
      let found = grids.filter {
        $0.village == place.id && ($0.name == gridPart || $0.code == gridPart)
      }
      if !found.isEmpty { return found }
    }
    return []
  }

  public func member(_ reference: String) throws -> Member {
    let wanted = reference.trimmedSpaces
    if let byID = members.record(sameID: wanted) {
      return byID
    }
    let phone = Phone(parsing: wanted)?.normalized
    let matches = members.filter { $0.name == wanted || (phone != nil && $0.phone == phone) }
    return try single(matches, .member, reference, describe: candidate)
  }

  public func household(_ reference: String) throws -> Household {
    let wanted = reference.trimmedSpaces
    if let byID = households.record(sameID: wanted) {
      return byID
    }
    let phone = Phone(parsing: wanted)?.normalized
    let matches = households.filter { $0.head == wanted || (phone != nil && $0.phone == phone) }
    return try single(matches, .household, reference, describe: candidate)
  }

  /// The household a member visited: a name several households share (every village has
  /// a 王大妈) is narrowed to the ones the member is linked to, when that leaves one.
  public func household(_ reference: String, visitedBy member: String) throws -> Household {
    do {
      return try household(reference)
    } catch RosterError.ambiguous(let kind, let typed, let candidates) {
      let wanted = reference.trimmedSpaces
      let phone = Phone(parsing: wanted)?.normalized
      let linked = Set(links.filter { $0.member == member }.map(\.household))
      let narrowed = households.filter {
        linked.contains($0.id) && ($0.head == wanted || (phone != nil && $0.phone == phone))
      }
      guard narrowed.count == 1 else {
        throw RosterError.ambiguous(kind, typed, candidates: candidates)
      }
      return narrowed[0]
    }
  }

  public func link(_ reference: String) throws -> Link {
    let wanted = reference.trimmedSpaces
    guard let link = links.record(sameID: wanted)
    else { throw RosterError.notFound(.link, reference) }
    return link
  }

  /// The display name of a village id, or the id itself when it is unknown.
  public func villageName(_ id: String) -> String {
    villages.record(id: id)?.name ?? id
  }

  public func gridName(_ id: String?) -> String {
    guard let id else { return "" }
    return grids.record(id: id)?.name ?? id
  }

  public func memberName(_ id: String) -> String {
    members.record(id: id)?.name ?? id
  }

  public func householdHead(_ id: String) -> String {
    households.record(id: id)?.head ?? id
  }

  /// Records whose name contains what was typed, or is contained in it (a name typed short
  /// or with a title): at most five, described like ambiguous candidates.
  private func closeNames(_ kind: RecordKind, to reference: String) -> [String] {
    let wanted = reference.trimmedSpaces
    guard !wanted.isEmpty else { return [] }
    // The standard library's search, not Foundation's `contains`, which traps on Linux when
    // the text holds a NUL (found by the import fuzzing).
    func close(_ name: String) -> Bool {
      name.firstRange(of: wanted) != nil || wanted.firstRange(of: name) != nil
    }
    let found: [String]
    switch kind {
    case .village: found = villages.filter { close($0.name) }.map(candidate)
    case .grid: found = grids.filter { close($0.name) }.map(candidate)
    case .member: found = members.filter { close($0.name) }.map(candidate)
    case .household: found = households.filter { close($0.head) }.map(candidate)
    case .link, .visit, .need, .activity, .commitment, .appraisal, .adjustment: found = []
    }
    return Array(found.prefix(5))
  }

  /// One line that tells a record apart from others of the same name: id, name, place and
  /// masked phone.
  private func candidate(_ village: Village) -> String {
    describe(village.id, village.name, village.code)
  }

  /// `G003  凤林村/第一网格`: the form a clerk can type back.
  private func candidate(_ grid: Grid) -> String {
    describe(grid.id, villageName(grid.village) + "/" + grid.name)
  }

  private func candidate(_ member: Member) -> String {
    describe(member.id, member.name, place(member.village, member.grid), Phone.masked(member.phone))
  }

  private func candidate(_ household: Household) -> String {
    describe(
      household.id, household.head, place(household.village, household.grid),
      household.phone.map(Phone.masked))
  }

  private func describe(_ parts: String?...) -> String {
    parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  ")
  }

  /// "凤林村 / 第一网格", for messages that tell candidates apart.
  func place(_ village: String, _ grid: String?) -> String {
    [villageName(village), gridName(grid)].filter { !$0.isEmpty }.joined(separator: " / ")
  }

  private func single<T>(
    _ matches: [T], _ kind: RecordKind, _ reference: String, describe: (T) -> String
  ) throws -> T {
    switch matches.count {
    case 0:
      let close = closeNames(kind, to: reference)
      guard close.isEmpty else {
        throw RosterError.notFoundButClose(kind, reference, suggestions: close)
      }
      throw RosterError.notFound(kind, reference)
    case 1: return matches[0]
    default: throw RosterError.ambiguous(kind, reference, candidates: matches.map(describe))
    }
  }
}
