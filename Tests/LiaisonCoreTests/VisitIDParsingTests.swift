import Testing

@testable import LiaisonCore

/// `Visit.parseID` reads liaison's own ids from their bytes and anything else the general
/// way: both must read every id alike, whatever a hand edit put there.
@Suite struct VisitIDParsingTests {
  static let corpus: [String] = [
    // liaison's own ids, and the number widths the form allows
    "V20261103-0007", "V20260101-1", "V20261231-999999", "V20240229-0001", "V19000101-0000",
    // not a real day, or not the form
    "V20260230-0001", "V20261301-0001", "V20261100-0001", "V00000000-0001", "V20261103-1234567",
    "V20261103-", "V2026110-0001", "V202611033-0001", "V20261103_0001", "V20261103--001",
    "v20261103-0007", "W20261103-0007", "V20261103-0007 ", " V20261103-0007", "V20261103-+007",
    "V2026-1103-01", "", "V", "-", "V-", "V20261103", "20261103-0007",
    // what `Day(parsing:)` also reads: full-width digits, other separators
    "V２０２６１１０３-0007", "V2026.1.3-0001", "V2026/1/3-12", "V2026年1月3-1", "V20261103-０００７",
    // CJK, combining marks, emoji, control and escape characters
    "走访-0001", "V20261103-0007号", "V\u{301}20261103-0007", "V20261103\u{301}-0007",
    "V20261103-0007\u{301}", "V20261103-😀", "😀20261103-0007", "V20261103-00\u{0}7",
    "V20261103-\u{1b}[31m", "V2026\n1103-0007", "V20261103-0007\r", "V\u{200b}20261103-0007",
  ]

  @Test(arguments: corpus)
  func theFastReadingAgreesWithTheGeneralOne(_ id: String) {
    let general = Visit.parseWrittenID(id)
    if let fast = Visit.parsePlainID(id) {
      #expect(fast.day == general?.day && fast.sequence == general?.sequence)
    }
    let either = Visit.parseID(id)
    #expect(either?.day == general?.day && either?.sequence == general?.sequence)
  }

  @Test func liaisonsOwnIdsTakeTheFastWay() throws {
    for sequence in [0, 1, 7, 42, 9999, 123_456] {
      let day = try #require(Day(year: 2026, month: 11, day: 3))
      let id = Visit.id(on: day, sequence: sequence)
      let fast = try #require(Visit.parsePlainID(id))
      #expect(fast.day == day && fast.sequence == sequence)
    }
    // A day that is not on the calendar is not an id, either way.
    #expect(Visit.parsePlainID("V20260230-0001") == nil && Visit.parseID("V20260230-0001") == nil)
    // What only the general reading takes is still read.
    #expect(Visit.parseID("V２０２６１１０３-0007")?.sequence == 7)
  }
}
