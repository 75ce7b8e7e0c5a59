/// The Monday-to-Sunday view of needs (周一列清单 … 周日必清零, seed 001): raised this
/// week, resolved this week, still open, and overdue, as things stood at the end of the
/// week — or today, while the week is still running.
public struct NeedWeek: Codable, Hashable, Sendable {
  public struct Counts: Codable, Hashable, Sendable {
    public var raised: Int
    public var resolved: Int
    public var stillOpen: Int
    public var overdue: Int
  }

  public var week: IsoWeek
  public var from: Day
  public var to: Day
  /// The day the figures are taken on: the Sunday, or today if that comes first.
  public var asOf: Day
  /// Whether the week's list was cleared: nothing raised up to then is still open.
  public var cleared: Bool
  public var counts: Counts
  public var raised: [NeedSummary]
  public var resolved: [NeedSummary]
  public var stillOpen: [NeedSummary]
  public var overdue: [NeedSummary]

  public init(week: IsoWeek, needs: [Need], roster: Roster, today: Day) {
    self.week = week
    from = week.monday
    to = week.sunday
    let asOf = min(week.sunday, today)
    self.asOf = asOf
    let households = roster.householdsByID
    // Each list is picked out first and then sorted: sorting every need of the year for
    // the four short lists of one week was a quarter of `need week`.
    func summaries(_ keep: (Need) -> Bool) -> [NeedSummary] {
      NeedFilter.sorted(needs.filter(keep)).map {
        NeedSummary($0, on: asOf, roster: roster, householdsByID: households)
      }
    }
    raised = summaries { week.contains($0.raised) && $0.raised <= asOf }
    resolved = summaries { need in need.resolvedDay(on: asOf).map(week.contains) ?? false }
    stillOpen = summaries { $0.status(on: asOf)?.isPending == true }
    overdue = summaries { $0.isOverdue(on: asOf) }
    cleared = stillOpen.isEmpty
    counts = Counts(
      raised: raised.count, resolved: resolved.count, stillOpen: stillOpen.count,
      overdue: overdue.count)
  }
}

extension Roster {
  /// Households by id, built once for a report.
  public var householdsByID: RecordsByID<Household> { RecordsByID(households) }
}
