import LiaisonCore
import Testing

/// Activities in the seeds' own words (issue #17 point 4): 002's five 带头 and 000's volunteer
/// services and branch life, with the older labels still accepted.
@Suite struct ActivityKindTests {
  @Test(arguments: [
    ("宣政策", ActivityKind.policy), ("兴产业", .industry), ("护环境", .environment),
    ("办实事", .practicalHelp), ("促治理", .governance), ("平安巡查", .patrol),
    ("河道保洁", .riverCleaning), ("协调纠纷", .mediation), ("主题党日", .themedPartyDay),
    ("组织生活", .organisationalLife), ("三会一课", .organisationalLife),
    ("政策宣传", .policy), ("护河", .riverCleaning), ("themed-party-day", .themedPartyDay),
  ])
  func aSeedWordNamesItsKind(word: String, kind: ActivityKind) {
    #expect(ActivityKind(userValue: word) == kind)
  }

  @Test func theFiveLeadingKindsEachCountForAStarAndTheRestForNone() {
    #expect(
      ActivityKind.allCases.filter { $0.star != nil }.map(\.chineseLabel)
        == ["宣政策", "兴产业", "护环境", "办实事", "促治理"])
  }

  @Test func noTwoKindsShareAName() {
    let names = ActivityKind.allCases.flatMap { [$0.rawValue, $0.chineseLabel] + $0.synonyms }
    #expect(Set(names).count == names.count)
  }
}
