/// The villages and grids rows name, found as `Roster.village` and `Roster.grid` find them
/// and remembered for the rest of the file: a county's 90,000 household rows name its 300
/// villages and 1,500 grids over and over, and searching them row by row took nine tenths
/// of the import (25 s). A row that adds or changes a village or grid forgets them all.
extension RosterImport {
  mutating func villageID(_ reference: String) throws -> String {
    let key = "village\u{0}" + reference
    if let id = placeIDs[key] { return id }
    let id = try roster.village(reference).id
    placeIDs[key] = id
    return id
  }

  mutating func gridID(_ reference: String, inVillage village: String?) throws -> String {
    let key = "grid\u{0}" + reference + "\u{0}" + (village ?? "")
    if let id = placeIDs[key] { return id }
    let id =
      try quickGrid(reference, inVillage: village) ?? roster.grid(reference, inVillage: village).id
    placeIDs[key] = id
    return id
  }

  /// The grid `Roster.grid` finds when the answer is one grid, through a dictionary of the
  /// grids' names and codes instead of comparing each (every village has its "第1网格", and
  /// 1,500 lookups of 1,500 grids were a sixth of a county import); nil when it is not one,
  /// and `Roster.grid` then answers or says why.
  private mutating func quickGrid(_ reference: String, inVillage village: String?) -> String? {
    let wanted = reference.trimmedSpaces
    if let byID = roster.grids.record(sameID: wanted) { return byID.id }
    if gridsByName == nil {
      var names: [String: [Int]] = [:]
      for (position, grid) in roster.grids.enumerated() {
        names[grid.name, default: []].append(position)
        if let code = grid.code, code != grid.name { names[code, default: []].append(position) }
      }
      gridsByName = names
    }
    var matches = (gridsByName?[wanted] ?? []).sorted().map { roster.grids[$0] }
    if let village, matches.count > 1 { matches = matches.filter { $0.village == village } }
    return matches.count == 1 ? matches[0].id : nil
  }

  /// Called before a row changes the villages or grids.
  mutating func forgetPlaces() {
    placeIDs.removeAll()
    gridsByName = nil
  }
}
