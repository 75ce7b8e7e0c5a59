/// The township's decision on a member proposed as a reserve cadre (村级后备干部人选, seed
/// 000 开化): listed or not, for a year. A line of `reserves.json`; one per member and year.
public struct ReserveDecision: Codable, Hashable, Sendable, Identifiable {
  /// `R00001`.
  public var id: String
  public var member: String
  public var year: Int
  public var decision: ReserveOutcome
  public var note: String?
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, member: String, year: Int, decision: ReserveOutcome, note: String? = nil,
    recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.member = member
    self.year = year
    self.decision = decision
    self.note = note
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}

/// Whether a proposed member was put on the list of reserve cadres.
public enum ReserveOutcome: String, UserChoice {
  case listed
  case declined

  public var chineseLabel: String { self == .listed ? "列入" : "不列入" }

  public var synonyms: [String] {
    self == .listed ? ["list", "yes", "是"] : ["decline", "no", "否"]
  }
}
