import Testing

@testable import LiaisonCore

@Suite struct CalendarAndPhoneTests {
  @Test(arguments: [
    "2026-11-23", "2026/11/23", "2026.11.23", "2026年11月23日", "20261123", " 2026-11-23 ",
    "2026-11-23",
  ])
  func daysInTheFormsClerksType(_ text: String) {
    #expect(Day(parsing: text) == Day(year: 2026, month: 11, day: 23))
  }

  @Test(arguments: [
    "2026-02-29", "2026-13-01", "2026-11-31", "23/11/2026", "11月23日", "", "2026-11", "abc",
  ])
  func notDays(_ text: String) {
    #expect(Day(parsing: text) == nil)
  }

  @Test func leapDaysAndOrdinalsRoundTrip() {
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2100, month: 2, day: 29) == nil)
    let day = Day(year: 2026, month: 11, day: 23)!
    #expect(Day(ordinal: day.ordinal) == day)
    #expect(day.adding(days: 8) == Day(year: 2026, month: 12, day: 1))
    #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
  }

  @Test func monthsParseAndStep() {
    #expect(YearMonth(parsing: "2026年11月") == YearMonth(year: 2026, month: 11))
    #expect(YearMonth(parsing: "202611")?.next == YearMonth(year: 2026, month: 12))
    #expect(YearMonth(year: 2026, month: 1)!.previous.description == "2025-12")
    #expect(YearMonth(parsing: "2026-13") == nil)
  }

  @Test(arguments: [
    ("13800138000", "13800138000"), ("138 0013 8000", "13800138000"),
    ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "13800138000"), ("8613800138000", "13800138000"),
    ("0570-1234567", "0570-1234567"), ("05701234567", "0570-1234567"),
    ("(010) 8765 4321", "010-87654321"),
    ("021-12345678", "021-12345678"),
  ])
  func phonesAreNormalized(_ typed: String, _ stored: String) {
    #expect(Phone(parsing: typed)?.normalized == stored)
  }

  @Test(arguments: [
    "12345", "1380013800", "138001380001", "23800138000", "12800138000", "0570-123", "phone", "",
    "0570-0123456",
  ])
  func notPhones(_ text: String) {
    #expect(Phone(parsing: text) == nil)
  }

  @Test func masking() {
    #expect(Phone.masked("13800135678") == "138****5678")
    #expect(Phone.masked("0570-1234567") == "0570-***4567")
  }

  @Test func choicesAcceptEnglishChineseAndSynonyms() {
    #expect(VisitMode(userValue: "上门") == .inPerson)
    #expect(VisitMode(userValue: "In_Person") == .inPerson)
    #expect(Post(userValue: "主联") == .a && Post(userValue: "b") == .b)
    #expect(MemberStatus(userValue: "积极分子") == .activist)
    #expect(MemberCategory(userValue: "年老体弱") == .elderly)
    #expect(Duty(userValue: "矛盾调解员") == .disputeMediator)
    #expect(VisitMode(userValue: "飞鸽") == nil)
  }

  @Test func idsCountUpFromTheHighest() {
    #expect(RecordKind.member.nextID(after: []) == "M0001")
    #expect(RecordKind.member.nextID(after: ["M0009", "M0003"]) == "M0010")
    #expect(RecordKind.household.nextID(after: ["H99999"]) == "H100000")
    #expect(RecordCodec.idPrecedes("M9999", "M10000"))
    #expect(Visit.id(on: Day(year: 2026, month: 11, day: 3)!, sequence: 7) == "V20261103-0007")
    #expect(Visit.parseID("V20261103-0007")?.sequence == 7)
  }
}
