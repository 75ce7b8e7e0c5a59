/// A member's dated facts: where they serve, their Party status (预备 → 正式 on the day of
/// 转正), category, branch and duties.
extension Member: DatedRecord {
  public static let datedFacts = [
    DatedFact("village", en: "village", zh: "所在村"), DatedFact("grid", en: "grid", zh: "网格"),
    DatedFact("status", en: "status", zh: "身份"), DatedFact("category", en: "category", zh: "类别"),
    DatedFact("branch", en: "branch", zh: "党支部"), DatedFact("duties", en: "duties", zh: "职责"),
  ]

  public var described: Localized {
    Localized(en: "Member \(name) (\(id))", zh: "党员 \(name)（\(id)）")
  }

  public func fact(_ key: String) -> FactValue {
    switch key {
    case "village": .text(village)
    case "grid": .optional(grid)
    case "status": .text(status.rawValue)
    case "category": .optional(category?.rawValue)
    case "branch": .optional(branch)
    case "duties": .texts(duties.map(\.rawValue))
    default: .text("")
    }
  }

  /// Sets a fact from history; a value this build does not know (a hand edit) leaves the
  /// fact as it is — `check` names it.
  public mutating func setFact(_ key: String, _ value: FactValue) {
    switch key {
    case "village": if let text = value.optionalText { village = text }
    case "grid": grid = value.optionalText
    case "status":
      if let status = value.optionalText.flatMap(MemberStatus.init) { self.status = status }
    case "category": category = value.optionalText.flatMap(MemberCategory.init)
    case "branch": branch = value.optionalText
    case "duties": duties = value.list.compactMap(Duty.init)
    default: break
    }
  }
}
