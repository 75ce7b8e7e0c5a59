/// The roster's part in raising a need: the household and members named must exist, and
/// a small need falls to a member.
extension Roster {
  /// Builds a need from a draft, resolving its references.
  /// - Returns: the need, and warnings that did not stop it (a small need nobody handles).
  func makeNeed(
    _ draft: NeedDraft, id: String, deadlines: NeedDeadlines, stamp: NeedStamp
  ) throws -> (Need, warnings: [Localized]) {
    let text = draft.text.trimmedSpaces
    guard !text.isEmpty else {
      throw RosterError.rule(
        Localized(
          en: "A need needs its text (--text): what the household asked for.",
          zh: "诉求内容不能为空（--text）：请写明农户反映的事项。"))
    }
    if stamp.date > stamp.today {
      throw RosterError.rule(
        Localized(
          en: "--date \(stamp.date) is in the future (today is \(stamp.today)).",
          zh: "--date \(stamp.date) 晚于今天（\(stamp.today)）。"))
    }
    let household = try self.household(draft.household)
    try requireOnRoster(household, on: stamp.date, for: .aNeed)
    let raisedBy = try draft.raisedBy.map { try member($0).id }
    var handler = draft.handler?.trimmedSpaces
    if handler?.isEmpty == true { handler = nil }
    var warnings: [Localized] = []
    if draft.scale == .small {
      if let named = handler {
        handler = try member(named).id
      } else {
        handler = raisedBy ?? primaryLiaison(of: household.id, on: stamp.date)
      }
      if handler == nil {
        warnings.append(
          Localized(
            en: "No member handles this small need: the household has no primary (A) liaison "
              + "on \(stamp.date). Give --handler MEMBER, or link the household.",
            zh: "这件小事没有党员负责：该户在 \(stamp.date) 没有主联党员。请用 --handler 指定党员，或先建立联户关系。"))
      }
    }
    var need = Need(
      id: id, household: household.id, text: text, scale: draft.scale, urgency: draft.urgency,
      support: draft.support, category: draft.category?.trimmedSpaces.nilIfEmpty,
      raisedBy: raisedBy, visit: draft.visit, raised: stamp.date,
      due: deadlines.due(raised: stamp.date, urgency: draft.urgency), handler: handler)
    need.history = [
      NeedEvent(
        date: stamp.date, action: .raised, by: stamp.by, note: nil, recordedAt: stamp.recordedAt)
    ]
    return (need, warnings)
  }

  /// The member holding the A post for a household on a day.
  func primaryLiaison(of household: String, on day: Day) -> String? {
    links.first { $0.household == household && $0.post == .a && $0.isActive(on: day) }?.member
  }

  /// Who handles a need, as a clerk reads it: the member's name for a small need, else the
  /// handler as written, else the level (村 / 乡镇).
  public func handlerName(_ need: Need, language: Language) -> String {
    guard let handler = need.handler else { return need.scale.level(language) }
    return need.scale == .small ? memberName(handler) : handler
  }
}

extension String {
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
