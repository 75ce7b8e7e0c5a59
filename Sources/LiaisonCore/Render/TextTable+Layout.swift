/// How a table is fitted to the page: which columns give way, and the record-per-block
/// layout for when nothing can.
extension TextTable {
  /// Free text narrower than this reads as a column of syllables: it goes on a line of its
  /// own under its row instead.
  static let narrowestProse = 20

  /// What fitting needs to know of each column, measured once over every row.
  struct Measures {
    /// The widest of the heading and the cells: the width when there is room.
    var natural: [Int]
    /// The widest part of a cell that the column's kind never breaks (a name, an id); the
    /// heading is left out, as it may wrap.
    var unbreakable: [Int]
  }

  /// Measures the columns, `widest` being each one's widest cell; `unbreakable` costs a pass
  /// over every cell, so it is left at the natural widths when the table fits as it is.
  func measures(
    headings: [String], cells: [[String]], cellWidths: [[Int]], widest: [Int],
    fitting width: Int
  ) -> Measures {
    let natural = columns.indices.map { max(DisplayWidth.of(headings[$0]), widest[$0]) }
    guard natural.reduce(0, +) + 2 * (natural.count - 1) > width else {
      return Measures(natural: natural, unbreakable: natural)
    }
    // The widest part is the widest of each half's, which the two cores look for.
    let halves = TwoCores.inHalves(cells.count) { [columns] range in
      columns.indices.map { index -> Int in
        switch columns[index].kind {
        case .whole: widest[index]
        case .items:
          Self.widestPart(of: index, cells[range], cellWidths[range]) {
            TextWrap.widestItem($0, atSpaces: true)
          }
        case .prose:
          Self.widestPart(of: index, cells[range], cellWidths[range], TextWrap.widestWord)
        }
      }
    }
    let unbreakable = columns.indices.map { index in halves.map { $0[index] }.max() ?? 0 }
    return Measures(natural: natural, unbreakable: unbreakable)
  }

  /// The widest `part` of column `index`'s cells. A part is never wider than its cell, so a
  /// cell no wider than the widest part found so far is not looked into: a list of a
  /// month's visits has tens of thousands of notes.
  private static func widestPart(
    of index: Int, _ cells: ArraySlice<[String]>, _ cellWidths: ArraySlice<[Int]>,
    _ part: (String) -> Int
  ) -> Int {
    var widest = 0
    for (row, widths) in zip(cells, cellWidths) where widths[index] > widest {
      widest = max(widest, part(row[index]))
    }
    return widest
  }

  /// The width of each of the columns `shown` so that together they fit `width`, or nil
  /// when even their unbreakable parts do not. With `wrappingHeadings`, headings may go
  /// over two lines to make room.
  func widths(
    of shown: [Int], _ measures: Measures, headings: [String], fitting width: Int,
    wrappingHeadings: Bool
  ) -> [Int]? {
    var widths = shown.map { measures.natural[$0] }
    let gaps = 2 * (widths.count - 1)
    guard widths.reduce(0, +) + gaps > width else { return widths }
    let floors = shown.map { index in
      floor(of: index, measures, heading: headings[index], wrappingHeading: wrappingHeadings)
    }
    guard floors.reduce(0, +) + gaps <= width else { return nil }
    var excess = widths.reduce(0, +) + gaps - width
    // The widest column gives way first, step by step, so the narrowing is shared fairly.
    while excess > 0 {
      let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
      guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
      let runnerUp = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let step = max(1, min(widths[widest] - floors[widest], widths[widest] - runnerUp, excess))
      widths[widest] -= step
      excess -= step
    }
    return widths
  }

  /// How narrow column `index` may become: its heading not at all, or when it may wrap down
  /// to two lines (`联系户数` as 联系 over 户数); its cells down to their widest unbreakable
  /// part, and free text not below `narrowestProse`.
  private func floor(
    of index: Int, _ measures: Measures, heading: String, wrappingHeading: Bool
  ) -> Int {
    let natural = measures.natural[index]
    let readable = columns[index].kind == .prose ? min(natural, Self.narrowestProse) : 0
    let headingFloor =
      wrappingHeading ? Self.twoLineWidth(of: heading) : DisplayWidth.of(heading)
    return max(headingFloor, measures.unbreakable[index], readable)
  }

  /// The width a heading takes over two lines: a column of single characters reads as none.
  static func twoLineWidth(of heading: String) -> Int {
    let half = (DisplayWidth.of(heading) + 1) / 2
    return max(TextWrap.widestWord(heading), half + half % 2)
  }

  /// Each record as lines of `heading  value`, records apart by a blank line; empty fields
  /// are left out and long values wrap under themselves.
  func blocks(headings: [String], cells: [[String]], width: Int) -> String {
    let headingWidths = headings.map(DisplayWidth.of)
    let labelWidth = headingWidths.max() ?? 0
    let valueWidth = max(width - labelWidth - 2, Self.narrowestProse)
    let indent = String(repeating: " ", count: labelWidth + 2)
    // Each heading with the spaces that bring its value to the column: made once, not once
    // a record.
    let labels = zip(headings, headingWidths).map { heading, headingWidth in
      heading + String(repeating: " ", count: labelWidth - headingWidth + 2)
    }
    let records = cells.map { row in
      var text = ""
      for (index, cell) in row.enumerated() where !cell.isEmpty {
        let lines = wrap(cell, index, width: valueWidth)
        text += labels[index] + lines[0] + "\n"
        for more in lines.dropFirst() { text += indent + more + "\n" }
      }
      return text
    }
    return records.joined(separator: "\n")
  }
}
