import Foundation

/// Setting appraisals (one grade per member and year, one residents' rating per member and
/// half-year; setting again replaces) and adding score adjustments.
extension StoreSession {
  /// Sets a member's yearly grade, their rating for a half, or both.
  /// - Returns: the appraisals as stored (a replaced one keeps its id).
  public func setAppraisal(
    member reference: String, year: Int, grade: AppraisalGrade?, rating: ResidentRating?,
    half: Half?
  ) throws -> [Appraisal] {
    let member = try roster().member(reference)
    guard (2000...2100).contains(year) else {
      throw RosterError.invalidValue(
        field: "year", value: String(year),
        expected: Localized(en: "a year such as 2026", zh: "年份，如 2026"))
    }
    guard grade != nil || rating != nil else {
      throw RosterError.rule(
        Localized(
          en: "Give --grade (the democratic appraisal), or --rating with --half (the residents' "
            + "rating), or both.",
          zh: "请给出 --grade（民主评议等次），或 --rating 与 --half（群众评价），或两者都给。"))
    }
    guard (rating == nil) == (half == nil) else {
      throw RosterError.rule(
        Localized(
          en: "--rating and --half go together: residents rate members each half-year "
            + "(--half H1 or H2).",
          zh: "--rating 与 --half 须同时给出：群众每半年评价一次（--half 上半年 或 下半年）。"))
    }
    if let left = member.left, left <= Day(year: year, month: 1, day: 1)! {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) left on \(left), before \(year).",
          zh: "\(member.name)（\(member.id)）已于 \(left) 离开，早于 \(year) 年。"))
    }
    let yearEnd = Day(year: year, month: 12, day: 31)!
    try roster().requireOnRoster(
      member, on: half == .h1 ? Day(year: year, month: 6, day: 30)! : yearEnd,
      for: .anAppraisal)
    // 民主评议 is a Party member's obligation: an activist (入党积极分子) takes a B post but
    // is not appraised, and so is never proposed for a 共产党员户 sign.
    if grade != nil, !member.asOf(yearEnd).status.isPartyMember {
      throw RosterError.rule(
        Localized(
          en: "\(member.name) (\(member.id)) is an activist, not yet a Party member, and is not "
            + "given a democratic appraisal grade (民主评议); residents may still rate them "
            + "(--rating with --half).",
          zh: "\(member.name)（\(member.id)）是入党积极分子，尚不是党员，不参加民主评议；"
            + "群众评价仍可登记（--rating 与 --half）。"))
    }
    var all = try appraisals()
    var set: [Appraisal] = []
    let wanted: [Appraisal] =
      (grade.map { [Appraisal(id: "", member: member.id, year: year, grade: $0)] } ?? [])
      + (rating.map { [Appraisal(id: "", member: member.id, year: year, half: half, rating: $0)] }
        ?? [])
    for var appraisal in wanted {
      if let index = all.firstIndex(where: { $0.slot == appraisal.slot }) {
        appraisal.id = all[index].id
        all[index] = appraisal
      } else {
        appraisal.id = RecordKind.appraisal.nextID(after: all.map(\.id))
        all.append(appraisal)
      }
      set.append(appraisal)
    }
    try saveRecords(all, to: DataFolder.appraisalsName)
    return set
  }

  /// Gives or takes points by hand under a manual item of the member's rules.
  /// - Throws: `RosterError` for an unknown member or item, zero points, no reason, a day
  ///   in the future; `StoreError.unreadable` when the rules do not read.
  public func addAdjustment(
    member reference: String, date: Day, item: String, points: Points, reason: String,
    clock: Clock, clerk: String
  ) throws -> ScoreAdjustment {
    let member = try activeMember(
      reference, on: date, today: clock.today,
      for: Localized(en: "a score adjustment", zh: "积分调整"))
    let rulebook = try scoringRulebook()
    guard let manualItem = rulebook.manualItem(item, village: member.village) else {
      let manual = rulebook.rules(for: member.village).items.filter { $0.metric == .manual }
      let list = manual.map { "\($0.id) (\($0.en))" }.joined(separator: ", ")
      let listZH = manual.map { "\($0.id)（\($0.zh)）" }.joined(separator: "、")
      throw RosterError.invalidValue(
        field: "item", value: item,
        expected: Localized(
          en: manual.isEmpty
            ? "a manual item, but the rules for \(member.name)'s village have none"
            : "one of the rules' manual items: \(list)",
          zh: manual.isEmpty ? "手工加减分项目，但该党员所在村的积分办法中没有" : "积分办法中的手工加减分项目之一：\(listZH)"))
    }
    guard points != .zero else {
      throw RosterError.invalidValue(
        field: "points", value: points.description,
        expected: Localized(en: "points other than 0, e.g. +2 or -1.5", zh: "非零分值，如 +2 或 -1.5"))
    }
    let why = reason.trimmedSpaces
    guard !why.isEmpty else {
      throw RosterError.rule(
        Localized(en: "An adjustment needs its reason (--reason).", zh: "积分调整须写明理由（--reason）。"))
    }
    var all = try adjustments()
    let adjustment = ScoreAdjustment(
      id: RecordKind.adjustment.nextID(after: all.map(\.id)), member: member.id, date: date,
      item: manualItem.id, points: points, reason: why, recordedAt: clock.timestamp,
      recordedBy: clerk)
    all.append(adjustment)
    try saveRecords(all, to: DataFolder.adjustmentsName)
    return adjustment
  }
}
