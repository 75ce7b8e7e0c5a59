/// One visit as the visit index keeps it: what the reports, scores and coverage count of a
/// visit, in 40 bytes where a decoded `Visit` takes some 300 — and where its line in the log
/// starts, for a reader that wants the whole visit back.
struct IndexedVisit: Sendable, Equatable {
  /// The visit's day, as `Day.ordinal`.
  var day: Int32
  /// The member's and the household's places in `MonthVisits.members` and `.households`.
  var member: Int32
  var household: Int32
  /// The id's day (`Day.ordinal`) and number, as `Visit.parseID` reads them; `idNumber` is -1
  /// for an id not written as `Visit.id(on:sequence:)` writes it, kept in `MonthVisits.oddIDs`.
  var idDay: Int32
  var idNumber: Int32
  /// 1 when the visit counts opinions (`opinions` then holds how many), 0 when it is silent.
  var hasOpinions: Int32
  var opinions: Int64
  /// The byte where the visit's line starts in the month's log.
  var offset: Int64
}
