/// The writers' guard against repeated ids in the roster files.
extension Roster {
  /// - Throws: `StoreError.duplicateIDs` naming the first roster file that repeats an id.
  func refuseRepeatedIDs() throws {
    try Self.refuseRepeated(villages.map(\.id), in: RosterFiles.villages)
    try Self.refuseRepeated(grids.map(\.id), in: RosterFiles.grids)
    try Self.refuseRepeated(members.map(\.id), in: RosterFiles.members)
    try Self.refuseRepeated(households.map(\.id), in: RosterFiles.households)
    try Self.refuseRepeated(links.map(\.id), in: RosterFiles.links)
  }

  static func refuseRepeated(_ ids: [String], in file: String) throws {
    var seen = Set<String>()
    let repeated = ids.filter { !seen.insert($0).inserted }
    guard repeated.isEmpty else {
      throw StoreError.duplicateIDs(
        path: file, ids: Set(repeated).sorted(by: RecordCodec.idPrecedes))
    }
  }
}
