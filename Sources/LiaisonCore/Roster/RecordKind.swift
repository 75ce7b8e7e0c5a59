/// The kinds of record a clerk refers to, for messages that name them.
public enum RecordKind: String, Sendable, CaseIterable {
  case village, grid, member, household, link, visit, need
  case activity, commitment, appraisal, adjustment

  public var label: Localized {
    switch self {
    case .village: Localized(en: "village", zh: "村")
    case .grid: Localized(en: "grid", zh: "网格")
    case .member: Localized(en: "member", zh: "党员")
    case .household: Localized(en: "household", zh: "农户")
    case .link: Localized(en: "link", zh: "联户关系")
    case .visit: Localized(en: "visit", zh: "走访记录")
    case .need: Localized(en: "need", zh: "诉求")
    case .activity: Localized(en: "activity", zh: "活动")
    case .commitment: Localized(en: "commitment", zh: "承诺")
    case .appraisal: Localized(en: "appraisal", zh: "评议")
    case .adjustment: Localized(en: "score adjustment", zh: "积分调整")
    }
  }

  /// The prefix of generated ids, and how many digits they carry at first.
  var idPrefix: (letter: String, digits: Int) {
    switch self {
    case .village: ("C", 3)
    case .grid: ("G", 3)
    case .member: ("M", 4)
    case .household: ("H", 5)
    case .link: ("L", 5)
    case .visit: ("V", 4)
    case .need: ("N", 5)
    case .activity: ("A", 5)
    case .commitment: ("P", 5)
    case .appraisal: ("E", 5)
    case .adjustment: ("S", 5)
    }
  }

  /// The id a new record takes: the one it brings (an import keeping the ids of an export),
  /// checked to be free, or else the next after the highest in use.
  /// - Parameter checked: the caller already knows a brought id is free (an import keeps
  ///   its own index, so a large file is not checked row by row against every record).
  /// - Parameter retired: ids removed as mistakes: never given again, and refused when
  ///   brought.
  func assign(
    _ brought: String, existing: [String], retired: [String] = [], checked: Bool = false
  ) throws -> String {
    let id = brought.trimmedSpaces.uppercased()
    guard !id.isEmpty else { return nextID(after: existing + retired) }
    let (letter, digits) = idPrefix
    // On the UTF-8 bytes: an import assigns an id on every row.
    let rest = id.utf8.dropFirst(letter.utf8.count)
    guard id.hasPrefix(letter), (digits...9).contains(rest.count),
      rest.allSatisfy({ (48...57).contains($0) })
    else {
      throw RosterError.invalidValue(
        field: "id", value: brought,
        expected: Localized(
          en: "an id such as \(nextID(after: [])), or an empty cell for a new record",
          zh: "形如 \(nextID(after: [])) 的编号，新记录可留空"))
    }
    if retired.contains(id) {
      throw RosterError.rule(
        Localized(
          en: "\(label.en.capitalized) id \(id) belonged to a record removed as a mistake and is "
            + "never given again; leave the id empty to add this as a new record.",
          zh: "\(label.zh)编号 \(id) 属于已作为误录删除的记录，不再使用；请将编号留空，作为新记录添加。"))
    }
    if !checked, existing.contains(id) {
      throw RosterError.rule(
        Localized(
          en: "\(label.en.capitalized) id \(id) is already in use.", zh: "\(label.zh)编号 \(id) 已被使用。"
        ))
    }
    return id
  }

  /// The next free id after the highest one in use: `M0041` after `M0040`.
  func nextID(after ids: some Sequence<String>) -> String {
    let (letter, digits) = idPrefix
    var highest = 0
    for id in ids where id.hasPrefix(letter) {
      // Ids are short; a hand-typed absurd one is ignored rather than overflow.
      if let number = Int(id.dropFirst(letter.count)), number < 1_000_000_000 {
        highest = max(highest, number)
      }
    }
    let number = String(highest + 1)
    return letter + String(repeating: "0", count: max(digits - number.count, 0)) + number
  }
}
