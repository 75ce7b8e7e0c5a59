/// A roster record whose counted facts are dated: it is on the roster from `since`, and
/// `history` says what its dated facts held before each life event. A report of a past
/// period reads `asOf(day)`, so later events never change a month already reported.
public protocol DatedRecord: Identifiable where ID == String {
  /// The first day the record is on the roster; nil on records made before it was kept,
  /// which count as on the roster from the beginning.
  var since: Day? { get set }
  /// Past values of the dated facts, oldest change first.
  var history: [PastFacts] { get set }
  /// The facts that are dated, in the order messages list them.
  static var datedFacts: [DatedFact] { get }
  /// What the record calls itself in messages: "member 张建国 (M0001)".
  var described: Localized { get }
  func fact(_ key: String) -> FactValue
  mutating func setFact(_ key: String, _ value: FactValue)
}

extension DatedRecord {
  /// Whether the record had come onto the roster by the end of `day`.
  public func hasStarted(by day: Day) -> Bool { since.map { $0 <= day } ?? true }

  /// The record as it stood at the end of `day`: each dated fact as it was then, and only
  /// the history before it.
  public func asOf(_ day: Day) -> Self {
    guard let latest = history.last, day < latest.to else { return self }
    var past = self
    for entry in history.reversed() where day < entry.to {
      for (key, value) in entry.facts { past.setFact(key, value) }
    }
    past.history = history.filter { $0.to <= day }
    return past
  }

  /// The first day `key` has held its current value: its latest change, else `since`.
  public func currentValueStart(of key: String) -> Day? {
    history.last { $0.facts[key] != nil }?.to ?? since
  }

  /// The dated facts whose values differ between this record and `other`.
  func differingFacts(from other: Self) -> [DatedFact] {
    Self.datedFacts.filter { fact($0.key) != other.fact($0.key) }
  }
}
