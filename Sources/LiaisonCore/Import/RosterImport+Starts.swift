/// An import that moves a member's or household's start later is held to what the commands
/// are held to (`member edit --since`): a start that would leave a visit, link or need
/// before it is refused, and the row changes nothing.
extension RosterImport {
  mutating func requireNothingBefore(
    _ edited: Member, was existing: Member, at position: Int
  )
    throws
  {
    guard let since = movedLater(edited.since, from: existing.since) else { return }
    do {
      try session.requireNothingBefore(
        since, member: edited.id, household: nil, roster: roster, needs: needs,
        option: Self.sinceColumn)
    } catch {
      roster.members[position] = existing
      throw error
    }
  }

  mutating func requireNothingBefore(
    _ edited: Household, was existing: Household, at position: Int
  ) throws {
    guard let since = movedLater(edited.since, from: existing.since) else { return }
    do {
      try session.requireNothingBefore(
        since, member: nil, household: edited.id, roster: roster, needs: needs,
        option: Self.sinceColumn)
    } catch {
      roster.households[position] = existing
      throw error
    }
  }

  private static let sinceColumn = Localized(en: "since", zh: "入册日期")

  /// The new start when it is later than the old one (a record with no start has been on
  /// the roster from the beginning).
  private func movedLater(_ new: Day?, from old: Day?) -> Day? {
    guard let new else { return nil }
    guard let old else { return new }
    return new > old ? new : nil
  }
}
