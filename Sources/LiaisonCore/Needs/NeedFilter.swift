/// Which needs a list shows. By default the ones still somebody's work or awaiting the
/// household's word: open, in progress, resolved. Closed and cancelled needs appear when
/// asked for by status or with `all`.
public struct NeedFilter: Sendable {
  public var statuses: Set<NeedStatus>?
  public var all = false
  public var scale: NeedScale?
  public var urgency: NeedUrgency?
  public var village: String?
  public var grid: String?
  /// The member who raised it or handles it.
  public var member: String?
  public var household: String?
  /// Only those overdue on this day.
  public var overdueOn: Day?
  /// Only those raised in this week.
  public var week: IsoWeek?

  public init() {}

  public func matches(_ need: Need, householdsByID: RecordsByID<Household>) -> Bool {
    if let statuses {
      guard statuses.contains(need.status) else { return false }
    } else if !all, need.status == .closed || need.status == .cancelled {
      return false
    }
    if let scale, need.scale != scale { return false }
    if let urgency, need.urgency != urgency { return false }
    if let household, need.household != household { return false }
    if let member,
      need.raisedBy != member, !(need.scale == .small && need.handler == member)
    {
      return false
    }
    if village != nil || grid != nil {
      let home = householdsByID[need.household]
      if let village, home?.village != village { return false }
      if let grid, home?.grid != grid { return false }
    }
    if let overdueOn, !need.isOverdue(on: overdueOn) { return false }
    if let week, !week.contains(need.raised) { return false }
    return true
  }

  /// The order lists use: most urgent colour first, then the earliest due date, then id.
  public static func sorted(_ needs: [Need]) -> [Need] {
    needs.sorted {
      ($0.urgency.rank, $0.due, $0.id.count, $0.id) < ($1.urgency.rank, $1.due, $1.id.count, $1.id)
    }
  }
}
