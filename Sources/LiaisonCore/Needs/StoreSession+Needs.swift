import Foundation

/// Raising, finding and changing needs. Needs live in `needs.json`, rewritten whole on
/// each change (they are few beside visits); a visit and the needs raised on it land in
/// one change.
extension StoreSession {
  /// Every need on file, oldest first (read once per session). A folder made before needs
  /// existed has no `needs.json`: it simply has none.
  public func needs() throws -> [Need] {
    if let loadedNeeds { return loadedNeeds }
    let needs = try Need.load(in: folder, snapshots: writable ? nil : stagedIndexes)
    loadedNeeds = needs
    return needs
  }

  /// The needs of `village`'s households, where the households were on `day` (a later move
  /// changes no past week), with the roster as it stood then; every need when no village is
  /// given.
  /// - Parameter village: the village as the clerk typed it.
  public func needs(
    inVillage village: String?, asOf day: Day
  ) throws -> (needs: [Need], roster: Roster) {
    let roster = try roster().asOf(day)
    guard let village else { return (try needs(), roster) }
    let id = try roster.village(village).id
    let households = roster.householdsByID
    return (try needs().filter { households[$0.household]?.village == id }, roster)
  }

  /// The time limits by colour: `rules/needs.json`, else the defaults.
  public func needDeadlines() throws -> NeedDeadlines {
    let path = folder.file(NeedDeadlines.fileName)
    guard let data = try FileReader.contents(path) else { return NeedDeadlines() }
    return try NeedDeadlines.decode(data, path: path)
  }

  /// Writes `rules/needs.json`. Needs already raised keep their due dates.
  public func saveNeedDeadlines(_ deadlines: NeedDeadlines) throws {
    precondition(writable, "saveNeedDeadlines needs the folder opened for writing")
    try writer.fileSystem.makeDirectory(folder.rulesFolder, mode: 0o700)
    try writer.replace(NeedDeadlines.fileName, with: deadlines.encoded())
  }

  /// Finds a need by its id (`N00012`; `N12` and `12` work too).
  public func need(_ reference: String) throws -> Need {
    let wanted = reference.trimmedSpaces.uppercased()
    let digits = wanted.hasPrefix("N") ? String(wanted.dropFirst()) : wanted
    if let number = Int(digits), !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) {
      if let found = try needs().first(where: { Int($0.id.dropFirst()) == number }) {
        return found
      }
    }
    throw RosterError.notFound(.need, reference)
  }

  /// Raises a need brought to the clerk.
  /// - Returns: the need as stored, and warnings that did not stop it.
  public func raiseNeed(
    _ draft: NeedDraft, clock: Clock, clerk: String
  ) throws -> (Need, warnings: [Localized]) {
    var draft = draft
    if let visit = draft.visit {
      // A need raised on a visit belongs to that visit's household and member, and is
      // raised on its day unless the clerk says later.
      let (found, _) = try self.visit(visit)
      draft.visit = found.id
      let household = try roster().household(draft.household)
      guard household.id == found.household else {
        throw RosterError.rule(
          Localized(
            en: "Visit \(found.id) was to \(try roster().householdHead(found.household)) "
              + "(\(found.household)), not \(household.head) (\(household.id)); give that visit's "
              + "household or another visit.",
            zh: "走访 \(found.id) 走访的是 \(try roster().householdHead(found.household))"
              + "（\(found.household)），不是 \(household.head)（\(household.id)）；请给出该次走访的农户或另一次走访。"))
      }
      draft.raisedBy = draft.raisedBy ?? found.member
      draft.date = draft.date ?? found.date
      if let date = draft.date, date < found.date {
        throw RosterError.rule(
          Localized(
            en: "--date \(date) is before visit \(found.id) (\(found.date)) it was raised on.",
            zh: "--date \(date) 早于提出该诉求的走访 \(found.id)（\(found.date)）。"))
      }
    }
    let stamp = NeedStamp(date: draft.date, clock: clock, clerk: clerk)
    var needs = try needs()
    let (need, warnings) = try roster().makeNeed(
      draft, id: RecordKind.need.nextID(after: needs.map(\.id)), deadlines: needDeadlines(),
      stamp: stamp)
    needs.append(need)
    try saveNeeds(needs)
    return (need, warnings)
  }

  /// Applies a change (start, resolve, close …) to one need and saves it; a refused change
  /// writes nothing.
  public func changeNeed(_ reference: String, _ change: (inout Need) throws -> Void) throws -> Need
  {
    var needs = try needs()
    let found = try need(reference)
    guard let index = needs.firstIndex(where: { $0.id == found.id }) else {
      throw RosterError.notFound(.need, reference)
    }
    try change(&needs[index])
    try saveNeeds(needs)
    return needs[index]
  }

  /// Records a visit and the needs raised on it, together or not at all; `again` as for
  /// `recordVisit(_:clock:clerk:again:)`.
  /// - Returns: the visit, the needs, and warnings that did not stop them.
  public func recordVisit(
    _ draft: Visit, raising drafts: [NeedDraft], clock: Clock, clerk: String, again: Bool = false
  ) throws -> (Visit, needs: [Need], warnings: [Localized]) {
    guard !drafts.isEmpty else {
      let (visit, warnings) = try recordVisit(draft, clock: clock, clerk: clerk, again: again)
      return (visit, [], warnings)
    }
    let (checked, visitWarnings) = try checkedVisit(draft, clock: clock, again: again)
    var needs = try needs()
    let deadlines = try needDeadlines()
    // Every need is built once before anything is written, so a refused need leaves even
    // the visit numbering untouched.
    for var need in drafts {
      need.household = checked.household
      need.raisedBy = checked.member
      _ = try roster().makeNeed(
        need, id: "N00000", deadlines: deadlines,
        stamp: NeedStamp(date: checked.date, clock: clock, clerk: clerk))
    }
    var raised: [Need] = []
    var warnings = visitWarnings
    let visit = try addVisit(on: checked.date) { id in
      checked.numbered(id, recordedAt: clock.timestamp, by: clerk)
    } alongside: { visit in
      for var need in drafts {
        need.household = visit.household
        need.raisedBy = visit.member
        need.visit = visit.id
        let stamp = NeedStamp(date: visit.date, clock: clock, clerk: clerk)
        let (made, needWarnings) = try roster().makeNeed(
          need, id: RecordKind.need.nextID(after: needs.map(\.id)), deadlines: deadlines,
          stamp: stamp)
        needs.append(made)
        raised.append(made)
        warnings += needWarnings
      }
      return [DataFolder.needsName: try RecordCodec.rosterFile(needs)]
    }
    loadedNeeds = needs
    return (visit, raised, warnings)
  }

  /// Who will handle a need of `scale`: for a small need a member, given by id, name or
  /// phone, kept as the member's id; otherwise the text as written.
  public func needHandler(_ text: String, scale: NeedScale) throws -> String? {
    let trimmed = text.trimmedSpaces
    guard !trimmed.isEmpty else { return nil }
    return scale == .small ? try roster().member(trimmed).id : trimmed
  }

  /// The same, for the scale the need `reference` has now.
  public func needHandler(_ text: String, need reference: String) throws -> String? {
    try needHandler(text, scale: need(reference).scale)
  }

  /// How many needs name a household or a member, for `remove` to refuse.
  func needCount(member: String? = nil, household: String? = nil) throws -> Int {
    try needs().count {
      (household != nil && $0.household == household)
        || (member != nil
          && ($0.raisedBy == member || ($0.scale == .small && $0.handler == member)))
    }
  }

  private func saveNeeds(_ needs: [Need]) throws {
    precondition(writable, "saving needs needs the folder opened for writing")
    try writer.replace(DataFolder.needsName, with: try RecordCodec.rosterFile(needs))
    loadedNeeds = needs
  }
}
