import Testing

@testable import LiaisonCore

/// One filter for every roster list: each condition narrows, none given lists everything in
/// force, and what is over (a member who left, an ended link) is listed only when asked.
@Suite struct RosterFilterTests {
  static let day = Day(year: 2026, month: 11, day: 23)!
  static let roster = Roster(
    members: [
      Member(id: "M0001", name: "张建国", phone: "13800138000", village: "C001", grid: "G001"),
      Member(id: "M0002", name: "李秀英", phone: "13900139000", village: "C001", grid: "G002"),
      Member(
        id: "M0003", name: "王五", phone: "13700137000", village: "C002", grid: "G003",
        left: Day(year: 2026, month: 10, day: 1)!),
    ],
    households: [
      Household(id: "H00001", head: "王大妈", village: "C001", grid: "G001", tags: ["空巢老人"]),
      Household(id: "H00002", head: "赵大爷", village: "C001", grid: "G002"),
      Household(id: "H00003", head: "孙阿姨", village: "C002", grid: "G003", tags: ["低保户"]),
    ],
    links: [
      Link(
        id: "L00001", member: "M0001", household: "H00001", post: .a,
        from: Day(year: 2026, month: 1, day: 1)!),
      Link(
        id: "L00002", member: "M0003", household: "H00003", post: .a,
        from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 10, day: 1)!),
    ])

  @Test func nothingGivenListsWhatIsInForce() {
    let filter = RosterFilter()
    #expect(filter.members(of: Self.roster).map(\.id) == ["M0001", "M0002"])
    #expect(filter.households(of: Self.roster).count == 3)
    #expect(filter.links(of: Self.roster).map(\.id) == ["L00001"])
  }

  @Test func eachConditionNarrows() {
    var filter = RosterFilter()
    filter.village = "C001"
    filter.grid = "G002"
    #expect(filter.members(of: Self.roster).map(\.id) == ["M0002"])
    #expect(filter.households(of: Self.roster).map(\.id) == ["H00002"])
    var tagged = RosterFilter()
    tagged.tag = "低保"
    #expect(tagged.households(of: Self.roster).map(\.id) == ["H00003"])
    var unlinked = RosterFilter()
    unlinked.unlinkedOn = Self.day
    #expect(unlinked.households(of: Self.roster).map(\.id) == ["H00002", "H00003"])
    var village = RosterFilter()
    village.village = "C002"
    village.includeEnded = true
    #expect(village.links(of: Self.roster).map(\.id) == ["L00002"])
  }

  @Test func whatIsOverIsListedOnlyWhenAsked() {
    var filter = RosterFilter()
    filter.includeEnded = true
    #expect(filter.members(of: Self.roster).map(\.id) == ["M0001", "M0002", "M0003"])
    filter.member = "M0003"
    #expect(filter.links(of: Self.roster).map(\.id) == ["L00002"])
  }
}
