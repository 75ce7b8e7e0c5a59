/// What some of a record's dated facts held before a life event: "before `to`, the grid
/// was G02". A record keeps its current values at the top of its line and these, oldest
/// first, in `history`, so the line still reads as the record is now and a `git diff`
/// shows one changed line per event.
///
/// On disk each entry is one flat object, `{"grid":"G02","to":"2026-11-10"}`: the facts
/// under their own keys beside `to`, the first day they no longer held (as a link's `to`).
public struct PastFacts: Hashable, Sendable, Codable {
  /// The day of the change: the facts held up to the day before.
  public var to: Day
  /// The facts by their record's key (`grid`, `status`, `duties` …).
  public var facts: [String: FactValue]

  public init(to: Day, facts: [String: FactValue]) {
    self.to = to
    self.facts = facts
  }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    static let to = Key(stringValue: "to")
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    to = try container.decode(Day.self, forKey: .to)
    var facts: [String: FactValue] = [:]
    for key in container.allKeys where key.stringValue != "to" {
      facts[key.stringValue] = try container.decode(FactValue.self, forKey: key)
    }
    self.facts = facts
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(to, forKey: .to)
    for (key, value) in facts { try container.encode(value, forKey: Key(stringValue: key)) }
  }
}
