import Foundation
import Testing

@testable import LiaisonCore

/// A need's moves, from raised to closed, and every move refused where it stands.
@Suite struct NeedLifecycleTests {
  static let raised = Day(year: 2026, month: 11, day: 20)!
  static let today = Day(year: 2026, month: 11, day: 30)!

  static func need(urgency: NeedUrgency = .yellow, scale: NeedScale = .small) -> Need {
    Need(
      id: "N00001", household: "H00001", text: "路灯坏了", scale: scale, urgency: urgency,
      raised: raised, due: NeedDeadlines().due(raised: raised, urgency: urgency),
      handler: "M0001",
      history: [NeedEvent(date: raised, action: .raised, by: "clerk", recordedAt: "t0")])
  }

  static func on(_ day: Int, by: String = "clerk") -> NeedStamp {
    NeedStamp(
      date: Day(year: 2026, month: 11, day: day)!, by: by, recordedAt: "t\(day)", today: today)
  }

  @Test func aNeedGoesFromOpenToClosedWithEveryStepInItsHistory() throws {
    var need = Self.need()
    try need.start(Self.on(21), note: "联系了电工")
    #expect(need.status == .inProgress)
    try need.resolve(Self.on(23), resolution: "已更换灯泡")
    #expect(need.status == .resolved)
    #expect(need.resolved == Day(year: 2026, month: 11, day: 23))
    try need.close(Self.on(24, by: "王会计"), satisfaction: .basicallySatisfied)
    #expect(need.status == .closed)
    #expect(need.satisfaction == .basicallySatisfied)
    #expect(need.closed == Day(year: 2026, month: 11, day: 24))
    #expect(need.history.map(\.action) == [.raised, .started, .resolved, .closed])
    #expect(need.history.map(\.date.day) == [20, 21, 23, 24])
    #expect(need.history[1].note == "联系了电工")
    #expect(need.history[2].note == "已更换灯泡")
    #expect(need.history[3].by == "王会计")
  }

  @Test func closingWithAResolutionResolvesAndClosesAtOnce() throws {
    var need = Self.need()
    try need.close(Self.on(22), satisfaction: .satisfied, resolution: "代办了医保")
    #expect(need.status == .closed)
    #expect(need.resolution == "代办了医保")
    #expect(need.history.map(\.action) == [.raised, .resolved, .closed])
  }

  @Test func reopeningClearsTheResolutionButKeepsTheHistory() throws {
    var need = Self.need()
    try need.close(Self.on(22), satisfaction: .dissatisfied, resolution: "答复了")
    try need.reopen(Self.on(25), reason: "农户说灯又不亮了")
    #expect(need.status == .open)
    #expect(need.resolution == nil && need.resolved == nil && need.satisfaction == nil)
    #expect(need.closed == nil)
    #expect(need.history.map(\.action) == [.raised, .resolved, .closed, .reopened])
    try need.resolve(Self.on(27), resolution: "换了线路")
    #expect(need.resolved == Day(year: 2026, month: 11, day: 27))
  }

  /// Each move tried from a status it does not start from: refused, the need untouched.
  @Test(arguments: [
    ("start", NeedStatus.inProgress), ("start", .resolved), ("start", .closed),
    ("start", .cancelled),
    ("resolve", .resolved), ("resolve", .closed), ("resolve", .cancelled),
    ("close", .open), ("close", .inProgress), ("close", .closed), ("close", .cancelled),
    ("reopen", .open), ("reopen", .inProgress), ("reopen", .cancelled),
    ("cancel", .resolved), ("cancel", .closed), ("cancel", .cancelled),
    ("escalate", .resolved), ("escalate", .closed), ("escalate", .cancelled),
  ])
  func illegalMovesAreRefusedAndChangeNothing(move: String, from status: NeedStatus) throws {
    var need = try Self.need(in: status)
    let before = need
    #expect(throws: RosterError.self) {
      switch move {
      case "start": try need.start(Self.on(28))
      case "resolve": try need.resolve(Self.on(28), resolution: "做了")
      case "close": try need.close(Self.on(28), satisfaction: .satisfied)
      case "reopen": try need.reopen(Self.on(28), reason: "再办")
      case "cancel": try need.cancel(Self.on(28), reason: "不要了")
      default: try need.escalate(to: .large, Self.on(28), reason: "太难")
      }
    }
    #expect(need == before)
  }

  @Test func theRefusalSaysWhereTheNeedStandsAndWhatToDo() throws {
    var need = Self.need()
    do {
      try need.close(Self.on(22), satisfaction: .satisfied)
      Issue.record("closing an open need without a resolution was accepted")
    } catch let error as RosterError {
      #expect(error.message.en.contains("only a resolved need can be closed"))
      #expect(error.message.en.contains("--resolution"))
      #expect(error.message.zh.contains("不办结不销号"))
      #expect(error.exitStatus == .dataError)
    }
  }

  @Test func datesBeforeTheNeedOrItsLastChangeOrInTheFutureAreRefused() throws {
    var need = Self.need()
    #expect(throws: RosterError.self) { try need.start(Self.on(19)) }
    try need.start(Self.on(24))
    #expect(throws: RosterError.self) { try need.resolve(Self.on(23), resolution: "x") }
    let future = NeedStamp(
      date: Day(year: 2026, month: 12, day: 1)!, by: "clerk", recordedAt: "t", today: Self.today)
    #expect(throws: RosterError.self) { try need.resolve(future, resolution: "x") }
    #expect(need.status == .inProgress)
    #expect(need.history.count == 2)
  }

  @Test func emptyReasonsAndResolutionsAreRefused() throws {
    var need = Self.need()
    #expect(throws: RosterError.self) { try need.cancel(Self.on(21), reason: "  ") }
    #expect(throws: RosterError.self) { try need.resolve(Self.on(21), resolution: "") }
    #expect(throws: RosterError.self) { try need.escalate(to: .medium, Self.on(21), reason: "") }
    #expect(need == Self.need())
  }

  @Test func escalationGoesUpOnlyAndChangesTheHandler() throws {
    var need = Self.need()
    try need.escalate(to: .medium, Self.on(21), reason: "涉及村道", handler: "王村主任")
    #expect(need.scale == .medium)
    #expect(need.handler == "王村主任")
    #expect(need.due == Self.need().due)
    #expect(throws: RosterError.self) { try need.escalate(to: .medium, Self.on(22), reason: "x") }
    #expect(throws: RosterError.self) { try need.escalate(to: .small, Self.on(22), reason: "x") }
    try need.escalate(to: .large, Self.on(22), reason: "需要乡镇协调")
    #expect(need.scale == .large)
    #expect(need.handler == nil)
    #expect(need.history.map(\.action) == [.raised, .escalated, .escalated])
    #expect(need.history[1].note?.contains("小事 → 中事") == true)
  }

  @Test func cancellingKeepsTheNeedOnFileWithItsReason() throws {
    var need = Self.need()
    try need.cancel(Self.on(21), reason: "重复登记")
    #expect(need.status == .cancelled)
    #expect(need.history.last?.note == "重复登记")
  }

  /// A need brought to `status` by legal moves.
  static func need(in status: NeedStatus) throws -> Need {
    var need = need()
    switch status {
    case .open: break
    case .inProgress: try need.start(on(21))
    case .resolved: try need.resolve(on(21), resolution: "做了")
    case .closed: try need.close(on(21), satisfaction: .satisfied, resolution: "做了")
    case .cancelled: try need.cancel(on(21), reason: "不要了")
    }
    return need
  }
}
