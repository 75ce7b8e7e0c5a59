import Foundation

/// Recording activities and commitments, checked against the roster before anything is
/// written.
extension StoreSession {
  /// Records an activity of a member on a day, its photos copied into the folder first (a
  /// command cut off between the two leaves a kept photo no record names, never a record
  /// naming a photo not kept).
  /// - Parameter photos: each photo's checked absolute path (`PhotoPath.checked`) and the
  ///   path as the clerk typed it, for messages.
  /// - Throws: `RosterError` when the member is unknown, had left by then, the day is in
  ///   the future, or a photo is too large.
  public func addActivity(
    member reference: String, date: Day, kind: ActivityKind, note: String?,
    photos: [(path: String, given: String)], clock: Clock, clerk: String
  ) throws -> Activity {
    let member = try activeMember(reference, on: date, today: clock.today, for: .anActivity)
    var all = try activities()
    let kept = try photos.map { try keepPhoto($0.path, shownAs: $0.given) }.uniqued()
    let activity = Activity(
      id: RecordKind.activity.nextID(after: all.map(\.id)), member: member.id, date: date,
      kind: kind, note: note?.trimmedSpaces.nilIfEmpty,
      photos: kept.isEmpty ? nil : kept, recordedAt: clock.timestamp, recordedBy: clerk)
    all.append(activity)
    try saveRecords(all, to: DataFolder.activitiesName)
    return activity
  }

  /// Records a member's commitment for a year; at most `Commitment.perYear` a year.
  public func addCommitment(
    member reference: String, year: Int, text: String
  ) throws
    -> Commitment
  {
    let member = try roster().member(reference)
    guard (2000...2100).contains(year) else {
      throw RosterError.invalidValue(
        field: "year", value: String(year),
        expected: Localized(en: "a year such as 2026", zh: "年份，如 2026"))
    }
    try roster().requireOnRoster(
      member, on: Day(year: year, month: 12, day: 31)!, for: .aCommitment)
    let words = text.trimmedSpaces
    guard !words.isEmpty else {
      throw RosterError.rule(
        Localized(en: "A commitment needs its text (--text).", zh: "承诺内容不能为空（--text）。"))
    }
    var all = try commitments()
    let made = all.filter { $0.member == member.id && $0.year == year }
    guard made.count < Commitment.perYear else {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) already has \(made.count) commitments for \(year) "
            + "(\(made.map(\.id).joined(separator: ", "))); a member makes 1–2 a year. Remove one "
            + "with 'liaison commitment remove ID' if it was a mistake.",
          zh:
            "\(member.name) \(year) 年已有 \(made.count) 项承诺（\(made.map(\.id).joined(separator: "、"))），"
            + "每名党员每年承诺 1–2 项。如有误，请先用 'liaison commitment remove 编号' 删除。"))
    }
    let commitment = Commitment(
      id: RecordKind.commitment.nextID(after: all.map(\.id)), member: member.id, year: year,
      text: words)
    all.append(commitment)
    try saveRecords(all, to: DataFolder.commitmentsName)
    return commitment
  }

  /// Marks a commitment kept (践诺) on a day of its year, not in the future.
  public func fulfilCommitment(
    _ reference: String, date: Day, note: String?, today: Day
  ) throws
    -> Commitment
  {
    var all = try commitments()
    let found = try record(reference, .commitment, in: all)
    if let done = found.fulfilled {
      throw RosterError.rule(
        Localized(
          en: "Commitment \(found.id) was already fulfilled on \(done). Nothing was changed.",
          zh: "承诺 \(found.id) 已于 \(done) 践诺，未作改动。"))
    }
    guard date.year == found.year, date <= today else {
      throw RosterError.rule(
        Localized(
          en: "--date \(date) must fall in \(found.year), the commitment's year, and not after "
            + "today (\(today)).",
          zh: "--date \(date) 须在承诺所属的 \(found.year) 年内，且不晚于今天（\(today)）。"))
    }
    let index = all.firstIndex { $0.id == found.id }!
    all[index].fulfilled = date
    all[index].fulfilment = note?.trimmedSpaces.nilIfEmpty
    try saveRecords(all, to: DataFolder.commitmentsName)
    return all[index]
  }

  /// A member on the roster on `date`, with `date` not in the future.
  /// - Parameter what: the record dated, for the message when they were not on it yet.
  func activeMember(
    _ reference: String, on date: Day, today: Day, for what: Localized
  ) throws -> Member {
    let roster = try roster()
    let member = try roster.member(reference)
    guard date <= today else {
      throw RosterError.rule(
        Localized(
          en: "--date \(date) is in the future (today is \(today)).",
          zh: "--date \(date) 晚于今天（\(today)）。"))
    }
    guard member.isActive(on: date) else {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) left on \(member.left!), before \(date).",
          zh: "\(member.name)（\(member.id)）已于 \(member.left!) 离开，早于 \(date)。"))
    }
    try roster.requireOnRoster(member, on: date, for: what)
    return member
  }
}
