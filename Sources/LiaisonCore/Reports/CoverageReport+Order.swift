/// The order coverage rows are listed in, worked out once per row rather than per comparison:
/// a county has 90,000 households, and comparing Chinese names as `String`s (which weighs
/// canonical equivalence) took more time than counting every visit.
extension CoverageReport {
  mutating func sortRows(by sort: CoverageSort) {
    Self.order(&villages, by: sort, name: \.name, id: \.id, visits: \.visits, last: \.lastVisit)
    Self.order(
      &grids, by: sort, name: { ($0.village ?? "") + $0.name }, id: \.id, visits: \.visits,
      last: \.lastVisit)
    Self.order(&members, by: sort, name: \.name, id: \.id, visits: \.visits, last: \.lastVisit)
    Self.order(&households, by: sort, name: \.head, id: \.id, visits: \.visits, last: \.lastVisit)
  }

  /// Sorts by the chosen key, then by name and id, so equal rows keep one order.
  private static func order<Row>(
    _ rows: inout [Row], by sort: CoverageSort, name: (Row) -> String, id: (Row) -> String,
    visits: (Row) -> Int, last: (Row) -> Day?
  ) {
    let keys = rows.map { row in
      let first: Int
      switch sort {
      case .name: first = 0
      case .visits: first = visits(row)
      // Never visited first, then the longest ago.
      case .lastVisit: first = last(row)?.ordinal ?? Int.min
      }
      return RowKey(first: first, name: SortText(name(row)), id: SortText(id(row)))
    }
    // Indices are sorted rather than the keys themselves, which are costly to move.
    var order = Array(keys.indices)
    order.sort { RowKey.precedes(keys[$0], keys[$1]) }
    rows = order.map { rows[$0] }
  }

  /// A row's place: its sort figure, then its name, then its id (shorter ids first).
  private struct RowKey {
    var first: Int
    var name: SortText
    var id: SortText

    static func precedes(_ a: RowKey, _ b: RowKey) -> Bool {
      if a.first != b.first { return a.first < b.first }
      if a.name != b.name { return a.name < b.name }
      if a.id.count != b.id.count { return a.id.count < b.id.count }
      return a.id < b.id
    }
  }
}
