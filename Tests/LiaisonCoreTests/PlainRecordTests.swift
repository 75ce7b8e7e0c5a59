import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// The fast way in (`PlainJSONObject` and `PlainRecord`) and `JSONDecoder` agree: on every
/// line of generated logs and roster files, and on damaged lines — where the fast way either
/// gives the value `JSONDecoder` gives or declines, leaving the line to it.
@Suite struct PlainRecordTests {
  /// A small generated folder, shared by the tests of this suite.
  static let folder: String = {
    let path = SharedTestFolder.path("liaison-plain")
    try! SampleFolder.generate(.tiny, seed: 7, at: path)
    return path
  }()

  static func lines(_ relative: String) throws -> [Data] {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative))
    return data.split(separator: UInt8(ascii: "\n")).map { Data($0) }
  }

  static var logs: [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder + "/visits"))?
      .filter { $0.hasSuffix(".jsonl") }.sorted().map { "visits/" + $0 } ?? []
  }

  /// The fast result must be JSONDecoder's; declining is always allowed.
  static func agree<T: PlainRecord & Equatable>(_ type: T.Type, _ line: Data) -> Bool {
    guard let fast = line.withUnsafeBytes({ T.plain($0) }) else { return true }
    return (try? JSONDecoder().decode(T.self, from: line)) == fast
  }

  @Test func everyGeneratedVisitLineDecodesTheSameBothWays() throws {
    var count = 0
    for log in Self.logs {
      for line in try Self.lines(log) {
        let fast = try #require(line.withUnsafeBytes { Visit.plain($0) }, "\(log): declined")
        #expect(fast == (try JSONDecoder().decode(Visit.self, from: line)))
        count += 1
      }
    }
    #expect(count > 1_000)
  }

  @Test func everyGeneratedRosterFileDecodesTheSameBothWays() throws {
    func check<T: PlainRecord & Equatable>(_ type: T.Type, _ name: String) throws {
      let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
      let fast = try #require(RecordCodec.plainRoster(T.self, from: data), "\(name) declined")
      #expect(fast == (try JSONDecoder().decode([T].self, from: data)))
      #expect(!fast.isEmpty)
    }
    try check(Village.self, "villages.json")
    try check(Grid.self, "grids.json")
    try check(Member.self, "members.json")
    try check(Household.self, "households.json")
    try check(Link.self, "links.json")
    try check(Need.self, "needs.json")
  }

  @Test(arguments: [
    #"{"date":"2026-11-23","household":"H00001","id":"V1","member":"M1","mode":"phone","recordedAt":"x","recordedBy":"y"}"#,
    #"{"date":"2026-11-23","household":"H00001","id":"V1","member":"M1","mode":"phone","opinions":2,"photos":["a/b.jpg"],"recordedAt":"x","recordedBy":"y","look":{},"ask":{"needs":"路灯"}}"#,
  ])
  func damagedVisitLinesAreDecodedTheSameOrDeclined(_ good: String) throws {
    let line = Data(good.utf8)
    #expect(line.withUnsafeBytes { Visit.plain($0) } != nil)
    let replacements: [[UInt8]] = [
      [], Array(" ".utf8), Array("\\".utf8), Array("\\u0041".utf8), Array("\"".utf8),
      Array(",".utf8), Array("null".utf8), Array("1.0".utf8), Array("01".utf8), Array("-0".utf8),
      Array("1e2".utf8), Array("99999999999999999999".utf8), [0xFF], [0xC0, 0x80],
      [0xED, 0xA0, 0x80],
      [0xE4, 0xB8], [0x01], Array("\"id\":\"V2\",".utf8), Array("\"extra\":1,".utf8),
      Array("{".utf8),
      Array("}".utf8), Array("[".utf8),
    ]
    var declined = 0
    for position in 0...line.count {
      for replacement in replacements {
        for removed in [0, 1] where position + removed <= line.count {
          var mutated = line
          mutated.replaceSubrange(position..<position + removed, with: replacement)
          #expect(Self.agree(Visit.self, mutated), "\(String(decoding: mutated, as: UTF8.self))")
          if mutated.withUnsafeBytes({ Visit.plain($0) }) == nil { declined += 1 }
        }
      }
    }
    #expect(declined > 0)
  }

  @Test func damagedNeedLinesAreDecodedTheSameOrDeclined() throws {
    for line in try Self.lines("needs.json").dropFirst().prefix(4) {
      let record = line.last == UInt8(ascii: ",") ? line.dropLast() : line
      #expect(record.withUnsafeBytes { Need.plain($0) } != nil)
      for position in 0...record.count {
        for replacement in [[], Array("\\".utf8), Array("null".utf8), [0xFF], Array("[".utf8)] {
          var mutated = Data(record)
          mutated.replaceSubrange(position..<min(position + 1, mutated.count), with: replacement)
          #expect(Self.agree(Need.self, mutated))
        }
      }
    }
  }

  @Test func damagedRosterLinesAreDecodedTheSameOrDeclined() throws {
    for line in try Self.lines("members.json").dropFirst().prefix(5)
      + Self.lines("households.json")
      .dropFirst().prefix(5)
    {
      let record = line.last == UInt8(ascii: ",") ? line.dropLast() : line
      for position in stride(from: 0, through: record.count, by: 3) {
        for replacement in [[], Array("\\n".utf8), Array("null".utf8), [0xFF], Array("7".utf8)] {
          var mutated = Data(record)
          mutated.replaceSubrange(position..<min(position + 1, mutated.count), with: replacement)
          #expect(Self.agree(Member.self, mutated))
          #expect(Self.agree(Household.self, mutated))
        }
      }
    }
  }

  @Test func theSameSeedGivesTheSameBytes() throws {
    let again = SharedTestFolder.path("liaison-plain")
    try SampleFolder.generate(.tiny, seed: 7, at: again)
    for name in ["liaison.json", "members.json", "households.json", "links.json", "needs.json"]
      + Self.logs
    {
      let first = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
      let second = try Data(contentsOf: URL(fileURLWithPath: again + "/" + name))
      #expect(first == second, "\(name) differs")
    }
  }

  @Test func aGeneratedFolderPassesCheck() throws {
    let store = LiaisonStore(folder: DataFolder(path: Self.folder))
    #expect(try FolderCheck.run(store).isEmpty)
    let needs = try JSONDecoder().decode(
      [Need].self, from: Data(contentsOf: URL(fileURLWithPath: Self.folder + "/needs.json")))
    #expect(Set(needs.map(\.status)).count >= 3)
  }
}

/// The plain writer gives `JSONEncoder`'s bytes for every generated record, and for records
/// whose text needs escaping (which it leaves to `JSONEncoder`).
@Suite struct PlainJSONWriterTests {
  static func same<T: PlainEncodable>(_ record: T) throws -> Bool {
    var writer = PlainJSONWriter()
    let encoder = RecordCodec.encoder()
    return try record.plainLine(&writer, encoder: encoder) == Array(encoder.encode(record))
  }

  @Test func everyGeneratedRecordIsWrittenAsJSONEncoderWritesIt() throws {
    let folder = PlainRecordTests.folder
    func records<T: Decodable>(_ type: T.Type, _ name: String) throws -> [T] {
      try JSONDecoder().decode(
        [T].self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
    }
    for record in try records(Village.self, "villages.json") { #expect(try Self.same(record)) }
    for record in try records(Grid.self, "grids.json") { #expect(try Self.same(record)) }
    for record in try records(Member.self, "members.json") { #expect(try Self.same(record)) }
    for record in try records(Household.self, "households.json") { #expect(try Self.same(record)) }
    for record in try records(Link.self, "links.json") { #expect(try Self.same(record)) }
    for log in PlainRecordTests.logs {
      for line in try PlainRecordTests.lines(log) {
        #expect(try Self.same(JSONDecoder().decode(Visit.self, from: line)))
      }
    }
  }

  @Test(arguments: [
    "plain", "路灯/水渠", "引号\"", "反斜杠\\", "换行\n", "tab\t", "\u{7F}", "\u{2028}", "\u{2029}",
    "é", "e\u{301}", "😀", "", "\u{0}", "a\u{1F}b",
  ])
  func textThatNeedsEscapingComesOutAsJSONEncoderWritesIt(_ text: String) throws {
    let visit = Visit(
      id: "V20261123-0001", member: "M0001", household: "H00001",
      date: Day(year: 2026, month: 11, day: 23)!, mode: .proxy,
      look: Observations(kitchen: text, fields: text), ask: Questions(needs: text),
      opinions: -3, note: text, photos: [text, "x"], recordedAt: text, recordedBy: text)
    #expect(try Self.same(visit))
    let member = Member(
      id: "M0001", name: text, phone: "13800138000", village: "C001", grid: text,
      duties: [.disputeMediator], proxyName: text)
    #expect(try Self.same(member))
    #expect(try Self.same(Household(id: "H1", head: text, village: "C1", size: 0, tags: [text])))
    #expect(try Self.same(Grid(id: "G1", village: "C1", name: text, staff: [])))
    #expect(try Self.same(Village(id: "C1", name: text, code: text)))
    #expect(
      try Self.same(
        Link(id: "L1", member: text, household: "H1", post: .b, type: .kinship, from: visit.date)))
  }
}

@Suite struct DayDescriptionTests {
  @Test(arguments: [(1000, 1, 1), (2026, 11, 23), (9999, 12, 31), (2024, 2, 29)])
  func daysPrintAsStringFormatPrintsThem(_ parts: (Int, Int, Int)) throws {
    let day = try #require(Day(year: parts.0, month: parts.1, day: parts.2))
    #expect(day.description == String(format: "%04d-%02d-%02d", parts.0, parts.1, parts.2))
  }

  @Test func daysOutsideFourDigitYearsStillPrint() {
    for ordinal in [-800_000, -719_468, 3_000_000] {
      let day = Day(ordinal: ordinal)
      #expect(day.description == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
    }
  }
}

/// A field added to a record must be taught to `PlainEncodable` and `PlainRecord` too:
/// otherwise the plain writer would leave it out of the files it rewrites. These fail, naming
/// the type, when a record's stored properties and the keys written for it part ways.
@Suite struct PlainRecordFieldTests {
  static func keysWritten<T: PlainEncodable>(_ record: T) throws -> Set<String> {
    var writer = PlainJSONWriter()
    let line = try record.plainLine(&writer, encoder: RecordCodec.encoder())
    let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
    return Set(object?.keys.map { $0 } ?? [])
  }

  static func properties(_ record: Any) -> Set<String> {
    Set(Mirror(reflecting: record).children.compactMap(\.label))
  }

  static let day = Day(year: 2026, month: 11, day: 23)!

  @Test func everyFieldOfEveryPlainRecordIsWritten() throws {
    let records: [any PlainEncodable] = [
      Village(id: "C001", name: "凤林村", code: "1", since: Self.day),
      Grid(
        id: "G001", village: "C001", name: "一", code: "1", parent: "G002", leader: "M1",
        staff: ["M2"], since: Self.day,
        history: [PastFacts(to: Self.day, facts: ["staff": .texts([])])]),
      Member(
        id: "M1", name: "张", phone: "13800138000", village: "C001", grid: "G001", gender: .male,
        born: "1960-01", joined: Self.day, status: .full, category: .farmer,
        duties: [.disputeMediator],
        branch: "一支部", proxyName: "李", proxyPhone: "13900139000", left: Self.day,
        since: Self.day,
        history: [PastFacts(to: Self.day, facts: ["grid": .text("G002"), "duties": .texts([])])]),
      Household(
        id: "H1", head: "王", village: "C001", grid: "G001", phone: "1", courtyard: "东院",
        address: "1号", size: 2, tags: ["低保户"], note: "n", since: Self.day,
        history: [PastFacts(to: Self.day, facts: ["courtyard": .text("西院")])]),
      Link(
        id: "L1", member: "M1", household: "H1", post: .a, type: .area, from: Self.day, to: Self.day
      ),
      Visit(
        id: "V1", member: "M1", household: "H1", date: Self.day, mode: .phone,
        look: Observations(kitchen: "a"), ask: Questions(needs: "b"), opinions: 1, note: "n",
        photos: ["p"], recordedAt: "t", recordedBy: "c"),
    ]
    for record in records {
      #expect(
        try Self.keysWritten(record) == Self.properties(record),
        "\(type(of: record)) has fields the plain writer does not write (PlainEncodable.swift)")
    }
    let look = Observations(kitchen: "a", bedroom: "b", toilet: "c", yard: "d", fields: "e")
    let ask = Questions(family: "a", economy: "b", opinions: "c", needs: "d")
    let visit = Visit(
      id: "V1", member: "M1", household: "H1", date: Self.day, look: look, ask: ask,
      recordedAt: "t", recordedBy: "c")
    var writer = PlainJSONWriter()
    let line = try visit.plainLine(&writer, encoder: RecordCodec.encoder())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
    #expect(Set((object["look"] as? [String: Any])?.keys.map { $0 } ?? []) == Self.properties(look))
    #expect(Set((object["ask"] as? [String: Any])?.keys.map { $0 } ?? []) == Self.properties(ask))
  }
}
