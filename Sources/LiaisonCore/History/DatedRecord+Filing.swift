/// Filing an edit of a dated record: as a life event on a day, or as a correction.
extension DatedRecord {
  /// `edited` — this record with new values — with its changes filed as `change` says.
  /// - Returns: the record to store, and the months whose reports the edit changes (nil
  ///   when it changes none: a life event today, or nothing dated changed).
  /// - Throws: `RosterError.rule` for a life event in the future, before the record was on
  ///   the roster, or before its fact last changed.
  func filing(
    _ edited: Self, as change: RecordChange, today: Day
  ) throws -> (record: Self, changedMonths: ReportedMonths?) {
    if change == .replacement { return (edited, nil) }
    var filed = edited
    filed.history = history
    var months: ReportedMonths?
    if edited.since != since {
      months = try correctedSince(edited.since, today: today)
      if let newSince = edited.since { filed.history.removeAll { $0.to <= newSince } }
    }
    let changed = edited.differingFacts(from: self)
    guard !changed.isEmpty else { return (filed, months) }
    switch change {
    case .replacement:
      break
    case .correction:
      let starts = changed.map { currentValueStart(of: $0.key) }
      let first = starts.contains(nil) ? nil : starts.compactMap { $0 }.min()
      months = ReportedMonths(from: first, today: today).joined(months)
    case .on(let day):
      try checkLifeEvent(on: day, changed: changed, since: filed.since, today: today)
      // A fact whose current value began that same day held it on no day: nothing to keep.
      let facts = changed.filter { currentValueStart(of: $0.key) != day }
      if !facts.isEmpty {
        if let index = filed.history.firstIndex(where: { $0.to == day }) {
          for fact in facts where filed.history[index].facts[fact.key] == nil {
            filed.history[index].facts[fact.key] = self.fact(fact.key)
          }
        } else {
          let past = Dictionary(uniqueKeysWithValues: facts.map { ($0.key, self.fact($0.key)) })
          filed.history.append(PastFacts(to: day, facts: past))
          filed.history.sort { $0.to < $1.to }
        }
      }
      if day.yearMonth < today.yearMonth {
        months = ReportedMonths(from: day, today: today).joined(months)
      }
    }
    return (filed, months)
  }

  /// The months a new `since` changes: those between the old start and the new.
  private func correctedSince(_ newSince: Day?, today: Day) throws -> ReportedMonths {
    try newSince?.requireNotAfter(today, option: "since")
    return ReportedMonths.movedStart(from: since, to: newSince, today: today)
  }

  private func checkLifeEvent(
    on day: Day, changed: [DatedFact], since: Day?, today: Day
  ) throws {
    try day.requireNotAfter(today, option: "on")
    if let since, day < since {
      throw RosterError.rule(
        Localized(
          en: "\(described.en) is on the roster from \(since); a change on \(day) would come "
            + "before that. If the record was wrong from the start, add --correct; if it is "
            + "older than \(since), correct that first with --since.",
          zh: "\(described.zh)自 \(since) 起在册，\(day) 的变动早于此日。若记录从一开始就有误，"
            + "请加 --correct 更正；若其在册时间更早，请先用 --since 更正入册日期。"))
    }
    for fact in changed {
      guard let start = currentValueStart(of: fact.key), day < start else { continue }
      throw RosterError.rule(
        Localized(
          en: "\(described.en): the \(fact.label.en) last changed on \(start); a change on "
            + "\(day) would come before it. Give --on \(start) or later, or add --correct to "
            + "put the current value right.",
          zh: "\(described.zh)的\(fact.label.zh)最近一次变动在 \(start)，\(day) 的变动早于此日。"
            + "请给出 --on \(start) 或更晚的日期，或加 --correct 更正当前值。"))
    }
  }
}

extension ReportedMonths {
  /// Both spans, or this one alone.
  func joined(_ other: ReportedMonths?) -> ReportedMonths {
    guard let other else { return self }
    return joined(other)
  }
}
