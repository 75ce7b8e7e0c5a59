import Foundation

/// How a visit was made.
public enum VisitMode: String, UserChoice {
  case inPerson = "in-person"
  case phone
  case online
  /// A family member visited for an elderly member (家属代联系).
  case proxy

  public var chineseLabel: String {
    switch self {
    case .inPerson: "上门"
    case .phone: "电话"
    case .online: "线上"
    case .proxy: "代联系"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .inPerson: ["inperson", "入户", "走访"]
    case .phone: ["电话联系"]
    case .online: ["网上", "微信"]
    case .proxy: ["家属代联系", "代联"]
    }
  }
}

/// What the member looked at on entering (进门五看, seed 000 常山).
public struct Observations: Codable, Hashable, Sendable {
  public var kitchen: String?
  public var bedroom: String?
  public var toilet: String?
  public var yard: String?
  public var fields: String?

  public init(
    kitchen: String? = nil, bedroom: String? = nil, toilet: String? = nil, yard: String? = nil,
    fields: String? = nil
  ) {
    self.kitchen = kitchen
    self.bedroom = bedroom
    self.toilet = toilet
    self.yard = yard
    self.fields = fields
  }

  public var isEmpty: Bool { [kitchen, bedroom, toilet, yard, fields].allSatisfy { $0 == nil } }
}

/// What the member asked and wrote down (提笔四问, seed 000 常山).
public struct Questions: Codable, Hashable, Sendable {
  public var family: String?
  public var economy: String?
  public var opinions: String?
  public var needs: String?

  public init(
    family: String? = nil, economy: String? = nil, opinions: String? = nil, needs: String? = nil
  ) {
    self.family = family
    self.economy = economy
    self.opinions = opinions
    self.needs = needs
  }

  public var isEmpty: Bool { [family, economy, opinions, needs].allSatisfy { $0 == nil } }
}

/// One visit a member made to a household (走访), a line of the month's visit log.
public struct Visit: Codable, Hashable, Sendable, Identifiable {
  /// What one visit's count of opinions can be: a hand edit or a slip beyond it is refused
  /// on input and reported by `check`, so no sum of them can overflow.
  public static let opinionCounts = 0...999

  /// `V20261123-0007`: the visit date and its number that day.
  public var id: String
  public var member: String
  public var household: String
  public var date: Day
  public var mode: VisitMode
  public var look: Observations?
  public var ask: Questions?
  /// How many opinions and suggestions were collected (收集意见建议).
  public var opinions: Int?
  public var note: String?
  /// Paths of photos kept as evidence.
  public var photos: [String]?
  /// When the clerk typed it in, ISO 8601 with offset.
  public var recordedAt: String
  /// Who typed it in (the clerk's login, or `LIAISON_CLERK`).
  public var recordedBy: String

  public init(
    id: String, member: String, household: String, date: Day, mode: VisitMode = .inPerson,
    look: Observations? = nil, ask: Questions? = nil, opinions: Int? = nil, note: String? = nil,
    photos: [String]? = nil, recordedAt: String, recordedBy: String
  ) {
    self.id = id
    self.member = member
    self.household = household
    self.date = date
    self.mode = mode
    self.look = look
    self.ask = ask
    self.opinions = opinions
    self.note = note
    self.photos = photos
    self.recordedAt = recordedAt
    self.recordedBy = recordedBy
  }

  /// The id for the `sequence`-th visit dated `day`.
  public static func id(on day: Day, sequence: Int) -> String {
    // Not `String(format:)`, which goes through NSString on Linux (see `Day.description`).
    "V" + Day.padded(day.year, 4) + Day.padded(day.month, 2) + Day.padded(day.day, 2) + "-"
      + Day.padded(sequence, 4)
  }

  /// The day and number encoded in a visit id, or nil when it is not one.
  public static func parseID(_ id: String) -> (day: Day, sequence: Int)? {
    parsePlainID(id) ?? parseWrittenID(id)
  }

  /// An id in ASCII as `id(on:sequence:)` writes it (with one to six digits of number), read
  /// from its bytes: `check` reads three million of them, and going by `Character` took a
  /// third of its time. Nil for anything else, which `parseWrittenID` then reads.
  static func parsePlainID(_ id: String) -> (day: Day, sequence: Int)? {
    let parsed = id.utf8.withContiguousStorageIfAvailable { bytes -> (day: Day, sequence: Int)? in
      // `V`, eight digits, `-` at 9, and the number from 10 to the end: every index below
      // is inside `bytes` once its count is at least 11.
      guard (11...16).contains(bytes.count), bytes[0] == UInt8(ascii: "V"),
        bytes[9] == UInt8(ascii: "-")
      else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = number(1..<5), let month = number(5..<7), let day = number(7..<9),
        let sequence = number(10..<bytes.count),
        let date = Day(year: year, month: month, day: day)
      else { return nil }
      return (date, sequence)
    }
    return parsed ?? nil
  }

  /// The general reading of an id, for whatever `parsePlainID` declines.
  static func parseWrittenID(_ id: String) -> (day: Day, sequence: Int)? {
    // `V`, eight digits of date, `-`, one to six digits: anything else (a hand edit, a
    // spreadsheet cell) is not a visit id, and no arithmetic is done on it.
    guard id.first == "V" else { return nil }
    let parts = id.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 8, (1...6).contains(parts[1].count),
      parts[1].allSatisfy(\.isASCIIDigit), let day = Day(parsing: String(parts[0])),
      let sequence = Int(parts[1])
    else { return nil }
    return (day, sequence)
  }
}
