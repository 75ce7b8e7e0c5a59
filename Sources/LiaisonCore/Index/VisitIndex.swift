/// The one way the counting readers read the visit logs: a month's `MonthVisits`, from its
/// stored index and the lines appended since, or from the whole log when there is no index
/// that still holds. Reading sessions store what they read, so the next reader starts where
/// this one ended.
///
/// Whatever the index holds, the visits, warnings and errors are those of reading the log
/// whole: the lines after the index are read as every reader reads lines (`VisitLog.read`),
/// a last line without its newline is read every time and never stored, and a bad line
/// stops the read with its line number whether or not an index came before it.
struct VisitIndex: Sendable {
  let folder: DataFolder
  /// Where to stage what was read for storing: reading sessions do (`StoreSession`), and
  /// store it when the command succeeds; a writing session (nil) is changing the logs, and
  /// a replaced log loses its index (`DurableWriter`).
  let staged: StagedIndexes?

  func month(_ month: YearMonth, warn: (Localized) -> Void) throws -> MonthVisits {
    let source = LogSource(folder.file(DataFolder.visitLog(month)))
    var visits =
      source.flatMap { VisitIndexFile.load(month, in: folder, for: $0, staged: staged) }
      ?? MonthVisits()
    let stored = visits.covered
    let end = try VisitLog.read(month, in: folder, from: stored, warn: warn) {
      line, offset, object in
      if let fields = VisitLineFields.fast(line) {
        visits.add(
          id: fields.id, member: fields.member, household: fields.household, date: fields.date,
          opinions: fields.opinions, offset: offset)
        return true
      }
      guard let visit = Visit.plain(line, using: &object) else { return false }
      visits.add(visit, offset: offset)
      return true
    } decoded: { visit, offset in
      visits.add(visit, offset: offset)
    }
    guard let end else { return MonthVisits() }
    visits.cover(end)
    if let staged, end != stored, let source {
      VisitIndexFile.save(visits.coveredPart, of: month, in: folder, source: source, to: staged)
    }
    return visits
  }
}
