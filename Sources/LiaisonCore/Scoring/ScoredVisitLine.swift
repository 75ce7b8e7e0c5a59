/// What a score or the monthly report takes from one plain log line, read without building
/// a `Visit`.
struct ScoredVisitLine {
  var id: UnsafeRawBufferPointer
  var member: String
  var household: String
  var date: Day
  /// Opinions collected (the monthly report sums them).
  var opinions: Int?

  /// The line's parts, or nil exactly when `Visit.plain` would give nil: `fast` when it is
  /// sure, else `general`.
  static func plain(_ line: UnsafeRawBufferPointer, using object: inout PlainJSONObject) -> Self? {
    fast(line) ?? general(line, using: &object)
  }

  /// The same through `PlainJSONObject`: it takes every key `Visit(plain:)` takes, checks each
  /// the same way, and makes strings only of the member and household (the notes, answers
  /// and stamps are checked, never copied).
  static func general(_ line: UnsafeRawBufferPointer, using o: inout PlainJSONObject) -> Self? {
    guard o.scan(line) else { return nil }
    do {
      var parts = Self(
        id: try o.raw("id"), member: try o.text("member"), household: try o.text("household"),
        date: try o.day("date"), opinions: nil)
      let _: VisitMode = try o.choice("mode")
      _ = try o.optionalObject("look") { look in
        for key: StaticString in ["kitchen", "bedroom", "toilet", "yard", "fields"] {
          _ = try look.optionalRaw(key)
        }
      }
      _ = try o.optionalObject("ask") { ask in
        for key: StaticString in ["family", "economy", "opinions", "needs"] {
          _ = try ask.optionalRaw(key)
        }
      }
      parts.opinions = try o.optionalNumber("opinions")
      _ = try o.optionalRaw("note")
      _ = try o.optionalTexts("photos")
      _ = try o.raw("recordedAt")
      _ = try o.raw("recordedBy")
      return o.allTaken ? parts : nil
    } catch {
      return nil
    }
  }
}
