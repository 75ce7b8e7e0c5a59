import Foundation
import Testing

@testable import LiaisonCore

/// The needs figures of a period and the week view, on hand-made needs whose answers are
/// counted here by hand.
@Suite struct NeedFiguresTests {
  static func day(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day)! }
  static let today = day(12, 31)

  /// A need raised on `raised`, then moved through `moves` (action, day).
  static func need(
    _ number: Int, raised: Day, scale: NeedScale = .small, urgency: NeedUrgency = .green,
    household: String = "H00001", _ moves: [(NeedAction, Day)] = [],
    satisfaction: Satisfaction = .satisfied
  ) throws -> Need {
    var need = Need(
      id: String(format: "N%05d", number), household: household, text: "诉求\(number)",
      scale: scale, urgency: urgency, raised: raised,
      due: NeedDeadlines().due(raised: raised, urgency: urgency),
      history: [NeedEvent(date: raised, action: .raised, by: "c", recordedAt: "t")])
    for (action, date) in moves {
      let stamp = NeedStamp(date: date, by: "c", recordedAt: "t", today: today)
      switch action {
      case .started: try need.start(stamp)
      case .resolved: try need.resolve(stamp, resolution: "办了")
      case .closed: try need.close(stamp, satisfaction: satisfaction)
      case .cancelled: try need.cancel(stamp, reason: "撤")
      case .reopened: try need.reopen(stamp, reason: "没办好")
      default: Issue.record("unexpected move \(action)")
      }
    }
    return need
  }

  /// November: five raised (one cancelled), three resolved in the month (2, 5 and 9 days),
  /// one resolved in December, one still open and overdue at the month's end.
  static func november() throws -> [Need] {
    [
      try need(
        1, raised: day(11, 2), urgency: .red, [(.resolved, day(11, 4)), (.closed, day(11, 5))]),
      try need(
        2, raised: day(11, 3), scale: .medium, urgency: .yellow,
        [(.resolved, day(11, 8)), (.closed, day(11, 9))], satisfaction: .dissatisfied),
      try need(
        3, raised: day(11, 10), urgency: .orange,
        [(.started, day(11, 11)), (.resolved, day(11, 19))]),
      try need(4, raised: day(11, 20), urgency: .red, [(.resolved, day(12, 3))]),
      try need(5, raised: day(11, 25), [(.cancelled, day(11, 26))]),
      // Raised in October, resolved in November: counts as resolved, not raised.
      try need(6, raised: day(10, 28), scale: .large, [(.resolved, day(11, 2))]),
    ]
  }

  @Test func aMonthsFiguresCountFromEachNeedsHistory() throws {
    let figures = NeedFigures(
      period: Period(month: YearMonth(year: 2026, month: 11)!), needs: try Self.november(),
      today: Self.today)
    #expect(figures.asOf == Self.day(11, 30))
    #expect(figures.raised == 5)
    #expect(figures.cancelled == 1)
    #expect(figures.resolved == 4)  // needs 1, 2, 3 and 6
    // Of the four raised and not withdrawn, three were done by 30 November.
    #expect(figures.resolutionRate == 0.75)
    #expect(figures.open == 1)
    #expect(figures.overdue == 1)  // need 4, red, due 21 November
    // Days to resolve: 2, 5, 9, 5 → median 5.
    #expect(figures.medianDaysToResolve == 5)
    let small = try #require(figures.byScale.first { $0.key == "small" })
    #expect(small.raised == 4)
    #expect(small.resolved == 2)
    #expect(small.medianDaysToResolve == 5.5)  // 2 and 9
    let red = try #require(figures.byUrgency.first { $0.key == "red" })
    #expect(red.raised == 2)
    #expect(red.overdue == 1)
    #expect(figures.satisfaction.satisfied == 1)
    #expect(figures.satisfaction.dissatisfied == 1)
    #expect(figures.satisfaction.rate == 0.5)
  }

  @Test func aPastMonthGivesTheSameFiguresWhateverHappenedLater() throws {
    let november = Period(month: YearMonth(year: 2026, month: 11)!)
    let before = NeedFigures(period: november, needs: try Self.november(), today: Self.day(12, 1))
    var later = try Self.november()
    let stamp = NeedStamp(date: Self.day(12, 10), by: "c", recordedAt: "t", today: Self.today)
    try later[3].close(stamp, satisfaction: .satisfied)
    try later[0].reopen(stamp, reason: "又坏了")
    let after = NeedFigures(period: november, needs: later, today: Self.today)
    #expect(after == before)
  }

  @Test func aPeriodWithoutNeedsHasNoRatesRatherThanZero() {
    let figures = NeedFigures(
      period: Period(month: YearMonth(year: 2026, month: 11)!), needs: [], today: Self.today)
    #expect(figures.raised == 0)
    #expect(figures.resolutionRate == nil)
    #expect(figures.medianDaysToResolve == nil)
    #expect(figures.satisfaction.rate == nil)
  }

  @Test func theWeekViewListsRaisedResolvedStillOpenAndOverdue() throws {
    let roster = Roster(
      villages: [Village(id: "C001", name: "凤林村")], grids: [], members: [],
      households: [Household(id: "H00001", head: "王大妈", village: "C001")], links: [])
    let week = try #require(IsoWeek(parsing: "2026-W47"))  // 16–22 November
    let view = NeedWeek(week: week, needs: try Self.november(), roster: roster, today: Self.today)
    #expect(view.asOf == Self.day(11, 22))
    #expect(view.raised.map(\.id) == ["N00004"])
    #expect(view.resolved.map(\.id) == ["N00003"])
    #expect(view.stillOpen.map(\.id) == ["N00004"])
    #expect(view.overdue.map(\.id) == ["N00004"])
    #expect(view.overdue.first?.daysOverdue == 1)
    #expect(view.stillOpen.first?.head == "王大妈")
    #expect(!view.cleared)
    #expect(view.counts.raised == 1)
  }

  @Test func aWeekStillRunningIsTakenAsOfToday() throws {
    let roster = Roster(villages: [], grids: [], members: [], households: [], links: [])
    let week = try #require(IsoWeek(parsing: "2026-W48"))
    let view = NeedWeek(
      week: week, needs: try Self.november(), roster: roster, today: Self.day(11, 25))
    #expect(view.asOf == Self.day(11, 25))
    // Need 5 was raised on the 25th and cancelled on the 26th: still open on the 25th.
    #expect(view.raised.map(\.id) == ["N00005"])
    #expect(view.stillOpen.map(\.id) == ["N00004", "N00005"])
  }
}
