/// The roster as it stood on a past day.
extension Roster {
  /// The roster at the end of `day`: the villages, grids, members and households on it by
  /// then, each with its dated facts as they were, and the links begun by then. Members
  /// who had left are kept (a past period still names them); `RosterInForce` leaves them
  /// out of counts.
  ///
  /// A village or grid that had not started by then is still kept while anyone on the
  /// roster then was in it, so a report's rows always add up to its totals.
  public func asOf(_ day: Day) -> Roster {
    // This month's report, and any other of a day since the last life event, finds the
    // roster as it stands: a look at each record instead of a copy of 90,000 households.
    if standsUnchanged(since: day) { return self }
    let members = members.filter { $0.hasStarted(by: day) }.map { $0.asOf(day) }
    let households = households.filter { $0.hasStarted(by: day) }.map { $0.asOf(day) }
    let occupiedGrids = Set(members.compactMap(\.grid) + households.compactMap(\.grid))
    let grids = grids.filter { $0.hasStarted(by: day) || occupiedGrids.contains($0.id) }
      .map { $0.asOf(day) }
    let occupiedVillages = Set(
      members.map(\.village) + households.map(\.village) + grids.map(\.village))
    return Roster(
      villages: villages.filter { $0.hasStarted(by: day) || occupiedVillages.contains($0.id) },
      grids: grids, members: members, households: households,
      links: links.filter { $0.from <= day })
  }

  /// Whether everything on the roster had begun by the end of `day` and nothing dated has
  /// changed since, so that `asOf(day)` would give the roster back as it is.
  private func standsUnchanged(since day: Day) -> Bool {
    func unchanged<Record: DatedRecord>(_ records: [Record]) -> Bool {
      records.allSatisfy { record in
        record.hasStarted(by: day) && (record.history.last.map { day >= $0.to } ?? true)
      }
    }
    return villages.allSatisfy { $0.hasStarted(by: day) } && unchanged(grids)
      && unchanged(members) && unchanged(households) && links.allSatisfy { $0.from <= day }
  }
}
