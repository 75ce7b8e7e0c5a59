/// A grid's dated facts: its village, its leader (网格长) and staff (网格员).
extension Grid: DatedRecord {
  public static let datedFacts = [
    DatedFact("village", en: "village", zh: "所在村"), DatedFact("leader", en: "leader", zh: "网格长"),
    DatedFact("staff", en: "staff", zh: "网格员"),
  ]

  public var described: Localized {
    Localized(en: "Grid \(name) (\(id))", zh: "网格 \(name)（\(id)）")
  }

  public func fact(_ key: String) -> FactValue {
    switch key {
    case "village": .text(village)
    case "leader": .optional(leader)
    case "staff": .texts(staff)
    default: .text("")
    }
  }

  public mutating func setFact(_ key: String, _ value: FactValue) {
    switch key {
    case "village": if let text = value.optionalText { village = text }
    case "leader": leader = value.optionalText
    case "staff": staff = value.list
    default: break
    }
  }
}
