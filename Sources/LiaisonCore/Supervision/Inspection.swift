/// One visit of the township–village joint inspection group (镇村联动督查, seed 000) to a
/// village: who inspected, which items of the township's checklist they checked, what they
/// found, and the outcome. A line of `inspections.json`.
public struct Inspection: Codable, Hashable, Sendable, Identifiable {
  /// `I00001`.
  public var id: String
  public var date: Day
  public var village: String
  /// The members of the inspection group (督查组), as the clerk typed their names.
  public var inspectors: [String]
  /// Ids of the checklist items checked (`rules/supervision.json`'s `checklist`).
  public var items: [String]
  /// The checked items that were found wanting; a subset of `items`.
  public var failed: [String]?
  public var findings: String?
  public var outcome: InspectionOutcome
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, date: Day, village: String, inspectors: [String], items: [String],
    failed: [String]? = nil, findings: String? = nil, outcome: InspectionOutcome,
    recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.date = date
    self.village = village
    self.inspectors = inspectors
    self.items = items
    self.failed = failed
    self.findings = findings
    self.outcome = outcome
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}

/// What an inspection concluded: the village passed, or it is criticised in a notice
/// (通报批评). Three consecutive monthly notices start accountability (`Accountability`).
public enum InspectionOutcome: String, UserChoice {
  case passed
  case criticised

  public var chineseLabel: String { self == .passed ? "通过" : "通报批评" }

  public var synonyms: [String] {
    self == .passed ? ["pass", "合格", "达标"] : ["criticized", "notice", "通报", "批评"]
  }
}
