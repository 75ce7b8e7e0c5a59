/// What the visit index takes from a log line in the shape `visit add` writes, read in one
/// pass without building a `Visit` or `PlainJSONObject`'s list of fields (building and
/// searching that list was two thirds of reading a year of visits). Any other line is read
/// by `Visit.plain` or `JSONDecoder`, as every reader reads it.
struct VisitLineFields {
  var id: String
  var member: String
  var household: String
  var date: Day
  var opinions: Int?

  /// The keys of a visit line, each a bit of the set seen so far.
  private enum Key: UInt16 {
    case ask = 1, date = 2, household = 4, id = 8, look = 16, member = 32, mode = 64
    case note = 128, opinions = 256, photos = 512, recordedAt = 1024, recordedBy = 2048

    static let required: UInt16 = [
      Key.date, .household, .id, .member, .mode, .recordedAt, .recordedBy,
    ]
    .reduce(0) { $0 | $1.rawValue }

    init?(_ bytes: UnsafeRawBufferPointer) {
      let candidates: (Key, Key)
      switch bytes.count {
      case 2: candidates = (.id, .id)
      case 3: candidates = (.ask, .ask)
      case 4:
        switch bytes[0] {
        case UInt8(ascii: "d"): candidates = (.date, .date)
        case UInt8(ascii: "l"): candidates = (.look, .look)
        default: candidates = (.mode, .note)
        }
      case 6: candidates = (.member, .photos)
      case 8: candidates = (.opinions, .opinions)
      case 9: candidates = (.household, .household)
      case 10: candidates = (.recordedAt, .recordedBy)
      default: return nil
      }
      if bytes == candidates.0.name {
        self = candidates.0
      } else if bytes == candidates.1.name {
        self = candidates.1
      } else {
        return nil
      }
    }

    var name: StaticString {
      switch self {
      case .ask: "ask"
      case .date: "date"
      case .household: "household"
      case .id: "id"
      case .look: "look"
      case .member: "member"
      case .mode: "mode"
      case .note: "note"
      case .opinions: "opinions"
      case .photos: "photos"
      case .recordedAt: "recordedAt"
      case .recordedBy: "recordedBy"
      }
    }
  }

  /// The parts of a line in the shape `visit add` writes — the keys of a visit, each once;
  /// texts as `PlainJSONScanner` reads them; a whole number of opinions; `look` and `ask`
  /// objects of their own texts — or nil when unsure (a list of photos, a key twice, anything
  /// else), and `Visit.plain` decides. Whatever it takes, `Visit.plain` takes the same way
  /// (`VisitLineFieldsTests`).
  static func fast(_ line: UnsafeRawBufferPointer) -> Self? {
    var scanner = PlainJSONScanner(line)
    var seen: UInt16 = 0
    var id: UnsafeRawBufferPointer?
    var member: UnsafeRawBufferPointer?
    var household: UnsafeRawBufferPointer?
    var date: UnsafeRawBufferPointer?
    var mode: UnsafeRawBufferPointer?
    var opinions: Int?
    guard scanner.take(UInt8(ascii: "{")) else { return nil }
    repeat {
      guard let name = scanner.raw(), scanner.take(UInt8(ascii: ":")), let key = Key(name),
        seen & key.rawValue == 0
      else { return nil }
      seen |= key.rawValue
      switch key {
      case .opinions:
        guard let number = scanner.integer() else { return nil }
        opinions = number
      case .look:
        guard texts(&scanner, lookKeys) else { return nil }
      case .ask:
        guard texts(&scanner, askKeys) else { return nil }
      case .photos:
        return nil
      default:
        guard let text = scanner.raw() else { return nil }
        switch key {
        case .id: id = text
        case .member: member = text
        case .household: household = text
        case .date: date = text
        case .mode: mode = text
        default: break
        }
      }
    } while scanner.take(UInt8(ascii: ","))
    guard scanner.take(UInt8(ascii: "}")), scanner.atEnd, seen & Key.required == Key.required,
      let id, let member, let household, let date = date.flatMap(Day.init(strictUTF8:)),
      let mode, VisitMode(rawValue: String(decoding: mode, as: UTF8.self)) != nil
    else { return nil }
    return Self(
      id: String(decoding: id, as: UTF8.self), member: String(decoding: member, as: UTF8.self),
      household: String(decoding: household, as: UTF8.self), date: date, opinions: opinions)
  }

  private static let lookKeys: [StaticString] = ["kitchen", "bedroom", "toilet", "yard", "fields"]
  private static let askKeys: [StaticString] = ["family", "economy", "opinions", "needs"]

  /// `{"key":"text",…}` with each key one of `keys`, once.
  private static func texts(_ scanner: inout PlainJSONScanner, _ keys: [StaticString]) -> Bool {
    guard scanner.take(UInt8(ascii: "{")) else { return false }
    if scanner.take(UInt8(ascii: "}")) { return true }
    var seen = 0
    repeat {
      guard let name = scanner.raw(), scanner.take(UInt8(ascii: ":")),
        let index = keys.firstIndex(where: { name == $0 }), seen & (1 << index) == 0,
        scanner.raw() != nil
      else { return false }
      seen |= 1 << index
    } while scanner.take(UInt8(ascii: ","))
    return scanner.take(UInt8(ascii: "}"))
  }
}

extension UnsafeRawBufferPointer {
  /// Whether the bytes are those of `key`.
  fileprivate static func == (bytes: UnsafeRawBufferPointer, key: StaticString) -> Bool {
    guard bytes.count == key.utf8CodeUnitCount else { return false }
    let start = key.utf8Start
    for index in 0..<bytes.count where bytes[index] != start[index] { return false }
    return true
  }
}
