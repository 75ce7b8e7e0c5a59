import Foundation

/// The needs figures a report prints for a period (月报, seed 000: "solved 3,537 needs";
/// satisfaction over 98 %), worked out from each need's history so a past period always
/// gives the same numbers.
///
/// - raised: needs raised in the period; cancelled: of those, withdrawn by its end.
/// - resolved: needs whose resolution falls in the period and still stood at its end.
/// - resolutionRate: of the needs raised in the period and not withdrawn, the share
///   resolved (or closed) by its end.
/// - open / overdue: needs still waiting at the end of the period, and those past due.
/// - medianDaysToResolve: over the needs resolved in the period, days from raised to
///   resolved; also by scale and by colour.
/// - satisfaction: the needs closed in the period, by the household's answer; the rate is
///   satisfied plus basically satisfied over all closed.
public struct NeedFigures: Codable, Hashable, Sendable {
  public struct Group: Codable, Hashable, Sendable {
    /// The scale or colour, as stored (`small`, `red`).
    public var key: String
    public var raised: Int
    public var resolved: Int
    public var medianDaysToResolve: Double?
    public var overdue: Int
  }

  public struct SatisfactionCounts: Codable, Hashable, Sendable {
    public var satisfied: Int
    public var basicallySatisfied: Int
    public var dissatisfied: Int
    /// (satisfied + basically satisfied) / all closed, 0–1 to four places; nil when none.
    public var rate: Double?
  }

  public var period: Period
  /// The end of the period, or today while it is still running.
  public var asOf: Day
  public var raised: Int
  public var cancelled: Int
  public var resolved: Int
  public var resolutionRate: Double?
  public var open: Int
  public var overdue: Int
  public var medianDaysToResolve: Double?
  public var byScale: [Group]
  public var byUrgency: [Group]
  public var satisfaction: SatisfactionCounts

  /// The figures for `period` over `needs`, taken on its last day or `today`, whichever
  /// comes first.
  public init(period: Period, needs: [Need], today: Day) {
    self.period = period
    let asOf = min(period.last, today)
    self.asOf = asOf
    let raisedInPeriod = needs.filter { period.contains($0.raised) && $0.raised <= asOf }
    raised = raisedInPeriod.count
    cancelled = raisedInPeriod.count { $0.status(on: asOf) == .cancelled }
    let resolvedInPeriod = needs.compactMap { need -> (Need, days: Int)? in
      guard let day = need.resolvedDay(on: asOf), period.contains(day) else { return nil }
      return (need, day.ordinal - need.raised.ordinal)
    }
    resolved = resolvedInPeriod.count
    let standing = raisedInPeriod.filter { $0.status(on: asOf) != .cancelled }
    let done = standing.count { $0.status(on: asOf)?.isDone == true }
    resolutionRate = Self.rate(done, of: standing.count)
    let pending = needs.filter { $0.status(on: asOf)?.isPending == true }
    open = pending.count
    overdue = pending.count { $0.isOverdue(on: asOf) }
    medianDaysToResolve = Self.median(resolvedInPeriod.map(\.days))

    func group(_ key: String, _ belongs: (Need) -> Bool) -> Group {
      Group(
        key: key, raised: raisedInPeriod.count(where: belongs),
        resolved: resolvedInPeriod.count { belongs($0.0) },
        medianDaysToResolve: Self.median(resolvedInPeriod.filter { belongs($0.0) }.map(\.days)),
        overdue: pending.count { belongs($0) && $0.isOverdue(on: asOf) })
    }
    byScale = NeedScale.allCases.map { scale in group(scale.rawValue) { $0.scale == scale } }
    byUrgency = NeedUrgency.allCases.map { colour in group(colour.rawValue) { $0.urgency == colour }
    }

    let closed = needs.filter { need in need.closedDay(on: asOf).map(period.contains) ?? false }
    let answers = closed.compactMap { $0.satisfaction(on: asOf) }
    let satisfied = answers.count { $0 == .satisfied }
    let basically = answers.count { $0 == .basicallySatisfied }
    satisfaction = SatisfactionCounts(
      satisfied: satisfied, basicallySatisfied: basically,
      dissatisfied: answers.count { $0 == .dissatisfied },
      rate: Self.rate(satisfied + basically, of: answers.count))
  }

  /// A share to four places, or nil when there is nothing to share.
  static func rate(_ part: Int, of whole: Int) -> Double? {
    guard whole > 0 else { return nil }
    return (Double(part) / Double(whole) * 10_000).rounded() / 10_000
  }

  /// The middle value (the mean of the two middle ones for an even count), or nil.
  static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1
      ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
  }
}
