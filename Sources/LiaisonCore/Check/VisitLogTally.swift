/// What `check` keeps of the visit logs as it reads them, in bounded memory: where each
/// visit id was first seen (to name a repeated one), the highest number used on each day
/// (for the sequence files), and nothing else. A county's three million visits were kept
/// whole once — 1.65 GB and four minutes of `check`.
struct VisitLogTally {
  /// First place of each id: the log's index in `logs` and the line, packed.
  private var firstSeen: [Int64: Int64] = [:]
  /// Ids not in the usual `V20261123-0007` form (a hand edit), by text.
  private var oddIDs: [String: Int64] = [:]
  /// The highest visit number in use on each day, across every month's log.
  private(set) var highestNumber: [Day: Int] = [:]
  /// The logs read, in order.
  private(set) var logs: [String] = []

  /// Starts a log; its lines are noted with `note(_:line:)` until the next.
  mutating func begin(_ log: String) { logs.append(log) }

  /// The key of an id as `Visit.parseID` reads it: found where the log is read, on either
  /// core, so that noting the id in log order is only a look-up.
  static func key(_ id: (day: Day, sequence: Int)) -> Int64 {
    Int64(id.day.ordinal) * 1_000_000 + Int64(id.sequence)
  }

  /// Notes a visit's id, of `key` (nil when `Visit.parseID` does not read it), on `line` of
  /// the current log.
  /// - Returns: where the id was seen before, when it was.
  mutating func note(_ id: String, key: Int64?, line: Int) -> (file: String, line: Int)? {
    let place = Int64(logs.count - 1) << 32 | Int64(line)
    let earlier: Int64?
    if let key {
      earlier = firstSeen[key]
      if earlier == nil { firstSeen[key] = place }
    } else {
      earlier = oddIDs[id]
      if earlier == nil { oddIDs[id] = place }
    }
    return earlier.map { (logs[Int($0 >> 32)], Int($0 & 0xFFFF_FFFF)) }
  }

  /// Notes the highest visit numbers one log uses on each day.
  mutating func note(highestNumbers: [Day: Int]) {
    highestNumber.merge(highestNumbers, uniquingKeysWith: max)
  }

  /// Whether a visit with this id is in some log (a need's `visit` must be).
  func contains(_ id: String) -> Bool {
    if let parsed = Visit.parseID(id) { return firstSeen[Self.key(parsed)] != nil }
    return oddIDs[id] != nil
  }
}
