/// The township's rules for supervising villages, read from `rules/supervision.json`: the
/// inspection checklist, how the village organisation's index (堡垒指数) is made, and the
/// grades by share. Rules are data, as the members' scoring rules are, because each
/// township publishes its own standard (seed 003) and a village may be held to its own
/// items (seed 004).
public struct SupervisionRules: Hashable, Sendable, Codable {
  /// The items an inspection group checks (links in place, visit records, ledgers …).
  public var checklist: [ChecklistItem]
  /// The span `index show` covers unless told: quarter (the review week, seed 003), half
  /// or year.
  public var period: PeriodKind
  public var index: IndexRules
  /// Shares of A, B, C and D in percent, summing to 100 (seed 003: 20/42/28/10).
  public var grading: [String: Int]
  /// The 红黄灰 colours of a village's cadres by its index (seed 000, 江山), with 两晋双停:
  /// red at or above `red`, yellow at or above `yellow`, grey below; nil for none.
  public var colours: ScoringRules.Colours?
  /// Who is proposed as a reserve cadre (后备干部) each year.
  public var reserve: ReserveRule
  /// Village id → the village's own index rules (the township's with the village's
  /// `base` or `items` laid over).
  public var villages: [String: IndexRules]

  /// The index rules a village is held to.
  public func indexRules(for village: String) -> IndexRules { villages[village] ?? index }

  /// A checklist item by id.
  public func checklistItem(_ id: String) -> ChecklistItem? { checklist.first { $0.id == id } }

  /// The colour an index gives the village's cadres, when the rules colour.
  public func colour(of index: Points) -> ScoreColour? {
    colours.map { index >= $0.red ? .red : index >= $0.yellow ? .yellow : .grey }
  }

  /// The grades and their shares, best first.
  var shares: [(String, Int)] { ScoringRules.gradeNames.map { ($0, grading[$0] ?? 0) } }
}

/// One item of the inspection checklist.
public struct ChecklistItem: Hashable, Sendable, Codable {
  public var id: String
  public var zh: String
  public var en: String

  public var label: Localized { Localized(en: en, zh: zh) }
}

/// How a village's index is made: a base and items, each counting one metric of the
/// village's own records, held within its cap and floor; the total is kept within 0–100.
public struct IndexRules: Hashable, Sendable, Codable {
  public var base: Points
  public var items: [IndexItem]
}

/// One item of the index: what it counts and the points per unit, with an optional cap
/// (most it gives) and floor (most it takes away).
public struct IndexItem: Hashable, Sendable, Codable {
  public var id: String
  public var zh: String
  public var en: String
  public var metric: IndexMetric
  /// Points per unit; nil for `manual`, whose points are given by hand.
  public var points: Points?
  public var cap: Points?
  public var floor: Points?

  public var label: Localized { Localized(en: en, zh: zh) }
}

/// Who is proposed as a reserve cadre each year: Party members whose liaison work stands
/// out (the year's score at least `minimumScore`, not on the black list) and whose
/// residents are satisfied (the year's latest residents' rating among `ratings`), best
/// score first, at most `perVillage` in each village.
public struct ReserveRule: Hashable, Sendable, Codable {
  public var minimumScore: Points
  public var ratings: [ResidentRating]
  public var perVillage: Int
}
