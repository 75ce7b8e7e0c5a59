import Foundation

/// A `RosterInForce`'s lookups by id — its records by id, its links by household and by
/// member — each made when first asked for and then kept. Readers ask for some of them; the
/// monthly report counts by slot (`RosterSlots`, `LinkTally`) and asks for none, and making
/// them all for a county (90,000 households hashed again, its links grouped both ways) and
/// letting them go was a fifth of its count. Shared by the copies of one `RosterInForce`,
/// on whichever thread reads them.
final class InForceLookups: @unchecked Sendable {
  private let lock = NSLock()
  private var households: RecordsByID<Household>?
  private var members: RecordsByID<Member>?
  private var linksByHousehold: [String: [Link]]?
  private var linksByMember: [String: [Link]]?

  func households(_ records: [Household]) -> RecordsByID<Household> {
    lock.withLock { Self.kept(&households) { RecordsByID(records) } }
  }

  func members(_ records: [Member]) -> RecordsByID<Member> {
    lock.withLock { Self.kept(&members) { RecordsByID(records) } }
  }

  func linksByHousehold(_ links: [Link]) -> [String: [Link]] {
    lock.withLock { Self.kept(&linksByHousehold) { Dictionary(grouping: links, by: \.household) } }
  }

  func linksByMember(_ links: [Link]) -> [String: [Link]] {
    lock.withLock { Self.kept(&linksByMember) { Dictionary(grouping: links, by: \.member) } }
  }

  /// The value made before, or `make`'s, kept for next time.
  private static func kept<Value>(_ stored: inout Value?, _ make: () -> Value) -> Value {
    if let stored { return stored }
    let made = make()
    stored = made
    return made
  }
}
