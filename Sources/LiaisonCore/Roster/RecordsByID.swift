/// Records found by id without copying them: each id's position in the list, the first of
/// an id listed twice. A dictionary of the records themselves held a second copy of a
/// county's 90,000 households (27 MB of a monthly report's peak) and took a tenth of the
/// time it counts in.
public struct RecordsByID<Record: Identifiable & Sendable>: Sendable where Record.ID == String {
  private let records: [Record]
  private let positions: [String: Int]

  public init(_ records: [Record]) {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(records.count)
    for (position, record) in records.enumerated() where positions[record.id] == nil {
      positions[record.id] = position
    }
    self.records = records
    self.positions = positions
  }

  public subscript(id: String) -> Record? {
    positions[id].map { records[$0] }
  }

  /// Whether a record has this id.
  public func contains(_ id: String) -> Bool { positions[id] != nil }

  /// Distinct ids.
  public var count: Int { positions.count }
}
