/// A village's monthly work report (工作推进月报制, seed 000): at the month's Party day the
/// branch reviews the liaison work — the issues members raised (联户包事工作交流), those
/// the branch committee discussed (支委研究), assigned (问题交办) and resolved. One per
/// village per month; a line of `workreports.json`.
public struct WorkReport: Codable, Hashable, Sendable, Identifiable {
  /// `W00001`.
  public var id: String
  public var village: String
  public var month: YearMonth
  public var raised: Int
  public var discussed: Int
  public var assigned: Int
  public var resolved: Int
  public var note: String?
  public var recordedAt: String?
  public var recordedBy: String?

  public init(
    id: String, village: String, month: YearMonth, raised: Int, discussed: Int, assigned: Int,
    resolved: Int, note: String? = nil, recordedAt: String? = nil, recordedBy: String? = nil
  ) {
    self.id = id
    self.village = village
    self.month = month
    self.raised = raised
    self.discussed = discussed
    self.assigned = assigned
    self.resolved = resolved
    self.note = note
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }
}
