import Foundation

/// Adding, changing and removing households.
extension Roster {
  /// Adds a household; `household.id` is assigned here.
  /// - Throws: `RosterError` for an empty head, an unknown village or grid, a bad phone or
  ///   a size below one, or a household that looks like one on file typed again.
  /// - Parameters:
  ///   - today: stamped as the day it was entered, unless it brings its own.
  ///   - again: the clerk says it really is another household with the same head.
  public mutating func addHousehold(
    _ household: Household, today: Day? = nil, again: Bool = false
  ) throws -> Household {
    var household = household
    if let today { try household.since?.requireNotAfter(today, option: "since") }
    if household.since == nil { household.since = today }
    return try addHousehold(household, idChecked: false, repeatsAmong: again ? nil : households)
  }

  /// - Parameter candidates: the households it may repeat (an import's by head); nil when
  ///   the clerk said it is another one.
  mutating func addHousehold(
    _ household: Household, idChecked: Bool, repeatsAmong candidates: [Household]?
  ) throws -> Household {
    var household = try normalized(household)
    household.id = try RecordKind.household.assign(
      household.id, existing: idChecked ? [] : households.map(\.id), retired: retired.households,
      checked: idChecked)
    try validate(household)
    if let existing = candidates?.first(where: household.couldRepeat) {
      throw RosterError.repeated(household, of: existing, in: villageName(household.village))
    }
    households.append(household)
    return household
  }

  /// Applies `body` to a household, filing changes of dated facts as `change` says.
  public mutating func editHousehold(
    _ reference: String, as change: RecordChange, today: Day,
    _ body: (inout Household) throws -> Void
  ) throws -> Edited<Household> {
    let original = try household(reference)
    return try editHousehold(
      at: households.firstIndex { $0.id == original.id }!, as: change, today: today, body)
  }

  /// The same for a household whose position is known (an import's index), without the
  /// lookups that would make a large import quadratic.
  mutating func editHousehold(
    at position: Int, as change: RecordChange, today: Day,
    _ body: (inout Household) throws -> Void
  ) throws -> Edited<Household> {
    let original = households[position]
    var edited = original
    try body(&edited)
    edited.id = original.id
    edited = try normalized(edited)
    guard edited != original else { return Edited(original, changedMonths: nil) }
    try validate(edited)
    let filed = try original.filing(edited, as: change, today: today)
    households[position] = filed.record
    return Edited(filed.record, changedMonths: filed.changedMonths)
  }

  /// Removes a household entered by mistake; with `force`, its links are deleted too.
  public mutating func removeHousehold(
    _ reference: String, force: Bool
  ) throws -> (
    Household, detached: [Localized]
  ) {
    let household = try household(reference)
    let linkCount = links.count { $0.household == household.id }
    let dependents = linkCount > 0 ? [Localized.count(linkCount, en: "link", zh: "条联户关系")] : []
    guard dependents.isEmpty || force else {
      throw RosterError.inUse(.household, household.id, dependents: dependents, forceHelps: true)
    }
    for link in links where link.household == household.id { retired.retire(link.id, as: .link) }
    links.removeAll { $0.household == household.id }
    households.removeAll { $0.id == household.id }
    retired.retire(household.id, as: .household)
    return (household, dependents)
  }

  private func normalized(_ household: Household) throws -> Household {
    var household = household
    household.head = clean(household.head)
    household.phone = try cleanOptional(household.phone).map {
      try normalizedPhone($0, field: "phone")
    }
    household.courtyard = cleanOptional(household.courtyard)
    household.address = cleanOptional(household.address)
    household.note = cleanOptional(household.note)
    household.tags = household.tags.map(clean).filter { !$0.isEmpty }.uniqued()
    return household
  }

  private func validate(_ household: Household) throws {
    guard !household.head.isEmpty else {
      throw RosterError.rule(
        Localized(
          en: "A household needs the name of its head (--head).", zh: "户主姓名不能为空（--head）。"))
    }
    try validatePlace(village: household.village, grid: household.grid)
    if let size = household.size, !(1...99).contains(size) {
      throw RosterError.invalidValue(
        field: "size", value: String(size),
        expected: Localized(
          en: "the number of people in the household, 1 to 99", zh: "家庭人口数，1 到 99"))
    }

  }
}
