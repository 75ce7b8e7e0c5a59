/// Work on a county's rows in two halves, one on each core: laying out its tables, making
/// its coverage rows.
extension TwoCores {
  /// `part` of the rows `0..<count` in two halves, one on each core, when there
  /// are at least `minimum` rows — fewer are not worth a thread — else in one; the parts in
  /// the rows' order. A row's text is its own, so the halves joined are the whole.
  static func inHalves<Part: Sendable>(
    _ count: Int, minimum: Int = 4_096, _ part: @escaping @Sendable (Range<Int>) -> Part
  ) -> [Part] {
    let middle = count / 2
    guard count >= minimum,
      let halves = try? map(
        2, { half, _ in part(half == 0 ? 0..<middle : middle..<count) }, give: { _, _ in })
    else { return [part(0..<count)] }
    return halves
  }

  /// The halves' rows as one list, the first half's storage kept: only the second is
  /// copied (a county's household rows hold five texts and a list each).
  static func joined<Row>(_ halves: consuming [[Row]]) -> [Row] {
    guard !halves.isEmpty else { return [] }
    var whole = halves[0]
    halves[0] = []
    for half in halves.dropFirst() { whole.append(contentsOf: half) }
    return whole
  }
}
