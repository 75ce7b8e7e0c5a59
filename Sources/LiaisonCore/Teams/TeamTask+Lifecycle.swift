/// The moves of a team task: done, carried into the next week, dropped, noted. Each appends
/// to the history and is refused, changing nothing, when it breaks a rule.
extension TeamTask {
  /// Records it done (办结销号) with what was achieved.
  public mutating func markDone(_ stamp: NeedStamp, result: String) throws {
    try refuseUnlessOpen(doing: Localized(en: "mark it done", zh: "销号"))
    let result = try required(result, option: "result")
    try checkDate(stamp)
    status = .done
    self.result = result
    done = stamp.date
    append(.done, stamp, note: result)
  }

  /// Carries it into the next week's list (不完成不脱钩), with the reason it is not done.
  /// - Returns: the week it now stands on.
  @discardableResult
  public mutating func carryForward(_ stamp: NeedStamp, reason: String) throws -> IsoWeek {
    try refuseUnlessOpen(doing: Localized(en: "carry it forward", zh: "结转"))
    let reason = try required(reason, option: "reason")
    let from = currentWeek
    guard from.monday <= stamp.today else {
      throw TeamError.rule(
        Localized(
          en: "\(id) is on the list of \(from), which has not begun; carry it once that week "
            + "is under way.",
          zh: "\(id) 在 \(from) 的清单上，该周尚未开始；请在该周内再结转。"))
    }
    try checkDate(stamp)
    append(.carried, stamp, week: from.next, note: reason)
    return from.next
  }

  /// Drops it, with the reason; it is never deleted.
  public mutating func cancel(_ stamp: NeedStamp, reason: String) throws {
    try refuseUnlessOpen(doing: Localized(en: "cancel it", zh: "撤销"))
    let reason = try required(reason, option: "reason")
    try checkDate(stamp)
    status = .cancelled
    append(.cancelled, stamp, note: reason)
  }

  /// Adds a note to the history, whatever the status.
  public mutating func addNote(_ stamp: NeedStamp, note: String) throws {
    let note = try required(note, option: "note")
    try checkDate(stamp)
    append(.noted, stamp, note: note)
  }

  /// The day a carry is dated when the clerk gives none: the Sunday of the week cleared,
  /// or today while that week runs, so a late clearing still belongs to its week.
  public func defaultCarryDay(today: Day) -> Day { min(today, currentWeek.sunday) }

  private mutating func append(
    _ action: TeamTaskAction, _ stamp: NeedStamp, week: IsoWeek? = nil, note: String?
  ) {
    history.append(
      TeamTaskEvent(
        date: stamp.date, action: action, week: week, note: note, by: stamp.by,
        recordedAt: stamp.recordedAt))
  }

  private func refuseUnlessOpen(doing: Localized) throws {
    guard status == .open else {
      throw TeamError.rule(
        Localized(
          en: "\(id) is \(status.rawValue) already; only an open task can \(doing.en).",
          zh: "\(id) 已是“\(status.chineseLabel)”状态；只有未完成的任务才能\(doing.zh)。"))
    }
  }

  private func required(_ text: String, option: String) throws -> String {
    let trimmed = text.trimmedSpaces
    guard !trimmed.isEmpty else {
      throw TeamError.rule(
        Localized(
          en: "--\(option) is empty; say it in a few words (it goes into the history).",
          zh: "--\(option) 为空；请简要写明（记入任务经过）。"))
    }
    return trimmed
  }

  /// A change is dated no earlier than the task was planned or last changed, and not after
  /// today.
  private func checkDate(_ stamp: NeedStamp) throws {
    let earliest = max(planned, history.last?.date ?? planned)
    guard stamp.date >= earliest, stamp.date <= stamp.today else {
      throw TeamError.rule(
        Localized(
          en: "--date \(stamp.date) must be from \(earliest) (its last change) to today "
            + "(\(stamp.today)).",
          zh: "--date \(stamp.date) 须在 \(earliest)（上次变更）至今天（\(stamp.today)）之间。"))
    }
  }
}
