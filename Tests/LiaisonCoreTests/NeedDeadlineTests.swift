import Foundation
import Testing

@testable import LiaisonCore

/// Due dates by colour, and overdue as of a given day.
@Suite struct NeedDeadlineTests {
  static let raised = Day(year: 2026, month: 11, day: 28)!

  @Test(arguments: [
    (NeedUrgency.red, "2026-11-29"), (.orange, "2026-12-01"), (.yellow, "2026-12-05"),
    (.green, "2026-12-13"),
  ])
  func eachColourHasItsDefaultTimeLimit(urgency: NeedUrgency, due: String) {
    #expect(NeedDeadlines().due(raised: Self.raised, urgency: urgency).description == due)
  }

  @Test func aFolderMaySetItsOwnLimitsAndKeepsTheDefaultsForTheRest() throws {
    let data = Data(#"{"deadlines": {"red": 2, "green": 30}}"#.utf8)
    let deadlines = try NeedDeadlines.decode(data, path: "rules/needs.json")
    #expect(deadlines.limit(.red) == 2)
    #expect(deadlines.limit(.orange) == 3)
    #expect(deadlines.limit(.green) == 30)
    let again = try NeedDeadlines.decode(deadlines.encoded(), path: "rules/needs.json")
    #expect(again == deadlines)
  }

  @Test(arguments: [
    (#"{"deadlines": {"purple": 2}}"#, "deadlines.purple"),
    (#"{"deadlines": {"red": 0}}"#, "deadlines.red"),
    (#"{"deadlines": {"red": "1"}}"#, "deadlines.red"),
    (#"{"deadlines": {"red": 1.5}}"#, "deadlines.red"),
    (#"{"deadlines": {"red": true}}"#, "deadlines.red"),
    (#"{"deadline": {"red": 1}}"#, "deadline"),
    (#"[1, 2]"#, "JSON object"),
  ])
  func aBadLimitsFileIsRefusedNamingTheField(json: String, named: String) {
    do {
      _ = try NeedDeadlines.decode(Data(json.utf8), path: "rules/needs.json")
      Issue.record("accepted \(json)")
    } catch let error as StoreError {
      #expect(error.message.en.contains("rules/needs.json"))
      #expect(error.message.en.contains(named), "\(error.message.en)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func settingALimitOutsideOneDayToAYearIsRefused() {
    var deadlines = NeedDeadlines()
    #expect(throws: RosterError.self) { try deadlines.set(.red, to: 0) }
    #expect(throws: RosterError.self) { try deadlines.set(.red, to: 400) }
    #expect(deadlines == NeedDeadlines())
  }

  @Test func overdueIsCountedOnTheDayAskedFromTheHistory() throws {
    // A red need raised on the 20th is due on the 21st; resolved on the 25th.
    let raised = Day(year: 2026, month: 11, day: 20)!
    var need = Need(
      id: "N00001", household: "H00001", text: "断水", urgency: .red, raised: raised,
      due: NeedDeadlines().due(raised: raised, urgency: .red),
      history: [NeedEvent(date: raised, action: .raised, by: "c", recordedAt: "t")])
    let today = Day(year: 2026, month: 11, day: 30)!
    try need.resolve(
      NeedStamp(date: Day(year: 2026, month: 11, day: 25)!, by: "c", recordedAt: "t", today: today),
      resolution: "修好了")
    func day(_ d: Int) -> Day { Day(year: 2026, month: 11, day: d)! }
    #expect(!need.isOverdue(on: day(21)))
    #expect(need.isOverdue(on: day(22)))
    #expect(need.daysOverdue(on: day(24)) == 3)
    #expect(!need.isOverdue(on: day(25)))
    #expect(!need.isOverdue(on: day(30)))
    #expect(need.status(on: day(19)) == nil)
    #expect(need.status(on: day(24)) == .open)
    #expect(need.status(on: day(25)) == .resolved)
    #expect(need.resolvedDay(on: day(24)) == nil)
    #expect(need.resolvedDay(on: day(26)) == day(25))
  }
}
