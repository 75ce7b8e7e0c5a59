import Foundation
import Testing

@testable import LiaisonCore

/// A roster file of a megabyte or more is read in two halves, one on each core
/// (`RecordCodec.plainRoster`): the records come back as reading it whole gives them, and a
/// line that is not plain in either half, or a last record that reaches past the middle,
/// leaves the file to the whole reading — the plain one, or `JSONDecoder` with its message.
@Suite struct PlainRosterHalvesTests {
  /// Households enough for a file over a megabyte, with Chinese texts, tags and histories.
  static func households(_ count: Int, note: String? = nil) -> [Household] {
    (1...count).map { number in
      Household(
        id: String(format: "H%05d", number), head: "户主\(number)", village: "C00\(number % 7)",
        grid: number % 3 == 0 ? nil : "G0\(number % 40)", phone: "1380000\(number)",
        address: "凤林村\(number % 12)组\(number)号", size: number % 6 + 1,
        tags: number % 5 == 0 ? ["低保户", "留守儿童"] : [],
        note: number == count ? note : nil,
        history: number % 11 == 0
          ? [PastFacts(to: Day(year: 2026, month: 3, day: 1)!, facts: ["grid": .text("G01")])]
          : [])
    }
  }

  static func file(_ households: [Household]) throws -> Data {
    let data = try RecordCodec.rosterFile(households)
    #expect(data.count >= 1 << 20, "the file must be large enough to be read in halves")
    return data
  }

  @Test func aLargeFileReadInHalvesGivesEveryRecordInOrder() throws {
    let households = Self.households(12_000)
    let data = try Self.file(households)
    let read = try #require(RecordCodec.plainRoster(Household.self, from: data))
    #expect(read == households)
    #expect(read == (try JSONDecoder().decode([Household].self, from: data)))
  }

  @Test(arguments: [0.1, 0.5, 0.9])
  func aLineThatIsNotPlainInEitherHalfLeavesTheFileToJSONDecoder(_ at: Double) throws {
    var lines = try Self.file(Self.households(12_000)).split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    // A space after the colon is valid JSON but not the plain layout.
    let index = Int(Double(lines.count) * at)
    lines[index] =
      Data(
        String(decoding: lines[index], as: UTF8.self)
          .replacingOccurrences(of: "\"head\":", with: "\"head\": ").utf8)[...]
    let data = Data(lines.joined(separator: [UInt8(ascii: "\n")]))
    #expect(RecordCodec.plainRoster(Household.self, from: data) == nil)
    let decoded = try RecordCodec.decodePlainRoster(Household.self, from: data, path: "h.json")
    #expect(decoded == (try JSONDecoder().decode([Household].self, from: data)))
    #expect(decoded.count == 12_000)
  }

  @Test func aLastRecordReachingPastTheMiddleIsReadWhole() throws {
    // One household's note is most of the file: the middle falls in the last line.
    let households = Self.households(50, note: String(repeating: "情况记录", count: 120_000))
    let data = try Self.file(households)
    #expect(RecordCodec.plainRoster(Household.self, from: data) == households)
  }

  @Test func aBrokenFileIsRefusedAsReadingItWholeRefusesIt() throws {
    var data = try Self.file(Self.households(12_000))
    data.removeLast(40)
    #expect(RecordCodec.plainRoster(Household.self, from: data) == nil)
    #expect(throws: StoreError.self) {
      try RecordCodec.decodePlainRoster(Household.self, from: data, path: "households.json")
    }
  }
}
