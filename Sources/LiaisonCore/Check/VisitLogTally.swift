/// What `check` keeps of the visit logs as it reads them, in bounded memory: where each
/// visit id was first seen (to name a repeated one), the highest number used on each day
/// (for the sequence files), and nothing else. A county's three million visits were kept
/// whole once — 1.65 GB and four minutes of `check`.
struct VisitLogTally {
  /// An id as `Visit.parseID` reads it: its day (`Day.ordinal`) and number.
  struct Key: Hashable, Sendable {
    let day: Int
    let number: Int
  }

  /// First place of each id (see `place`), by its day and then its number: a day's ids are
  /// read together, and a small table for each day stays in the cache, where one table of
  /// three million ids did not (it was half of the time `check` spent on one core).
  private var firstSeen: [Int: [Int: Int64]] = [:]
  /// Ids not in the usual `V20261123-0007` form (a hand edit), by text.
  private var oddIDs: [String: Int64] = [:]
  /// The highest visit number in use on each day, across every month's log.
  private(set) var highestNumber: [Day: Int] = [:]
  /// The logs read, in order.
  private(set) var logs: [String] = []

  /// Starts a log; its lines are noted with `note(_:key:line:)` until the next.
  mutating func begin(_ log: String) { logs.append(log) }

  /// The key of an id as `Visit.parseID` reads it: found where the log is read, on either
  /// core, so that noting the id in log order is only a look-up.
  static func key(_ id: (day: Day, sequence: Int)) -> Key {
    Key(day: id.day.ordinal, number: id.sequence)
  }

  /// Notes a visit's id, of `key` (nil when `Visit.parseID` does not read it), on `line` of
  /// the current log.
  /// - Returns: where the id was seen before, when it was.
  mutating func note(_ id: String, key: Key?, line: Int) -> (file: String, line: Int)? {
    let place = place(line)
    let earlier: Int64?
    if let key {
      earlier = firstSeen[key.day]?[key.number]
      if earlier == nil { firstSeen[key.day, default: [:]][key.number] = place }
    } else {
      earlier = oddIDs[id]
      if earlier == nil { oddIDs[id] = place }
    }
    return earlier.map { (logs[Int($0 >> Self.lineBits)], Int($0 & (1 << Self.lineBits - 1))) }
  }

  /// Bits of a place that hold the line; the rest hold the log's index in `logs` (far
  /// fewer than 2^23: one a month from year 1000 to 9999).
  private static let lineBits: Int64 = 40

  /// `line` of the current log, packed: a line past 2^40 (a file of over a terabyte) is
  /// told as that line, so that it cannot spill into the log's index.
  private func place(_ line: Int) -> Int64 {
    Int64(logs.count - 1) << Self.lineBits | min(Int64(line), 1 << Self.lineBits - 1)
  }

  /// Notes the highest visit numbers one log uses on each day.
  mutating func note(highestNumbers: [Day: Int]) {
    highestNumber.merge(highestNumbers, uniquingKeysWith: max)
  }

  /// Whether a visit with this id is in some log (a need's `visit` must be).
  func contains(_ id: String) -> Bool {
    if let parsed = Visit.parseID(id) {
      let key = Self.key(parsed)
      return firstSeen[key.day]?[key.number] != nil
    }
    return oddIDs[id] != nil
  }
}
