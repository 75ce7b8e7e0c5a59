import Foundation

/// Recognising JSON import files.
enum JSONImport {
  /// Whether the bytes are JSON as liaison exports it (an array of records, or JSON Lines)
  /// rather than CSV — a CSV whose first header is "[必填]姓名" stays CSV.
  static func looksLikeJSON(_ data: Data) -> Bool {
    // Lazily: only the first two bytes that are not blank are looked at.
    let bytes = Array(
      withoutByteOrderMark(data).lazy.filter { ![32, 9, 10, 13].contains($0) }.prefix(2))
    guard let first = bytes.first else { return false }
    if first == UInt8(ascii: "{") { return true }
    return first == UInt8(ascii: "[")
      && (bytes.dropFirst().first.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "]") } ?? true)
  }

  static func withoutByteOrderMark(_ data: Data) -> Data {
    data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
  }

  /// The records of a JSON array or of JSON Lines, each with the line it starts on.
  /// - Throws: `InputFileError` for an array that does not decode, naming the record and
  ///   field; a bad line of JSON Lines is a rejected row instead.
  static func records<T: Decodable>(
    _ type: T.Type, from data: Data, path: String
  ) throws
    -> [(line: Int, record: Result<T, Error>)]
  {
    let data = withoutByteOrderMark(data)
    let decoder = JSONDecoder()
    let firstByte = data.first { ![32, 9, 10, 13].contains($0) }
    if firstByte == UInt8(ascii: "[") {
      do {
        let array = try decoder.decode([T].self, from: data)
        let lines = FolderCheck.recordLines(data, count: array.count)
        return array.enumerated().map { (lines?[$0.offset] ?? $0.offset + 1, .success($0.element)) }
      } catch {
        let record = (error as? DecodingError).flatMap(Self.recordIndex).map {
          Localized(en: "record \($0 + 1): ", zh: "第 \($0 + 1) 条记录：")
        }
        throw InputFileError(
          path: path, reason: (record ?? Localized("")) + RecordCodec.describe(error))
      }
    }
    var found: [(Int, Result<T, Error>)] = []
    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .enumerated()
    {
      let text = line.drop { [32, 9, 13].contains($0) }.reversed().drop {
        [32, 9, 13, UInt8(ascii: ",")].contains($0)
      }.reversed()
      guard !text.isEmpty else { continue }
      found.append((index + 1, Result { try decoder.decode(T.self, from: Data(text)) }))
    }
    guard !found.isEmpty else { throw ImportError.emptyFile }
    return found
  }

  private static func recordIndex(_ error: DecodingError) -> Int? {
    let path: [CodingKey]
    switch error {
    case .keyNotFound(_, let context), .typeMismatch(_, let context),
      .valueNotFound(_, let context),
      .dataCorrupted(let context):
      path = context.codingPath
    @unknown default:
      return nil
    }
    return path.first?.intValue
  }
}

/// Importing JSON: records exactly as the data files hold them, matched by id.
extension RosterImport {
  mutating func planJSON(_ data: Data, source: String) throws {
    switch kind {
    case .villages:
      try planRecords(source, Village.self, data) { run, village in try run.importRecord(village) }
    case .grids:
      try planRecords(source, Grid.self, data) { run, grid in try run.importRecord(grid) }
    case .members:
      try planRecords(source, Member.self, data) { run, member in try run.importRecord(member) }
    case .households:
      try planRecords(source, Household.self, data) { run, household in
        try run.importRecord(household)
      }
    case .links:
      try planRecords(source, Link.self, data) { run, link in try run.importRecord(link) }
    case .visits:
      try planRecords(source, Visit.self, data) { run, visit in
        try run.importVisit(visit, givenID: visit.id, lenient: true)
      }
    }
  }

  private mutating func planRecords<T: Decodable>(
    _ source: String, _ type: T.Type, _ data: Data,
    _ apply: (inout RosterImport, T) throws -> (ImportPlan.Action, String, String)
  ) throws {
    for (line, result) in try JSONImport.records(T.self, from: data, path: source) {
      switch result {
      case .success(let record):
        planRow(line: line, cells: []) { run in [try apply(&run, record)] }
      case .failure(let error):
        reject(line: line, cells: [], RecordCodec.describe(error))
      }
    }
  }

  /// Plans a whole exported folder: the kinds in the order their references need, grids'
  /// leaders and staff once the members exist.
  public static func planAll(
    _ bundle: ExportBundle, session: StoreSession, clock: Clock, clerk: String
  ) throws -> RosterImport {
    // A file of another township, or of a newer liaison, is refused whole: its ids would
    // overwrite this folder's records of the same ids.
    guard bundle.format <= Manifest.currentFormat else {
      throw StoreError.newerFormat(
        path: "import", found: bundle.format, supported: Manifest.currentFormat)
    }
    if let township = bundle.township, township.name != session.manifest.township.name {
      throw RosterError.rule(
        Localized(
          en: "This file holds \(township.name)'s records; this data folder is "
            + "\(session.manifest.township.name)'s. Import it into a folder made with "
            + "'liaison init --township \(township.name)'.",
          zh: "该文件是\(township.name)的数据，而本数据文件夹属于\(session.manifest.township.name)。"
            + "请导入用 'liaison init --township \(township.name)' 新建的文件夹。"))
    }
    // A photo whose bytes are not those its name was made from is refused whole: trust
    // nothing that comes in.
    for (index, photo) in (bundle.photos ?? []).enumerated()
    where !KeptPhotos.isName(photo.path, of: photo.data) {
      throw RosterError.rule(
        Localized(
          en:
            "photos[\(index)] (\(UnsafeText.visible(photo.path))) is not a photo kept by liaison: its "
            + "name is not the SHA-256 of its bytes, or it is not a picture of at most 20 MB. "
            + "Nothing was imported.",
          zh: "photos[\(index)]（\(UnsafeText.visible(photo.path))）不是 liaison 留档的照片：文件名与内容的 SHA-256 "
            + "不符，或不是 20 MB 以内的图片。未导入任何内容。"))
    }
    var run = try RosterImport(kind: .villages, session: session, clock: clock, clerk: clerk)
    run.photos = bundle.photos ?? []
    run.carried = try session.carriedRecords()
    run.loadedCarried = run.carried
    func each<T>(
      _ section: String, _ records: [T],
      _ apply: (inout RosterImport, T) throws -> (ImportPlan.Action, String, String)
    ) {
      for (index, record) in records.enumerated() {
        // The section and index name the record in a rejection, as the line does in a CSV.
        run.planRow(line: index + 1, cells: [], naming: "\(section)[\(index)]") { run in
          let (action, id, summary) = try apply(&run, record)
          return [(action, id, "\(section)[\(index)] \(summary)")]
        }
      }
    }
    each("villages", bundle.villages) { run, village in try run.importRecord(village) }
    each("grids", bundle.grids) { run, grid in
      var bare = grid
      bare.leader = nil
      bare.staff = []
      if let existing = run.roster.grids.first(where: { $0.id == grid.id }) {
        bare.leader = existing.leader
        bare.staff = existing.staff
      }
      return try run.importRecord(bare)
    }
    each("members", bundle.members) { run, member in try run.importRecord(member) }
    // Leaders and staff once the members exist: a second pass over the grids.
    each("grids", bundle.grids) { run, grid in try run.importRecord(grid) }
    each("households", bundle.households) { run, household in try run.importRecord(household) }
    each("links", bundle.links) { run, link in try run.importRecord(link) }
    if let retired = bundle.retired { run.roster.retired.merge(retired) }
    each("visits", bundle.visits) { run, visit in
      try run.importVisit(visit, givenID: visit.id, lenient: true)
    }
    each("needs", bundle.needs ?? []) { run, need in try run.importRecord(need) }
    each("activities", bundle.activities ?? []) { run, record in try run.importRecord(record) }
    each("commitments", bundle.commitments ?? []) { run, record in try run.importRecord(record) }
    each("appraisals", bundle.appraisals ?? []) { run, record in try run.importRecord(record) }
    each("adjustments", bundle.adjustments ?? []) { run, record in try run.importRecord(record) }
    let carried = bundle.carried
    func carry<T: Identifiable & Equatable>(
      _ section: String, _ path: WritableKeyPath<CarriedRecords, [T]>, _ summary: (T) -> String
    ) where T.ID == String {
      each(section, carried[keyPath: path]) { run, record in
        try run.importCarried(record, in: path, summary: summary(record))
      }
    }
    carry("teamPeople", \.teams.people) { $0.name }
    carry("teams", \.teams.teams) { $0.name }
    carry("teamTasks", \.teams.tasks) { $0.text }
    carry("teamWork", \.teams.work) { $0.village }
    carry("teamRatings", \.teams.ratings) { $0.village }
    carry("teamPioneers", \.teams.pioneers) { $0.person }
    carry("teamProjects", \.teams.projects) { $0.name }
    carry("inspections", \.inspections) { $0.village }
    carry("workReports", \.workReports) { $0.village }
    carry("indexAdjustments", \.indexAdjustments) { $0.reason }
    carry("reserves", \.reserves) { $0.member }
    carry("stars", \.stars) { $0.member }
    let township = carried.rules[ScoringRules.fileName].flatMap {
      try? ScoringRules.decode(Data($0.utf8), path: ScoringRules.fileName)
    }
    each("rules", carried.rules.sorted { $0.key < $1.key }) { run, file in
      try run.importRules(file.key, file.value, township: township)
    }
    run.plan.rows = Self.mergeSecondGridPass(run.plan.rows, grids: bundle.grids.count)
    return run
  }

  /// The grids appear twice in the plan of `import all` (before and after the members);
  /// one row each is kept: created if the first pass created it, else what the second did.
  private static func mergeSecondGridPass(_ rows: [ImportPlan.Row], grids: Int) -> [ImportPlan.Row]
  {
    let gridRows = rows.enumerated().filter { $0.element.summary.hasPrefix("grids[") }
    guard gridRows.count == 2 * grids, grids > 0 else { return rows }
    var merged = rows
    var drop: Set<Int> = []
    for offset in 0..<grids {
      let (firstIndex, first) = gridRows[offset]
      let (secondIndex, second) = gridRows[offset + grids]
      if first.action == .create || first.action == .reject || second.action == .unchanged {
        drop.insert(secondIndex)
      } else {
        merged[firstIndex] = second
        drop.insert(secondIndex)
      }
    }
    return merged.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
  }

  mutating func importRecord(_ village: Village) throws -> (ImportPlan.Action, String, String) {
    forgetPlaces()
    guard let existing = roster.villages.first(where: { $0.id == village.id }) else {
      let added = try roster.addVillage(
        name: village.name, code: village.code, id: village.id, since: village.since)
      return (.create, added.id, added.name)
    }
    let edited = try roster.editVillage(existing.id, today: today) { $0 = village }.record
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importRecord(_ grid: Grid) throws -> (ImportPlan.Action, String, String) {
    forgetPlaces()
    guard let existing = roster.grids.first(where: { $0.id == grid.id }) else {
      let added = try roster.addGrid(grid)
      return (.create, added.id, added.name)
    }
    let edited = try roster.editGrid(existing.id, as: .replacement, today: today) { $0 = grid }
      .record
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importRecord(_ member: Member) throws -> (ImportPlan.Action, String, String) {
    guard let position = index.memberIndex(member.id) else {
      let added = try roster.addMember(member, today: today, repeatsAmong: nil)
      index.addMember(added, at: roster.members.count - 1)
      return (.create, added.id, added.name)
    }
    let existing = roster.members[position]
    let edited = try roster.editMember(existing.id, as: .replacement, today: today) {
      $0 = member
    }.record
    try requireNothingBefore(edited, was: existing, at: position)
    index.replaceMember(existing, with: edited, at: position)
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importRecord(_ household: Household) throws -> (ImportPlan.Action, String, String) {
    guard let position = index.householdsByID[household.id.uppercased()] else {
      let (id, checked) = index.newHouseholdID(household.id)
      var fresh = household
      fresh.id = id
      let added = try roster.addHousehold(fresh, idChecked: checked, repeatsAmong: nil)
      index.addHousehold(added, at: roster.households.count - 1)
      return (.create, added.id, added.head)
    }
    let existing = roster.households[position]
    let edited = try roster.editHousehold(at: position, as: .replacement, today: today) {
      $0 = household
    }.record
    try requireNothingBefore(edited, was: existing, at: position)
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

  /// A need as exported: kept whole, history and all, once its household and members are
  /// known to the folder.
  mutating func importRecord(_ need: Need) throws -> (ImportPlan.Action, String, String) {
    _ = try roster.household(need.household)
    if let member = need.raisedBy { _ = try roster.member(member) }
    if need.scale == .small, let handler = need.handler { _ = try roster.member(handler) }
    _ = try RecordKind.need.assign(need.id, existing: [], checked: true)
    guard let position = needs.firstIndex(where: { $0.id == need.id }) else {
      needs.append(need)
      return (.create, need.id, need.text)
    }
    let unchanged = needs[position] == need
    needs[position] = need
    return (unchanged ? .unchanged : .update, need.id, need.text)
  }
}
