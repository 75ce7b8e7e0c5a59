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

  static func same<T: Encodable>(_ value: T) throws -> Bool {
    let pretty = JSONEncoder()
    pretty.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return PrettyJSON.layout(Array(try RecordCodec.line(value))) == Array(try pretty.encode(value))
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

  /// The array around them, written element by element, is the whole array pretty printed.
  @Test func anArrayOfVisitsIsTheEncodersArray() throws {
    var array = PrettyJSONArray()
    var bytes = Data()
    for visit in Self.visits { bytes += try array.element(visit) }
    bytes += try #require(array.close())
    #expect(String(decoding: bytes, as: UTF8.self) + "\n" == (try JSONOutput.encode(Self.visits)))
  }
}
