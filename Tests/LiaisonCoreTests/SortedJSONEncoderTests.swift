import Foundation
import Testing

@testable import LiaisonCore

/// `SortedJSONEncoder`, laid out by `PrettyJSON`, gives byte for byte what `JSONEncoder`
/// pretty prints with sorted keys — for texts with every escape, numbers of every kind,
/// keys out of order and in Chinese, empty lists and objects, nils, and the reports liaison
/// prints — and declines, rather than guesses, what it does not write as the encoder would.
@Suite struct SortedJSONEncoderTests {
  static func encoder(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }

  /// The bytes both ways; nil from ours when it declined.
  static func both(_ value: some Encodable) throws -> (ours: [UInt8]?, encoder: [UInt8]) {
    let ours = (try? SortedJSONEncoder.encode(value)).map(PrettyJSON.layout)
    return (ours, try encoder(value))
  }

  static let texts: [String] =
    [
      "", "plain", "凤林村", "a : b, {c} [d]", "\"quoted\" \\ back", "/slash/ http://x/y",
      "e\u{301} é", "👩‍👩‍👧 🇨🇳", "\r\n", "\u{7F} del", "\u{2028}\u{2029}", "\u{FEFF}bom",
      "한국어 カタカナ", "tab\tnew\nline", String(repeating: "长", count: 300),
    ] + (0..<0x20).map { "<\(Character(Unicode.Scalar($0)!))>" }

  static let doubles: [Double] = [
    0, -0.0, 1, -1, 1.5, 0.1, 0.2 + 0.1, 1e-05, 1e-7, 1e16, 1e20, 123_456_789_012_345_680, .pi,
    -2.5, 2.0 / 3.0, 100, 0.875, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    .ulpOfOne,
  ]

  struct Mixed: Encodable {
    var zebra = 1
    var apple: String? = "a"
    var missing: String? = nil
    var nothing: Int? = nil
    var middle = [Int]()
    var empty = [String: Int]()
    var nested = [[String]]([[], ["x"], []])
    var flag = true
    var small: Int8 = -128
    var large: UInt64 = .max
    var float: Float = 0.1
    var ratio: Double? = 0.5
    var decimal = Decimal(string: "-12.50")!
    var points = Points(7)
    var day = Day(year: 2026, month: 11, day: 30)!
    var byNumber: [Int: String] = [10: "ten", 2: "two", -1: "minus"]
    var byDay: [Day: Int] = [Day(year: 2026, month: 1, day: 1)!: 1]
    var 中文键 = "值"
  }

  @Test func textsAreEscapedAsTheEncoderEscapesThem() throws {
    for text in Self.texts {
      let (ours, encoder) = try Self.both([text])
      #expect(ours == encoder, "\(text.debugDescription)")
      let keyed = try Self.both([text: text])
      #expect(keyed.ours == keyed.encoder, "key \(text.debugDescription)")
    }
  }

  @Test func numbersAreWrittenAsTheEncoderWritesThem() throws {
    for number in Self.doubles + Self.doubles.map(-) {
      let (ours, encoder) = try Self.both(["n": number])
      #expect(ours == encoder, "\(number)")
      guard Float(number).isFinite else { continue }
      let float = try Self.both([Float(number)])
      #expect(float.ours == float.encoder, "\(Float(number))")
    }
    for text in ["0", "-0.5", "12.50", "3.14159265358979323846", "1e-10", "99999999999999999999"] {
      let (ours, encoder) = try Self.both([Decimal(string: text)!])
      #expect(ours == encoder, "\(text)")
    }
    let integers = try Self.both([Int.min, Int.max, 0])
    #expect(integers.ours == integers.encoder)
  }

  @Test func keysAreSortedNilsLeftOutAndEmptiesLaidOut() throws {
    let (ours, encoder) = try Self.both([Mixed(), Mixed(apple: nil, ratio: nil)])
    #expect(ours != nil)
    #expect(ours == encoder)
    let empty = try Self.both([[String]]())
    #expect(empty.ours == empty.encoder)
    let keys = try Self.both(["b": 1, "a": 2, "B": 3, "长": 4, "é": 5, "aa": 6, "": 7])
    #expect(keys.ours == keys.encoder)
  }

  /// An object that writes the keys it is given, in that order.
  struct Keys: Encodable {
    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }
    let keys: [String]

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      for (value, key) in keys.enumerated() {
        try container.encode(value, forKey: Key(stringValue: key))
      }
    }
  }

  @Test func whatItCannotWriteAsTheEncoderDoesItDeclines() throws {
    // A key written twice, or the same key composed two ways, is one key to the encoder.
    for keys in [["a", "b", "a"], ["e\u{301}", "x", "é"]] {
      #expect(throws: SortedJSONEncoder.Declined.self) {
        try SortedJSONEncoder.encode(Keys(keys: keys))
      }
      #expect(try JSONOutput.pretty(Keys(keys: keys)) == Self.encoder(Keys(keys: keys)))
    }
    let distinct = try Self.both(Keys(keys: ["z", "é", "e", "長", "a"]))
    #expect(distinct.ours != nil)
    #expect(distinct.ours == distinct.encoder)
    #expect(throws: SortedJSONEncoder.Declined.self) { try SortedJSONEncoder.encode([Date()]) }
    #expect(throws: SortedJSONEncoder.Declined.self) {
      try SortedJSONEncoder.encode(["x": Double.nan])
    }
    #expect(throws: EncodingError.self) { try JSONOutput.pretty([Double.infinity]) }
  }

  /// The reports of a generated township: the monthly and weekly reports, coverage and a
  /// month's scores with every line.
  @Test func reportsAreWrittenAsTheEncoderWritesThem() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-sorted-json-\(UUID().uuidString)").path
    try SampleFolder.generate(.tiny, seed: 11, at: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = LiaisonStore(folder: DataFolder(path: path))
    let today = Day(year: 2026, month: 12, day: 1)!
    let month = YearMonth(year: 2026, month: 11)!
    try store.reading { session in
      let monthly = try MonthlyReport.make(month, session: session, today: today)
      let weekly = try WeeklyReport.make(
        IsoWeek(containing: Day(year: 2026, month: 11, day: 18)!), session: session, today: today)
      let board = try session.scoreBoard(period: Period(month: month), today: today)
      let written: [(name: String, ours: [UInt8]?, encoder: [UInt8])] = [
        ("monthly", try Self.both(monthly)), ("weekly", try Self.both(weekly)),
        ("scores", try Self.both(board.scores)),
      ].map { ($0.0, $0.1.ours, $0.1.encoder) }
      for (name, ours, encoder) in written {
        #expect(ours != nil, "\(name)")
        #expect(ours == encoder, "\(name)")
      }
    }
  }
}
