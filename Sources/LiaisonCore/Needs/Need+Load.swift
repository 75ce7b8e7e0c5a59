/// Reading `needs.json`.
extension Need {
  /// Every need on file, oldest first: the snapshot's when one holds for the file as it
  /// stands (a reading session, `snapshots` given), else the file's, with a snapshot staged.
  /// A folder made before needs existed has no `needs.json`: it simply has none.
  static func load(in folder: DataFolder, snapshots: StagedIndexes?) throws -> [Need] {
    try RecordSnapshotFile.records(
      Need.self, of: DataFolder.needsName, in: folder, staged: snapshots
    ) {
      let path = folder.file(DataFolder.needsName)
      guard let data = try FileReader.contents(path) else { return [] }
      return try RecordCodec.decodePlainRoster(Need.self, from: data, path: path)
    }
  }
}
