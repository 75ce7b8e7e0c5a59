/// One month log's visits as every counting reader takes them — the monthly report, scores,
/// coverage, the villages' index — in the order recorded: the ids of members and households
/// held once each, and each visit in 40 bytes (`IndexedVisit`).
///
/// It is what the visit index stores (`VisitIndexFile`) and what reading a log without one
/// gives (`VisitIndex`): the two are the same by construction, since a stored index is only
/// ever a saved `MonthVisits` of a log's first bytes.
struct MonthVisits: Sendable, Equatable {
  /// Member and household ids, by the places `IndexedVisit` holds.
  private(set) var members: [String] = []
  private(set) var households: [String] = []
  private(set) var visits: [IndexedVisit] = []
  /// Ids not in the usual form (a hand edit, an import of old records), by visit position.
  private(set) var oddIDs: [Int: String] = [:]
  /// What of the log the visits cover: the bytes and lines up to the end of its last whole
  /// line, and how many visits those lines hold (a last line without its newline is read
  /// every time and never stored: it may yet be cut off or finished).
  private(set) var covered = LogPosition.start
  private(set) var coveredVisits = 0

  /// Each id's place, for adding visits; made only when the first is added to a stored
  /// month (most reads add none, and a county month holds 100,000 household ids).
  private var memberPlaces: [String: Int32] = [:]
  private var householdPlaces: [String: Int32] = [:]
  private var placesMade = true

  init() {}

  /// A month as stored, its lookup tables made again.
  init(
    members: [String], households: [String], visits: [IndexedVisit], oddIDs: [Int: String],
    covered: LogPosition
  ) {
    self.members = members
    self.households = households
    self.visits = visits
    self.oddIDs = oddIDs
    self.covered = covered
    coveredVisits = visits.count
    placesMade = false
  }

  private static func places(of ids: [String]) -> [String: Int32] {
    var places: [String: Int32] = [:]
    places.reserveCapacity(ids.count)
    for (place, id) in ids.enumerated() { places[id] = Int32(place) }
    return places
  }

  static func == (lhs: MonthVisits, rhs: MonthVisits) -> Bool {
    lhs.members == rhs.members && lhs.households == rhs.households && lhs.visits == rhs.visits
      && lhs.oddIDs == rhs.oddIDs && lhs.covered == rhs.covered
      && lhs.coveredVisits == rhs.coveredVisits
  }

  var count: Int { visits.count }

  func day(_ visit: IndexedVisit) -> Day { Day(ordinal: Int(visit.day)) }
  func member(_ visit: IndexedVisit) -> String { members[Int(visit.member)] }
  func household(_ visit: IndexedVisit) -> String { households[Int(visit.household)] }
  func opinions(_ visit: IndexedVisit) -> Int? {
    visit.hasOpinions == 0 ? nil : Int(visit.opinions)
  }

  /// The id of the visit at `position`.
  func id(at position: Int) -> String {
    let visit = visits[position]
    guard visit.idNumber >= 0 else { return oddIDs[position] ?? "" }
    return Visit.id(on: Day(ordinal: Int(visit.idDay)), sequence: Int(visit.idNumber))
  }

  /// Adds a visit read from the log's line at `offset`.
  mutating func add(
    id: String, member: String, household: String, date: Day, opinions: Int?, offset: Int
  ) {
    if !placesMade {
      memberPlaces = Self.places(of: members)
      householdPlaces = Self.places(of: households)
      placesMade = true
    }
    var idDay: Int32 = 0
    var idNumber: Int32 = -1
    if let (day, number) = Self.numbers(of: id) {
      idDay = Int32(day.ordinal)
      idNumber = Int32(number)
    } else {
      oddIDs[visits.count] = id
    }
    visits.append(
      IndexedVisit(
        day: Int32(date.ordinal), member: Self.place(of: member, in: &members, &memberPlaces),
        household: Self.place(of: household, in: &households, &householdPlaces), idDay: idDay,
        idNumber: idNumber, hasOpinions: opinions == nil ? 0 : 1, opinions: Int64(opinions ?? 0),
        offset: Int64(offset)))
  }

  /// The day and number of an id exactly as `Visit.id(on:sequence:)` writes it —
  /// `V20261101-0001`, four digits or more without a leading zero — or nil for any other
  /// (`V20261101-00001` must come back as typed, so it is kept as text).
  static func numbers(of id: String) -> (day: Day, number: Int)? {
    let bytes = id.utf8
    guard (14...16).contains(bytes.count),
      bytes.count == 14 || bytes[bytes.index(bytes.startIndex, offsetBy: 10)] != UInt8(ascii: "0"),
      let (day, number) = Visit.parsePlainID(id)
    else { return nil }
    return (day, number)
  }

  /// Adds a decoded visit.
  mutating func add(_ visit: Visit, offset: Int) {
    add(
      id: visit.id, member: visit.member, household: visit.household, date: visit.date,
      opinions: visit.opinions, offset: offset)
  }

  /// Marks the log as read up to `position`, the end of its last whole line: the visits
  /// before it are the ones to store (a last line without its newline is after it).
  mutating func cover(_ position: LogPosition) {
    covered = position
    coveredVisits = visits.count
    while coveredVisits > 0, visits[coveredVisits - 1].offset >= position.offset {
      coveredVisits -= 1
    }
  }

  /// The visits of the whole lines only, as they are stored.
  var coveredPart: MonthVisits {
    guard coveredVisits < visits.count else { return self }
    var part = self
    part.visits.removeLast(visits.count - coveredVisits)
    part.oddIDs = oddIDs.filter { $0.key < coveredVisits }
    return part
  }

  private static func place(
    of id: String, in ids: inout [String], _ places: inout [String: Int32]
  ) -> Int32 {
    if let place = places[id] { return place }
    let place = Int32(ids.count)
    places[id] = place
    ids.append(id)
    return place
  }
}

/// A place in a log: the byte a line starts at and its line number (from 1).
struct LogPosition: Sendable, Equatable {
  var offset: Int
  var lineNumber: Int

  static let start = LogPosition(offset: 0, lineNumber: 1)
}
