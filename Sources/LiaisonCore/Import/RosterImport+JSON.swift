import Foundation

/// Recognising JSON import files.
enum JSONImport {
  /// Whether the bytes are JSON as liaison exports it (an array, an object, or JSON Lines)
  /// rather than CSV.
  static func looksLikeJSON(_ data: Data) -> Bool {
    let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    guard let first = start.first(where: { ![32, 9, 10, 13].contains($0) }) else { return false }
    return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
  }

  /// The records of a JSON array or of JSON Lines, each with the line it starts on.
  static func records<T: Decodable>(
    _ type: T.Type, from data: Data
  ) throws -> [(line: Int, record: Result<T, Error>)] {
    let decoder = JSONDecoder()
    if let array = try? decoder.decode([T].self, from: data) {
      let lines = FolderCheck.recordLines(data, count: array.count)
      return array.enumerated().map { (lines?[$0.offset] ?? $0.offset + 1, .success($0.element)) }
    }
    var found: [(Int, Result<T, Error>)] = []
    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .enumerated()
    {
      var text = line[...]
      while let last = text.last, [32, 9, 13, UInt8(ascii: ",")].contains(last) {
        text = text.dropLast()
      }
      guard text.first == UInt8(ascii: "{") else { continue }
      found.append((index + 1, Result { try decoder.decode(T.self, from: Data(text)) }))
    }
    guard !found.isEmpty else {
      throw ImportError.emptyFile
    }
    return found
  }
}

/// Importing JSON: records exactly as the data files hold them, matched by id.
extension RosterImport {
  mutating func planJSON(_ data: Data) throws {
    switch kind {
    case .villages:
      try planRecords(Village.self, data) { run, village in try run.importRecord(village) }
    case .grids: try planRecords(Grid.self, data) { run, grid in try run.importRecord(grid) }
    case .members:
      try planRecords(Member.self, data) { run, member in try run.importRecord(member) }
    case .households:
      try planRecords(Household.self, data) { run, household in try run.importRecord(household) }
    case .links: try planRecords(Link.self, data) { run, link in try run.importRecord(link) }
    case .visits:
      try planRecords(Visit.self, data) { run, visit in
        try run.importVisit(visit, givenID: visit.id, lenient: true)
      }
    }
  }

  private mutating func planRecords<T: Decodable>(
    _ type: T.Type, _ data: Data,
    _ apply: (inout RosterImport, T) throws -> (ImportPlan.Action, String, String)
  ) throws {
    for (line, result) in try JSONImport.records(T.self, from: data) {
      switch result {
      case .success(let record):
        planRow(line: line, cells: []) { run in [try apply(&run, record)] }
      case .failure(let error):
        reject(line: line, cells: [], Localized(RecordCodec.describe(error)))
      }
    }
  }

  /// Plans a whole exported folder: the kinds in the order their references need, grids'
  /// leaders and staff once the members exist.
  public static func planAll(
    _ bundle: ExportBundle, session: StoreSession, clock: Clock, clerk: String
  ) throws -> RosterImport {
    var run = try RosterImport(kind: .villages, session: session, clock: clock, clerk: clerk)
    func each<T>(
      _ records: [T], _ apply: (inout RosterImport, T) throws -> (ImportPlan.Action, String, String)
    ) {
      for (index, record) in records.enumerated() {
        run.planRow(line: index + 1, cells: []) { run in [try apply(&run, record)] }
      }
    }
    each(bundle.villages) { run, village in try run.importRecord(village) }
    each(bundle.grids) { run, grid in
      var bare = grid
      bare.leader = nil
      bare.staff = []
      if let existing = run.roster.grids.first(where: { $0.id == grid.id }) {
        bare.leader = existing.leader
        bare.staff = existing.staff
      }
      return try run.importRecord(bare)
    }
    each(bundle.members) { run, member in try run.importRecord(member) }
    for grid in bundle.grids where grid.leader != nil || !grid.staff.isEmpty {
      run.planRow(line: 0, cells: []) { run in
        _ = try run.roster.editGrid(grid.id) { $0 = grid }
        return []
      }
    }
    each(bundle.households) { run, household in try run.importRecord(household) }
    each(bundle.links) { run, link in try run.importRecord(link) }
    each(bundle.visits) { run, visit in try run.importVisit(visit, givenID: visit.id, lenient: true)
    }
    return run
  }

  mutating func importRecord(_ village: Village) throws -> (ImportPlan.Action, String, String) {
    guard let existing = roster.villages.first(where: { $0.id == village.id }) else {
      let added = try roster.addVillage(name: village.name, code: village.code, id: village.id)
      return (.create, added.id, added.name)
    }
    let edited = try roster.editVillage(existing.id) { $0 = village }
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importRecord(_ grid: Grid) throws -> (ImportPlan.Action, String, String) {
    guard let existing = roster.grids.first(where: { $0.id == grid.id }) else {
      let added = try roster.addGrid(grid)
      return (.create, added.id, added.name)
    }
    let edited = try roster.editGrid(existing.id) { $0 = grid }
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importRecord(_ member: Member) throws -> (ImportPlan.Action, String, String) {
    guard let position = index.memberIndex(member.id) else {
      let added = try roster.addMember(member, today: today)
      index.addMember(added, at: roster.members.count - 1)
      return (.create, added.id, added.name)
    }
    let existing = roster.members[position]
    let edited = try roster.editMember(existing.id, today: today) { $0 = member }
    index.replaceMember(existing, with: edited, at: position)
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importRecord(_ household: Household) throws -> (ImportPlan.Action, String, String) {
    guard let position = index.householdsByID[household.id.uppercased()] else {
      let (id, checked) = index.newHouseholdID(household.id)
      var fresh = household
      fresh.id = id
      let added = try roster.addHousehold(fresh, idChecked: checked)
      index.addHousehold(added, at: roster.households.count - 1)
      return (.create, added.id, added.head)
    }
    let existing = roster.households[position]
    let edited = try roster.editHousehold(existing.id) { $0 = household }
    index.replaceHousehold(existing, with: edited, at: position)
    return (edited == existing ? .unchanged : .update, edited.id, edited.head)
  }

  mutating func importRecord(_ link: Link) throws -> (ImportPlan.Action, String, String) {
    guard let existing = roster.links.first(where: { $0.id == link.id }) else {
      let added = try roster.addLink(
        member: link.member, household: link.household, post: link.post, type: link.type,
        from: link.from, to: link.to, id: link.id, today: today)
      return (.create, added.id, "\(added.member) → \(added.household)")
    }
    let edited = try roster.editLink(existing.id, today: today) { $0 = link }
    return (
      edited == existing ? .unchanged : .update, edited.id, "\(edited.member) → \(edited.household)"
    )
  }
}
