/// A visit as a score counts it: its day and its household, in 8 bytes. A decoded `Visit`
/// takes about 300, and a county's year holds 3 million visits: a yearly score kept them all
/// and peaked at 2.5 GB.
struct ScoredVisit: Hashable, Sendable {
  /// The day, as `Day.ordinal`.
  var day: Int32
  /// The household's place in `ScoredVisits.households`.
  var household: Int32
}
