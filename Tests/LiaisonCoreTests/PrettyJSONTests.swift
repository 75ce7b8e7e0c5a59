import Foundation
import Testing

@testable import LiaisonCore

/// A record written compact and laid out by `PrettyJSON` is, byte for byte, what
/// `JSONEncoder` pretty prints: for visits with every field and with none, texts that hold
/// JSON's own punctuation and escapes, empty lists, and every roster record.
@Suite struct PrettyJSONTests {
  static let day = Day(year: 2026, month: 11, day: 2)!
  static let visits = [
    Visit(
      id: "V20261102-0001", member: "M0001", household: "H00001", date: day, mode: .phone,
      look: Observations(
        kitchen: "干净", bedroom: "a : b, {c} [d]", toilet: "\"quoted\" \\ back", yard: "",
        fields: "tab\there\nnewline \u{1B} 👩‍👩‍👧"),
      ask: Questions(family: "好", economy: "/slash/", opinions: "{}", needs: "[]"),
      opinions: 3, note: "老人身体好，家中卫生整洁。", photos: ["photos/ab/abc.jpg", "/tmp/x.png"],
      recordedAt: "2026-11-02T09:00:00+08:00", recordedBy: "clerk"),
    Visit(
      id: "V20261102-0002", member: "M0002", household: "H00002", date: day, photos: [],
      recordedAt: "2026-11-02T10:00:00+08:00", recordedBy: ""),
    Visit(
      id: "odd id", member: "M0003", household: "H00003", date: day, look: Observations(),
      ask: Questions(), opinions: 0, recordedAt: "", recordedBy: "王"),
  ]

  static func pretty<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }

  static func same<T: Encodable>(_ value: T) throws -> Bool {
    PrettyJSON.layout(Array(try RecordCodec.line(value))) == (try pretty(value))
  }

  @Test func recordsAreLaidOutAsTheEncoderPrintsThem() throws {
    for visit in Self.visits { #expect(try Self.same(visit), "\(visit.id)") }
    for record in RecordSnapshotTests.villages { #expect(try Self.same(record)) }
    for record in RecordSnapshotTests.grids { #expect(try Self.same(record)) }
    for record in RecordSnapshotTests.members { #expect(try Self.same(record)) }
    for record in RecordSnapshotTests.households { #expect(try Self.same(record)) }
    for record in RecordSnapshotTests.links { #expect(try Self.same(record)) }
    for record in RecordSnapshotTests.needs { #expect(try Self.same(record)) }
  }

  /// The array around them, written element by element (`JSONOutput`), is the whole array
  /// pretty printed; an empty one too.
  @Test func anArrayOfRecordsIsTheEncodersArray() throws {
    func encoded<T: Encodable>(_ records: [T]) throws -> [UInt8] {
      Array(try JSONOutput.encode(records).utf8)
    }
    #expect(try encoded(Self.visits) == (try Self.pretty(Self.visits)) + [0x0A])
    #expect(
      try encoded(RecordSnapshotTests.members) == (try Self.pretty(RecordSnapshotTests.members)) + [
        0x0A
      ])
    #expect(try encoded([Visit]()) == (try Self.pretty([Visit]())) + [0x0A])
    #expect(
      try encoded(RecordSnapshotTests.needs) == (try Self.pretty(RecordSnapshotTests.needs)) + [
        0x0A
      ])
  }
}
