/// Rows of villages and grids.
extension RosterImport {
  mutating func importVillage(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String) {
    forgetPlaces()
    let name = cells.text("name")
    let code = cells.text("code")
    let existing: Village? =
      if let id = cells.text("id"), let found = roster.villages.first(where: { $0.id == id }) {
        found
      } else if let code, let found = roster.villages.first(where: { $0.code == code }) {
        found
      } else {
        try Self.single(roster.villages.filter { $0.name == name }, describe: name ?? "")
      }
    if let existing { try claim(.village, existing.id, line: cells.row.line) }
    let since = try since(cells, isNew: existing == nil)
    guard let existing else {
      let village = try roster.addVillage(
        name: name ?? "", code: code, id: cells.text("id") ?? "", since: since ?? today)
      try claim(.village, village.id, line: cells.row.line)
      return (.create, village.id, village.name)
    }
    let result = try roster.editVillage(existing.id, today: today) { village in
      if let name { village.name = name }
      if let code { village.code = code }
      if let since { village.since = since }
    }
    note(result.changedMonths)
    let edited = result.record
    return (edited == existing ? .unchanged : .update, edited.id, edited.name)
  }

  mutating func importGrid(_ cells: ImportCells) throws -> (ImportPlan.Action, String, String) {
    forgetPlaces()
    let village = try cells.text("village").map { try roster.village($0) }
    let name = cells.text("name")
    let existing: Grid? =
      if let id = cells.text("id"), let found = roster.grids.first(where: { $0.id == id }) {
        found
      } else {
        try Self.single(
          roster.grids.filter { $0.name == name && $0.village == village?.id },
          describe: "\(village?.name ?? "") \(name ?? "")")
      }
    if let existing { try claim(.grid, existing.id, line: cells.row.line) }
    let snapshot = roster
    // Grids come before members in a clerk's first import, so a leader or staff member not
    // on the roster yet is set aside with a warning; importing the grids again after the
    // members sets them.
    var notYet: [String] = []
    func member(_ reference: String) throws -> String? {
      do {
        return try snapshot.member(reference).id
      } catch RosterError.notFound {
        notYet.append(reference)
        return nil
      }
    }
    let since = try since(cells, isNew: existing == nil)
    func fill(_ grid: inout Grid) throws {
      if let name { grid.name = name }
      if let since { grid.since = since }
      if let code = cells.text("code") { grid.code = code }
      if let parent = cells.text("parent") {
        grid.parent = try snapshot.grid(parent, inVillage: grid.village).id
      }
      if let leader = cells.text("leader"), let id = try member(leader) { grid.leader = id }
      if let staff = cells.text("staff") {
        grid.staff = try SpreadsheetValue.list(staff).compactMap { try member($0) }
      }
    }
    defer {
      if !notYet.isEmpty {
        plan.warnings.append(
          Localized(
            en: "line \(cells.row.line): \(notYet.joined(separator: ", ")) not on the roster yet; "
              + "import the members, then these grids again, to set them",
            zh: "第 \(cells.row.line) 行：\(notYet.joined(separator: "、")) 尚未在名册中；"
              + "请先导入党员，再重新导入网格以设置网格长和网格员"))
      }
    }
    guard let existing else {
      var grid = Grid(id: cells.text("id") ?? "", village: village?.id ?? "", name: name ?? "")
      try fill(&grid)
      let added = try roster.addGrid(grid, today: today)
      try claim(.grid, added.id, line: cells.row.line)
      return (.create, added.id, "\(roster.villageName(added.village)) \(added.name)")
    }
    let result = try roster.editGrid(existing.id, as: .on(today), today: today) { grid in
      if let village { grid.village = village.id }
      try fill(&grid)
    }
    note(result.changedMonths)
    let edited = result.record
    return (
      edited == existing ? .unchanged : .update, edited.id,
      "\(roster.villageName(edited.village)) \(edited.name)"
    )
  }
}
