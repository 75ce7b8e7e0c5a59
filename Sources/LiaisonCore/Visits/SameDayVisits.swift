import Foundation

/// The visits a member made to a household on one day, found in that month's log without
/// decoding the rest of it: `visit add` asks before it appends, to refuse a form typed in
/// twice, and must stay as quick with a county's month of visits as with none.
///
/// A visit's date decides its log (an edit that moves it to another month moves its line),
/// so one log holds every visit of the day. The log is mapped and searched for the day and
/// household as liaison writes them — `"date":"2026-11-23","household":"H00001","id":"`,
/// keys sorted, so always side by side — and only the lines holding that are decoded and
/// compared. So long a pattern lets the search skip most of the bytes: at a county's month
/// of 50 MB the check costs a few milliseconds, where searching for the member's id cost 14.
/// A line laid out otherwise by hand is not seen; the check only guards against typing a
/// form in twice, and every reader still reads such a line as it always has.
struct SameDayVisits {
  let folder: DataFolder

  /// The visits on file that `visit` would repeat (the same member, household and day).
  func repeated(by visit: Visit) throws -> [Visit] {
    let path = folder.file(DataFolder.visitLog(visit.date.yearMonth))
    guard let file = try MappedFile(path) else { return [] }
    let bytes = file.bytes
    // Days and ids are plain ASCII, written as they are.
    let needle = Array(
      "\"date\":\"\(visit.date)\",\"household\":\"\(visit.household)\",\"id\":\"".utf8)
    var object = PlainJSONObject()
    return PlainLines.lines(containing: needle, in: bytes).compactMap { line in
      VisitLog.visit(inLine: UnsafeRawBufferPointer(rebasing: bytes[line]), using: &object)
    }.filter(visit.couldRepeat)
  }
}
