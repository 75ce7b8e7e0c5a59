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

  /// Whether a visit passes; village and grid are those of the household.
  func matches(_ visit: Visit, householdsByID: [String: Household]) -> Bool {
    if let member, visit.member != member { return false }
    if let household, visit.household != household { return false }
    if village != nil || grid != nil {
      guard let home = householdsByID[visit.household] else { return false }
      if let village, home.village != village { return false }
      if let grid, home.grid != grid { return false }
    }
    return true
  }
}
