import Foundation
import Testing

@testable import LiaisonCore

/// Records with every field filled go through the fast writer and reader unchanged. A
/// field the fast path forgets is data lost on the next save: this is how `added` (the day a
/// member or household entered the roster) was caught being dropped.
@Suite struct PlainRecordRoundTripTests {
  static let day = Day(year: 2026, month: 11, day: 2)!

  static func roundTrip<T: PlainRecord & PlainEncodable & Equatable>(_ record: T) throws {
    #expect(try PlainJSONWriterTests.same(record), "\(T.self) written differently from JSONEncoder")
    let line = try RecordCodec.encoder().encode(record)
    let fast = line.withUnsafeBytes { T.plain($0) }
    #expect(fast == record, "\(T.self) not read back whole by the fast path")
  }

  @Test func everyFieldOfEveryRosterRecordSurvivesTheFastPath() throws {
    try Self.roundTrip(Village(id: "C001", name: "凤林村", code: "330881118201"))
    try Self.roundTrip(Village(id: "C002", name: "清湖村", since: Self.day))
    try Self.roundTrip(
      Grid(
        id: "G002", village: "C001", name: "第二网格", code: "G-2", parent: "G001", leader: "M0001",
        staff: ["M0002", "M0003"], since: Self.day,
        history: [PastFacts(to: Self.day.adding(days: 9), facts: ["leader": .text("")])]))
    try Self.roundTrip(
      Member(
        id: "M0001", name: "张建国", phone: "13800138000", village: "C001", grid: "G001",
        gender: .male, born: "1970-05", joined: Self.day, status: .probationary,
        category: .elderly, duties: [.disputeMediator], branch: "一支部", proxyName: "张小红",
        proxyPhone: "13900139000", left: Self.day.adding(days: 30), since: Self.day,
        history: [
          PastFacts(
            to: Self.day.adding(days: 3),
            facts: ["grid": .text("G002"), "duties": .texts([]), "status": .text("probationary")]),
          PastFacts(to: Self.day.adding(days: 7), facts: ["category": .text("")]),
        ]))
    try Self.roundTrip(
      Household(
        id: "H00001", head: "王大妈", village: "C001", grid: "G001", phone: "0570-1234567",
        courtyard: "东院", address: "凤林村1号", size: 3, tags: ["空巢老人"], note: "独居",
        since: Self.day,
        history: [PastFacts(to: Self.day.adding(days: 2), facts: ["tags": .texts(["低保户"])])]))
    try Self.roundTrip(
      Link(
        id: "L00001", member: "M0001", household: "H00001", post: .b, type: .kinship,
        from: Self.day,
        to: Self.day.adding(days: 5)))
    try Self.roundTrip(
      Visit(
        id: "V20261102-0001", member: "M0001", household: "H00001", date: Self.day, mode: .proxy,
        look: Observations(kitchen: "干净", bedroom: "整洁", toilet: "改厕", yard: "有柴堆", fields: "种茶"),
        ask: Questions(family: "独居", economy: "低保", opinions: "修路", needs: "路灯"), opinions: 2,
        note: "身体好", photos: ["/照片/1.jpg"], recordedAt: "2026-11-02T09:00:00+08:00",
        recordedBy: "clerk"))
  }
}
