/// A record typed twice has two starts and two histories; a merge keeps one record and
/// folds the other's time on the roster into it.
extension DatedRecord {
  /// This record with `duplicate`'s time on the roster folded in. When the duplicate came
  /// onto the roster first, the kept record now starts then (a correction: those months'
  /// reports change), and the days before its own start show the duplicate's dated facts as
  /// they were then (its village, grid, courtyard …), so no past month loses what it counted.
  func folding(_ duplicate: Self) -> Self {
    // Already on the roster from the beginning, or the duplicate came later: nothing earlier
    // to take over.
    guard let keptSince = since else { return self }
    if let duplicateSince = duplicate.since, duplicateSince >= keptSince { return self }
    let duplicateBefore = duplicate.asOf(keptSince.adding(days: -1))
    let keptAtStart = asOf(keptSince)
    var facts: [String: FactValue] = [:]
    for fact in Self.datedFacts
    where duplicateBefore.fact(fact.key) != keptAtStart.fact(fact.key) {
      facts[fact.key] = duplicateBefore.fact(fact.key)
    }
    var kept = self
    kept.history =
      duplicate.history.filter { $0.to < keptSince }
      + (facts.isEmpty ? [] : [PastFacts(to: keptSince, facts: facts)]) + history
    kept.since = duplicate.since
    return kept
  }
}
