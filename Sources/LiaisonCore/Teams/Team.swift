/// A service team linking villages (联村服务团, 组团联村): a leader (团长) and members
/// (团员), each on a dated seat, serving one village or several over dated spans. Seats and
/// villages are ended, never deleted, so a past week sees the team as it stood then.
/// A line of `teams.json`.
public struct Team: Codable, Hashable, Sendable, Identifiable {
  /// `T01`.
  public var id: String
  public var name: String
  public var seats: [TeamSeat]
  public var villages: [TeamVillage]
  public var note: String?

  public init(
    id: String, name: String, seats: [TeamSeat] = [], villages: [TeamVillage] = [],
    note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.seats = seats
    self.villages = villages
    self.note = note
  }

  /// The seats held on `day`, the leader's first.
  public func seats(on day: Day) -> [TeamSeat] {
    let held = seats.filter { $0.holds(on: day) }
    return held.filter { $0.role == TeamRole.leader.rawValue }
      + held.filter { $0.role != TeamRole.leader.rawValue }
  }

  /// The leader on `day`, if the team had one.
  public func leader(on day: Day) -> String? {
    seats(on: day).first { $0.role == TeamRole.leader.rawValue }?.person
  }

  /// The villages served on `day`, in the order they were taken on.
  public func villages(on day: Day) -> [String] {
    villages.filter { $0.holds(on: day) }.map(\.village)
  }

  /// Whether the team served any village on any day from `first` to `last`.
  public func serves(from first: Day, to last: Day) -> Bool {
    villages.contains { $0.from <= last && ($0.to.map { $0 > first } ?? true) }
  }

  /// The villages served on some day from `first` to `last`.
  public func villages(from first: Day, to last: Day) -> [String] {
    villages.filter { $0.from <= last && ($0.to.map { $0 > first } ?? true) }.map(\.village)
      .uniqued()
  }

  /// The people seated on some day from `first` to `last`.
  public func people(from first: Day, to last: Day) -> [String] {
    seats.filter { $0.from <= last && ($0.to.map { $0 > first } ?? true) }.map(\.person)
      .uniqued()
  }
}

/// A person's place on a team over a span of days. `to` is the first day it no longer
/// holds, as for a `Link`.
public struct TeamSeat: Codable, Hashable, Sendable {
  public var person: String
  /// A `TeamRole` value (`leader`, `lawyer` …) or the township's own word.
  public var role: String
  public var from: Day
  public var to: Day?

  public init(person: String, role: String, from: Day, to: Day? = nil) {
    self.person = person
    self.role = role
    self.from = from
    self.to = to
  }

  public func holds(on day: Day) -> Bool { from <= day && (to.map { day < $0 } ?? true) }
}

/// A village a team serves over a span of days; `to` is the first day it no longer does.
public struct TeamVillage: Codable, Hashable, Sendable {
  public var village: String
  public var from: Day
  public var to: Day?

  public init(village: String, from: Day, to: Day? = nil) {
    self.village = village
    self.from = from
    self.to = to
  }

  public func holds(on day: Day) -> Bool { from <= day && (to.map { day < $0 } ?? true) }
}
