import Foundation

/// The roster snapshot: each roster file (villages, grids, members, households, links) and
/// `needs.json` kept as its records, with every dated history, laid out for reading back
/// without parsing JSON — `.index/households.bin` for `households.json`.
///
/// Derived and disposable like the visit index beside it (`IndexFolder`): a reading command
/// that read a file the slow way stages its snapshot, stored when the command succeeds; a
/// command that replaces the file deletes it first (`DurableWriter`). A snapshot is believed
/// only for the same file as it stood — device, inode, size, modification time, and the
/// checksum of sixteen blocks across it — and only whole, its seal (`IndexSeal`) and every
/// value in it checked; anything else is read from the file again. Commands that change records never
/// read it: what they write back always comes from the files themselves.
///
/// ```
/// magic "LIAISONSNAP\u{2}", layout                                  16 bytes
/// file: device, inode, size, mtime s, mtime ns, checksum
/// count, then each record's fields (`SnapshotRecord`)
/// seal of everything before it (`IndexSeal`, 8 bytes)
/// ```
enum RecordSnapshotFile {
  static let magic = Array("LIAISONSNAP\u{2}".utf8)
  /// Bumped whenever what a record writes changes: a snapshot of another layout is not read.
  static let layout: UInt32 = 1
  /// The most a snapshot may hold: far above a county's 40 MB of roster and needs.
  static let limit = 1 << 30
  /// The files kept.
  static let sources = RosterFiles.names + [DataFolder.needsName]

  /// `households.json` → `households.bin`.
  static func file(of source: String) -> String {
    String(source.dropLast(".json".count)) + ".bin"
  }

  /// The records of `source`: from its snapshot when one holds, else as `read` reads the
  /// file, staging their snapshot for the next reader. `staged` nil (a command that changes
  /// records) reads the file and nothing else.
  static func records<R: SnapshotRecord>(
    _ type: R.Type, of source: String, in folder: DataFolder, staged: StagedIndexes?,
    read: () throws -> [R]
  ) rethrows -> [R] {
    guard let staged else { return try read() }
    if let kept = load(R.self, of: source, in: folder, staged: staged) { return kept }
    let before = LogSource(folder.file(source))
    let records = try read()
    save(records, of: source, before: before, in: folder, to: staged)
    return records
  }

  /// The records of `source` as its snapshot keeps them, if it still holds for the file.
  static func load<R: SnapshotRecord>(
    _ type: R.Type, of source: String, in folder: DataFolder, staged: StagedIndexes?
  ) -> [R]? {
    let path = folder.file(source)
    guard let current = LogSource(path),
      let data = IndexFolder.contents(file(of: source), in: folder, staged: staged, limit: limit)
    else { return nil }
    return data.withUnsafeBytes { bytes -> [R]? in
      guard let (stored, checksum, records) = try? decode(R.self, bytes),
        stored == current, LogSource.checksum(path, covered: Int(current.size)) == checksum
      else { return nil }
      return records
    }
  }

  /// Stages the snapshot of `records`, just read from `source` as it stood (`before`), to be
  /// stored when the command succeeds; nothing when the file changed while it was read.
  static func save<R: SnapshotRecord>(
    _ records: [R], of source: String, before: LogSource?, in folder: DataFolder,
    to staged: StagedIndexes
  ) {
    let path = folder.file(source)
    guard let before, LogSource(path) == before,
      let checksum = LogSource.checksum(path, covered: Int(before.size))
    else { return }
    IndexFolder.stage(
      encode(records, source: before, checksum: checksum), as: file(of: source),
      from: source, before, in: folder, to: staged)
  }

  /// Deletes the snapshot of `relative`, when it is a file kept: called before it is replaced.
  static func forget(_ relative: String, in folder: DataFolder) {
    guard sources.contains(relative) else { return }
    IndexFolder.remove(file(of: relative), in: folder)
  }

  static func encode<R: SnapshotRecord>(
    _ records: [R], source: LogSource, checksum: UInt32
  )
    -> [UInt8]
  {
    var out = IndexBytesWriter(capacity: Int(source.size) / 2)
    out.raw(magic)
    out.word(layout)
    source.write(to: &out)
    out.word(checksum)
    out.list(records) { $1.write(to: &$0) }
    return out.sealed()
  }

  static func decode<R: SnapshotRecord>(
    _ type: R.Type, _ bytes: UnsafeRawBufferPointer
  )
    throws(IndexBytesReader.Damaged) -> (LogSource, UInt32, [R])
  {
    var reader = try IndexBytesReader(sealed: bytes)
    guard Array(try reader.take(magic.count)) == magic, try reader.word() == layout else {
      throw .init()
    }
    let source = try LogSource(from: &reader)
    let checksum = try reader.word()
    let records = try reader.list(least: 4) { reader throws(IndexBytesReader.Damaged) in
      try R(snapshot: &reader)
    }
    guard reader.remaining == 0 else { throw .init() }
    return (source, checksum, records)
  }
}
