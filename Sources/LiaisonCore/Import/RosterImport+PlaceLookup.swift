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
    let id = try roster.grid(reference, inVillage: village).id
    placeIDs[key] = id
    return id
  }

  /// Called before a row changes the villages or grids.
  mutating func forgetPlaces() { placeIDs.removeAll() }
}
