/// A household's dated facts: where it is and the focus groups it is in.
extension Household: DatedRecord {
  public static let datedFacts = [
    DatedFact("village", en: "village", zh: "所在村"), DatedFact("grid", en: "grid", zh: "网格"),
    DatedFact("courtyard", en: "courtyard", zh: "院落"),
    DatedFact("tags", en: "focus groups", zh: "重点人群"),
  ]

  public var described: Localized {
    Localized(en: "Household \(head) (\(id))", zh: "农户 \(head)（\(id)）")
  }

  public func fact(_ key: String) -> FactValue {
    switch key {
    case "village": .text(village)
    case "grid": .optional(grid)
    case "courtyard": .optional(courtyard)
    case "tags": .texts(tags)
    default: .text("")
    }
  }

  public mutating func setFact(_ key: String, _ value: FactValue) {
    switch key {
    case "village": if let text = value.optionalText { village = text }
    case "grid": grid = value.optionalText
    case "courtyard": courtyard = value.optionalText
    case "tags": tags = value.list
    default: break
    }
  }
}
