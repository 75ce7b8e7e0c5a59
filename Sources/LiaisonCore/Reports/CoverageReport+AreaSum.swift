/// The figures of a village's or a grid's row, added up household by household.
extension CoverageReport {
  struct AreaSum {
    var households = 0
    var householdsVisited = 0
    var visits = 0
    var lastVisit: Day?

    mutating func add(_ count: CoverageTally.Count?) {
      households += 1
      guard let count else { return }
      householdsVisited += 1
      visits += count.visits
      later(count.last)
    }

    mutating func add(_ other: AreaSum) {
      households += other.households
      householdsVisited += other.householdsVisited
      visits += other.visits
      later(other.lastVisit)
    }

    private mutating func later(_ day: Day?) {
      guard let day, lastVisit.map({ day > $0 }) ?? true else { return }
      lastVisit = day
    }

    func row(id: String, name: String, village: String?) -> AreaRow {
      AreaRow(
        id: id, name: name, village: village, households: households,
        householdsVisited: householdsVisited, visits: visits, lastVisit: lastVisit)
    }

    /// Each area's sum by its id, `area` naming the household's at each position (nil for
    /// none). Households
    /// come in runs of one village and grid, so a run is added up before its id is hashed:
    /// a county's 90,000 households hashed twice were a tenth of the report.
    static func sums(
      _ count: Int, _ counts: [CoverageTally.Count?], by area: (Int) -> String?
    ) -> [String: AreaSum] {
      var sums: [String: AreaSum] = [:]
      var run: (id: String, sum: AreaSum)?
      for position in 0..<count {
        guard let id = area(position) else { continue }
        if run?.id != id {
          if let run { sums[run.id, default: AreaSum()].add(run.sum) }
          run = (id, AreaSum())
        }
        run?.sum.add(counts[position])
      }
      if let run { sums[run.id, default: AreaSum()].add(run.sum) }
      return sums
    }
  }
}
