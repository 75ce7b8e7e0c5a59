/// The order coverage rows are listed in, worked out once per row rather than per comparison:
/// a county has 90,000 households, and comparing Chinese names as `String`s (which weighs
/// canonical equivalence) took more time than counting every visit.
extension CoverageReport {
  /// The places `0..<count` of a report's rows in the order `sort` lists them: by the chosen
  /// key, then by name and id, so equal rows keep one order. The rows are then made in this
  /// order, rather than made and moved: a household row holds five texts and a list.
  static func order(
    _ count: Int, by sort: CoverageSort, name: (Int) -> String, id: (Int) -> String,
    visits: (Int) -> Int, last: (Int) -> Day?
  ) -> [Int] {
    let keys = (0..<count).map { row in
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
    return order
  }

  /// `rows` in the order `sort` lists them, `name` naming each.
  static func order<Row: CoverageRow>(
    _ rows: [Row], by sort: CoverageSort, name: (Row) -> String
  ) -> [Row] {
    order(
      rows.count, by: sort, name: { name(rows[$0]) }, id: { rows[$0].id },
      visits: { rows[$0].visits }, last: { rows[$0].lastVisit }
    ).map { rows[$0] }
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

/// What a coverage row is ordered by besides its name.
protocol CoverageRow {
  var id: String { get }
  var visits: Int { get }
  var lastVisit: Day? { get }
}

extension CoverageReport.AreaRow: CoverageRow {}
extension CoverageReport.MemberRow: CoverageRow {}
