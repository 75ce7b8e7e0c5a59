/// One fact of a record that a report counts and that changes on a day: a member's grid,
/// a household's courtyard, a grid's leader. Its key is the record's JSON key.
public struct DatedFact: Hashable, Sendable {
  public let key: String
  /// What the clerk calls it, for messages ("grid" / "网格").
  public let label: Localized

  public init(_ key: String, en: String, zh: String) {
    self.key = key
    label = Localized(en: en, zh: zh)
  }
}
