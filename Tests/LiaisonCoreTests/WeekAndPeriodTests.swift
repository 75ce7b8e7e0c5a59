import Foundation
import Testing

@testable import LiaisonCore

/// ISO weeks (Monday first, the week of its Thursday) and the periods figures are taken over.
@Suite struct WeekAndPeriodTests {
  @Test(arguments: [
    ("2026-11-23", "2026-W48"), ("2026-11-29", "2026-W48"), ("2026-11-30", "2026-W49"),
    ("2026-01-01", "2026-W01"), ("2026-12-31", "2026-W53"), ("2027-01-03", "2026-W53"),
    ("2027-01-04", "2027-W01"), ("2021-01-03", "2020-W53"), ("2024-12-30", "2025-W01"),
    ("2025-12-28", "2025-W52"),
  ])
  func aDayFallsInItsIsoWeek(day: String, week: String) throws {
    let parsed = try #require(Day(parsing: day))
    let found = IsoWeek(containing: parsed)
    #expect(found.description == week)
    #expect(found.contains(parsed))
    #expect(IsoWeek.weekdayIndex(found.monday) == 0)
    #expect(found.sunday == found.monday.adding(days: 6))
  }

  @Test func weeksParseAsClerksWriteThemAndImpossibleOnesAreRefused() {
    for text in ["2026-W48", "2026W48", "2026-w48", "2026年第48周", "２０２６-W48"] {
      #expect(IsoWeek(parsing: text)?.description == "2026-W48", "\(text)")
    }
    #expect(IsoWeek(parsing: "2026-W53") != nil)
    for text in ["2025-W53", "2026-W00", "2026-48", "W48", "2026-W4x", ""] {
      #expect(IsoWeek(parsing: text) == nil, "\(text)")
    }
    #expect(IsoWeek(parsing: "2026-W48")?.monday.description == "2026-11-23")
    #expect(IsoWeek(parsing: "2026-W53")?.next.description == "2027-W01")
    #expect(IsoWeek(parsing: "2027-W01")?.previous.description == "2026-W53")
  }

  @Test(arguments: [
    ("2026", "2026-01-01", "2026-12-31"), ("2026-H1", "2026-01-01", "2026-06-30"),
    ("2026-h2", "2026-07-01", "2026-12-31"), ("2026-Q1", "2026-01-01", "2026-03-31"),
    ("2026-Q4", "2026-10-01", "2026-12-31"), ("2026-11", "2026-11-01", "2026-11-30"),
    ("2028-02", "2028-02-01", "2028-02-29"), ("2026-W48", "2026-11-23", "2026-11-29"),
    ("2026-11-23", "2026-11-23", "2026-11-23"),
    ("2026-11-01..2026-11-15", "2026-11-01", "2026-11-15"),
  ])
  func periodsCoverTheirDays(text: String, first: String, last: String) throws {
    let period = try #require(Period(parsing: text))
    #expect(period.first.description == first)
    #expect(period.last.description == last)
  }

  @Test func impossiblePeriodsAreRefused() {
    for text in ["2026-H3", "2026-Q5", "2026-Q0", "2026-13", "2026-11-15..2026-11-01", "soon", ""] {
      #expect(Period(parsing: text) == nil, "\(text)")
    }
    #expect(
      Period(parsing: "2026-Q4")?.months.map(\.description) == ["2026-10", "2026-11", "2026-12"])
  }
}
