import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// The roster snapshot (`RecordSnapshotFile`) gives back every record exactly as its file
/// does, refuses any damage to its bytes, and is never what a command that changes records
/// writes back.
@Suite struct RecordSnapshotTests {
  static let day = Day(year: 2026, month: 3, day: 9)!
  static let history = [
    PastFacts(to: day, facts: ["grid": .text("G01"), "tags": .texts(["低保户", "", "🏠"])]),
    PastFacts(to: Day(year: 2026, month: 7, day: 1)!, facts: ["village": .text("")]),
  ]

  /// Records with every field given, in texts of every kind, and with every optional left out.
  static let villages = [
    Village(id: "C001", name: "凤林村", code: "330881118201", since: day),
    Village(id: "C\u{1B}2", name: ""),
  ]
  static let grids = [
    Grid(
      id: "G001", village: "C001", name: "第一网格", code: "01", parent: "G000", leader: "M0001",
      staff: ["M0002", "M0003"], since: day, history: history),
    Grid(id: "G002", village: "C001", name: "e\u{301} 👩‍👩‍👧"),
  ]
  static let members = [
    Member(
      id: "M0001", name: "张建国", phone: "13800138000", village: "C001", grid: "G001",
      gender: .female, born: "1970-05", joined: day, status: .probationary,
      category: .elderly, duties: [.disputeMediator, Duty(rawValue: "护林员")!],
      branch: "第一支部", proxyName: "张小明", proxyPhone: "13900139000",
      left: Day(year: 2026, month: 12, day: 1), since: day, history: history),
    Member(id: "M0002", name: "李", phone: "", village: "C001"),
  ]
  static let households = [
    Household(
      id: "H00001", head: "王大妈", village: "C001", grid: "G001", phone: "0571-1234",
      courtyard: "三组", address: "凤林村3组12号", size: 4, tags: ["空巢老人", "low-income"],
      note: "tab\there, quote \" and \\", since: day, history: history),
    Household(id: "H00002", head: "赵", village: "C001", size: 0),
  ]
  static let links = [
    Link(
      id: "L00001", member: "M0001", household: "H00001", post: .b, type: .kinship, from: day,
      to: Day(year: 2026, month: 11, day: 30)),
    Link(id: "L00002", member: "M0002", household: "H00002", post: .a, from: day),
  ]
  static let needs: [Need] = {
    var need = Need(
      id: "N00001", household: "H00001", text: "修路 🚧", scale: .large, urgency: .red,
      support: .committee, category: "道路", raisedBy: "M0001", visit: "V-20260309-0001", raised: day,
      due: Day(year: 2026, month: 3, day: 16)!, handler: "镇政府", status: .closed,
      history: [
        NeedEvent(date: day, action: .raised, by: "clerk", recordedAt: "2026-03-09T08:00:00+08:00"),
        NeedEvent(
          date: day, action: .closed, by: "王", note: "已修好", satisfaction: .satisfied,
          recordedAt: "2026-03-10T09:00:00+08:00"),
      ])
    need.resolution = "路修好了"
    need.resolved = day
    need.satisfaction = .satisfied
    need.closed = day
    return [need, Need(id: "N00002", household: "H00002", text: "", raised: day, due: day)]
  }()

  static func roundTrip<R: SnapshotRecord & Equatable>(_ records: [R]) throws -> [R] {
    let source = LogSource(device: 1, inode: 2, size: 3, modified: 4, modifiedNanoseconds: 5)
    let bytes = RecordSnapshotFile.encode(records, source: source, checksum: 6)
    let (stored, checksum, back) = try bytes.withUnsafeBytes {
      try RecordSnapshotFile.decode(R.self, $0)
    }
    #expect(stored == source && checksum == 6)
    return back
  }

  @Test func everyRecordComesBackEqual() throws {
    #expect(try Self.roundTrip(Self.villages) == Self.villages)
    #expect(try Self.roundTrip(Self.grids) == Self.grids)
    #expect(try Self.roundTrip(Self.members) == Self.members)
    #expect(try Self.roundTrip(Self.households) == Self.households)
    #expect(try Self.roundTrip(Self.links) == Self.links)
    #expect(try Self.roundTrip(Self.needs) == Self.needs)
    #expect(try Self.roundTrip([Household]()) == [])
  }

  /// A property added to a record and not written to the snapshot would vanish from every
  /// report that reads it: each type's count of stored properties is held to what is written.
  @Test func everyStoredPropertyIsWritten() {
    func stored(_ value: Any) -> Int { Mirror(reflecting: value).children.count }
    #expect(stored(Self.villages[0]) == Village.fields)
    #expect(stored(Self.grids[0]) == Grid.fields)
    #expect(stored(Self.members[0]) == Member.fields)
    #expect(stored(Self.households[0]) == Household.fields)
    #expect(stored(Self.links[0]) == Link.fields)
    #expect(stored(Self.needs[0]) == Need.fields)
    #expect(stored(Self.needs[0].history[0]) == 6, "NeedEvent: write it in Need+Snapshot")
    #expect(stored(Self.history[0]) == 2, "PastFacts: write it in SnapshotRecord")
  }

  /// Cut anywhere, a byte flipped anywhere, another layout or another kind of record: never
  /// read, never a crash.
  @Test func damageIsRefused() throws {
    let source = LogSource(device: 1, inode: 2, size: 3, modified: 4, modifiedNanoseconds: 5)
    let bytes = RecordSnapshotFile.encode(Self.households, source: source, checksum: 6)
    func refused(_ bytes: [UInt8]) -> Bool {
      (try? bytes.withUnsafeBytes { try RecordSnapshotFile.decode(Household.self, $0) }) == nil
    }
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(refused(Array(bytes.prefix(length))), "cut to \(length) bytes")
    }
    for at in stride(from: 0, to: bytes.count, by: 5) {
      var flipped = bytes
      flipped[at] ^= 0x20
      #expect(refused(flipped), "byte \(at) flipped")
    }
    #expect(refused(bytes + [0]))
    // Another layout, and links read as households: sealed, yet refused.
    var other = IndexBytesWriter()
    other.raw(RecordSnapshotFile.magic)
    other.word(RecordSnapshotFile.layout + 1)
    #expect(refused(other.sealed()))
    #expect(refused(RecordSnapshotFile.encode(Self.links, source: source, checksum: 6)))
  }

  /// A sealed snapshot that says something its file does not, with the file's own identity:
  /// a reading command believes it (as it would the file), but a command that changes the
  /// roster reads the file itself, writes what the file said, and takes the snapshot away.
  @Test func aForgedSnapshotIsNeverWrittenBack() throws {
    let sandbox = try Sandbox(language: "en")
    try sandbox.township()
    _ = try sandbox.ok("household", "list")
    let path = sandbox.data + "/.index/households.bin"
    let stored = try Data(contentsOf: URL(fileURLWithPath: path))
    var (source, checksum, households) = try stored.withUnsafeBytes {
      try RecordSnapshotFile.decode(Household.self, $0)
    }
    #expect(households.map(\.head) == ["王大妈", "赵大爷", "孙阿姨"])
    households[0].head = "伪造"
    source = try #require(LogSource(sandbox.data + "/households.json"))
    try Data(RecordSnapshotFile.encode(households, source: source, checksum: checksum))
      .write(to: URL(fileURLWithPath: path))
    #expect(try sandbox.ok("household", "list").contains("伪造"), "the forgery is not read")
    _ = try sandbox.ok("household", "add", "--head", "钱大伯", "--village", "凤林村")
    let file = sandbox.file("households.json")
    #expect(file.contains("王大妈") && file.contains("钱大伯") && !file.contains("伪造"))
    #expect(!FileManager.default.fileExists(atPath: path), "the old snapshot outlived its file")
    let list = try sandbox.ok("household", "list")
    #expect(list.contains("王大妈") && list.contains("钱大伯") && !list.contains("伪造"))
  }
}
