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

/// A text compared as `String` compares it, but byte by byte when that gives the same answer.
struct SortText: Comparable {
  let text: String
  /// The UTF-8 of a text already in Unicode's composed form (NFC), where `String`'s order is
  /// the bytes' order; nil for any other text, which is compared as a `String`.
  private let composed: [UInt8]?
  /// Graphemes, as `String.count` counts them.
  let count: Int

  init(_ text: String) {
    self.text = text
    composed = text.unicodeScalars.allSatisfy(Self.isComposedAlone) ? Array(text.utf8) : nil
    count = text.count
  }

  /// Scalars that are in composed form and never combine with their neighbours: Latin,
  /// CJK ideographs and their punctuation. Names and ids are made of these.
  private static func isComposedAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x300, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xFF01...0xFF60:
      true
    default: false
    }
  }

  static func == (a: SortText, b: SortText) -> Bool {
    if let left = a.composed, let right = b.composed { return left == right }
    return a.text == b.text
  }

  static func < (a: SortText, b: SortText) -> Bool {
    if let left = a.composed, let right = b.composed {
      return left.lexicographicallyPrecedes(right)
    }
    return a.text < b.text
  }
}
