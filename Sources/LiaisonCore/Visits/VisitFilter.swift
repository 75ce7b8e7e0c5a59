/// Which visits a list or report wants.
public struct VisitFilter: Sendable, Hashable {
  /// The months to read; nil reads every month that has a log.
  public var months: [YearMonth]?
  public var member: String?
  public var household: String?
  public var village: String?
  public var grid: String?

  public init(
    months: [YearMonth]? = nil, member: String? = nil, household: String? = nil,
    village: String? = nil, grid: String? = nil
  ) {
    self.months = months
    self.member = member
    self.household = household
    self.village = village
    self.grid = grid
  }

  /// Whether any visit is left out: only then do the lines that pass get picked by the
  /// visit index rather than every line read.
  var narrows: Bool { member != nil || household != nil || village != nil || grid != nil }

  /// Whether a visit by `member` passes.
  func passes(member visitor: String) -> Bool { member.map { $0 == visitor } ?? true }

  /// Whether a visit to the household `id` passes; its village and grid are those of the
  /// household.
  func passes(household id: String, householdsByID: RecordsByID<Household>) -> Bool {
    if let household, id != household { return false }
    if village != nil || grid != nil {
      guard let home = householdsByID[id] else { return false }
      if let village, home.village != village { return false }
      if let grid, home.grid != grid { return false }
    }
    return true
  }
}
