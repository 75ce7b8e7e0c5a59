/// How big a generated data folder is: the township and county of DESIGN.md.
public struct SampleScale: Sendable, Hashable {
  public var villages: Int
  public var gridsPerVillage: Int
  public var members: Int
  public var households: Int
  /// Visits recorded over the year; the weekly chance of a visit is set to reach it.
  public var visitsPerYear: Int
  /// About one visit in this many raises a need.
  public var visitsPerNeed: Int
  public var year: Int

  public init(
    villages: Int, gridsPerVillage: Int, members: Int, households: Int, visitsPerYear: Int,
    visitsPerNeed: Int = 150, year: Int = 2026
  ) {
    self.villages = villages
    self.gridsPerVillage = gridsPerVillage
    self.members = members
    self.households = households
    self.visitsPerYear = visitsPerYear
    self.visitsPerNeed = visitsPerNeed
    self.year = year
  }

  /// 20 villages, 100 grids, 800 members, 6,000 households, 300,000 visits a year.
  public static let township = SampleScale(
    villages: 20, gridsPerVillage: 5, members: 800, households: 6_000, visitsPerYear: 300_000)

  /// 300 villages, 1,500 grids, 12,000 members, 90,000 households, 3,000,000 visits a year.
  public static let county = SampleScale(
    villages: 300, gridsPerVillage: 5, members: 12_000, households: 90_000,
    visitsPerYear: 3_000_000)

  /// A handful of everything, for tests.
  public static let tiny = SampleScale(
    villages: 2, gridsPerVillage: 2, members: 24, households: 120, visitsPerYear: 3_000,
    visitsPerNeed: 40)

  /// The scale named `township`, `county` or `tiny`.
  public static func named(_ name: String) -> SampleScale? {
    switch name {
    case "township": .township
    case "county": .county
    case "tiny": .tiny
    default: nil
    }
  }

  /// The same roster with another number of visits (benchmarks store 0, 1 M and 3 M).
  public func with(visitsPerYear: Int) -> SampleScale {
    var copy = self
    copy.visitsPerYear = visitsPerYear
    return copy
  }

  /// The last day of the generated year: every record is dated no later.
  public var lastDay: Day { Day(year: year, month: 12, day: 31)! }
  var firstDay: Day { Day(year: year, month: 1, day: 1)! }
}
