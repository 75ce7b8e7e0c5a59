import Foundation

/// Adding, changing and removing villages.
extension Roster {
  /// Adds a village with a fresh id.
  /// - Throws: `RosterError.rule` for an empty name, or a name or code already in use.
  /// - Parameter since: the first day it is on the roster (default: none, from the
  ///   beginning; commands pass today unless the clerk says otherwise).
  public mutating func addVillage(
    name: String, code: String?, id: String = "", since: Day? = nil, today: Day? = nil
  ) throws -> Village {
    if let today { try since?.requireNotAfter(today, option: "since") }
    let village = Village(
      id: try RecordKind.village.assign(
        id, existing: villages.map(\.id), retired: retired.villages),
      name: clean(name),
      code: code.map(clean).flatMap { $0.isEmpty ? nil : $0 }, since: since)
    try validate(village)
    villages.append(village)
    return village
  }

  /// Applies `change` to a village and checks the result like a new one.
  ///
  /// Only a village's start is dated; moving it is a correction, and the result says which
  /// months' reports it changes.
  public mutating func editVillage(
    _ reference: String, today: Day, _ change: (inout Village) throws -> Void
  ) throws -> Edited<Village> {
    let original = try village(reference)
    var edited = original
    try change(&edited)
    edited.id = original.id
    try validate(edited)
    try edited.since?.requireNotAfter(today, option: "since")
    villages[villages.firstIndex { $0.id == original.id }!] = edited
    let months =
      edited.since == original.since
      ? nil : ReportedMonths.movedStart(from: original.since, to: edited.since, today: today)
    return Edited(edited, changedMonths: months)
  }

  /// Removes a village that nothing lives in. There is nothing `--force` could detach:
  /// grids, members and households must be moved or removed first.
  public mutating func removeVillage(_ reference: String) throws -> Village {
    let village = try village(reference)
    var dependents: [Localized] = []
    let gridCount = grids.count { $0.village == village.id }
    let memberCount = members.count { $0.village == village.id }
    let householdCount = households.count { $0.village == village.id }
    if gridCount > 0 { dependents.append(.count(gridCount, en: "grid", zh: "个网格")) }
    if memberCount > 0 { dependents.append(.count(memberCount, en: "member", zh: "名党员")) }
    if householdCount > 0 { dependents.append(.count(householdCount, en: "household", zh: "户农户")) }
    guard dependents.isEmpty else {
      throw RosterError.inUse(.village, village.id, dependents: dependents, forceHelps: false)
    }
    villages.removeAll { $0.id == village.id }
    retired.retire(village.id, as: .village)
    return village
  }

  private func validate(_ village: Village) throws {
    guard !village.name.isEmpty else {
      throw RosterError.rule(
        Localized(en: "A village needs a name (--name).", zh: "村名不能为空（--name）。"))
    }
    if let other = villages.first(where: { $0.id != village.id && $0.name == village.name }) {
      throw RosterError.rule(
        Localized(
          en: "There is already a village named \(village.name) (\(other.id)).",
          zh: "已有名为 \(village.name) 的村（\(other.id)）。"))
    }
    if let code = village.code,
      let other = villages.first(where: { $0.id != village.id && $0.code == code })
    {
      throw RosterError.rule(
        Localized(
          en: "Code \(code) is already used by \(other.name) (\(other.id)).",
          zh: "编码 \(code) 已被 \(other.name)（\(other.id)）使用。"))
    }
  }
}

extension Localized {
  /// "3 links" / "3 条联户关系".
  static func count(_ number: Int, en noun: String, zh counter: String) -> Localized {
    Localized(en: "\(number) \(noun)\(number == 1 ? "" : "s")", zh: "\(number) \(counter)")
  }
}

/// Trims the spaces clerks paste around values.
func clean(_ text: String) -> String {
  // A value that shows nothing (spaces, zero-width characters) is no value.
  UnsafeText.isBlank(text) ? "" : text.trimmedSpaces
}

/// nil for an empty value: on the command line, `--grid ""` clears the field.
func cleanOptional(_ text: String?) -> String? {
  guard let text else { return nil }
  let cleaned = clean(text)
  return cleaned.isEmpty ? nil : cleaned
}
