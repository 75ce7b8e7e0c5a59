/// A plain-text table for the terminal whose columns line up even with Chinese cells, laid
/// out for the page's width without ever cutting a cell short.
public struct TextTable: Sendable {
  /// Where a cell sits in its column; numbers read best right-aligned.
  public enum Alignment: Sendable {
    case left
    case right
  }

  /// How a column's cells may be broken over lines when the table must be narrowed.
  public enum Kind: Sendable, Equatable {
    /// Ids, dates, phones and numbers: never broken, so what a clerk types back (`visit
    /// edit V20261102-0001`) is always there whole. The table changes layout instead.
    case whole
    /// Names, lists of them (`张建国、欧阳小明`) and short phrases: broken only between
    /// items — after 、，； a comma or a space — so no name is split (李玉/兰 reads as two
    /// people).
    case items
    /// Free text — notes, needs, reasons: broken wherever a line may break, Latin words
    /// kept whole.
    case prose
  }

  /// A column's heading, alignment and kind.
  public struct Column: Sendable {
    public var heading: String
    public var alignment: Alignment
    /// Names, phones and grids: never broken across lines in print either (the HTML page).
    public var keepsWhole: Bool
    public var kind: Kind

    /// Without a `kind`, right-aligned (number) and whole columns are `.whole` and the rest
    /// `.items`, which never splits a name, an id or a date.
    public init(
      _ heading: String, alignment: Alignment = .left, keepsWhole: Bool = false,
      kind: Kind? = nil
    ) {
      self.heading = heading
      self.alignment = alignment
      self.keepsWhole = keepsWhole
      self.kind = kind ?? (alignment == .right || keepsWhole ? .whole : .items)
    }
  }

  public var columns: [Column]
  /// Rows of cells; missing cells render empty and cells beyond the columns are ignored.
  public var rows: [[String]]

  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Renders headings, a rule and the rows in at most `width` columns, each line ending in
  /// "\n" without trailing spaces. No columns render as "".
  ///
  /// A table that fits is printed as it is. Otherwise the widest columns give way: `.items`
  /// and `.prose` cells and headings wrap onto more lines, never narrower than their widest
  /// unbreakable part. If that is not enough, free text leaves the grid for a line of its
  /// own under each row; and when even the rest is too wide, each record is printed as a
  /// block of `heading  value` lines. Nothing is ever cut.
  public func render(width: Int) -> String {
    guard !columns.isEmpty else { return "" }
    let headings = columns.map { Self.flatten($0.heading) }
    // Each cell is measured once here; a county's tables have hundreds of thousands, taken
    // in two halves on the two cores.
    let measured = TwoCores.inHalves(rows.count) { [rows, columns] range in
      // Rows of a cell for each column and no tab or line break are taken as they are,
      // not copied cell by cell.
      let plain = rows[range].allSatisfy { row in
        row.count == columns.count && !row.contains(where: Self.holdsTabOrLineBreak)
      }
      let cells =
        plain
        ? Array(rows[range])
        : rows[range].map { row in
          columns.indices.map { $0 < row.count ? Self.flatten(row[$0]) : "" }
        }
      let widths = cells.map { $0.map(DisplayWidth.of) }
      let widest = columns.indices.map { index in widths.reduce(0) { max($0, $1[index]) } }
      return (cells: cells, widths: widths, widest: widest)
    }
    let cells = measured.count == 1 ? measured[0].cells : measured.flatMap(\.cells)
    let cellWidths = measured.count == 1 ? measured[0].widths : measured.flatMap(\.widths)
    let widest = columns.indices.map { index in measured.map { $0.widest[index] }.max() ?? 0 }
    let all = Array(columns.indices)
    let prose = all.filter { columns[$0].kind == .prose }
    let rest = all.filter { columns[$0].kind != .prose }
    let measures = measures(
      headings: headings, cells: cells, cellWidths: cellWidths, widest: widest, fitting: width)
    // Most readable first: free text wrapped in its column, then on lines of its own, then
    // the same with headings over two lines.
    for wrappingHeadings in [false, true] {
      for (shown, details) in [(all, [Int]()), (rest, prose)] {
        guard !shown.isEmpty, shown.count == all.count || !details.isEmpty,
          let widths = widths(
            of: shown, measures, headings: headings, fitting: width,
            wrappingHeadings: wrappingHeadings)
        else { continue }
        return grid(
          shown, widths: widths, details: details, headings: headings, cells: cells,
          cellWidths: cellWidths, width: width)
      }
    }
    return blocks(headings: headings, cells: cells, width: width)
  }

  /// The columns `shown` as a grid in `widths`; the `details` columns follow each row on
  /// lines of their own, as `heading：value`.
  private func grid(
    _ shown: [Int], widths: [Int], details: [Int], headings: [String], cells: [[String]],
    cellWidths: [[Int]], width: Int
  ) -> String {
    var output = lines(
      of: shown.map { headings[$0] }, measuring: shown.map { DisplayWidth.of(headings[$0]) },
      shown, widths: widths
    ) { text, _, width in
      TextWrap.lines(text, width: min(width, Self.twoLineWidth(of: text)))
    }
    output += line(
      widths.map { Measured(text: String(repeating: "─", count: $0), width: $0) }, shown,
      widths: widths)
    // The rows in two halves on the two cores: each row's lines are its own.
    for half in TwoCores.inHalves(
      cells.count,
      { range in
        var text = ""
        for (row, rowWidths) in zip(cells[range], cellWidths[range]) {
          if shown.indices.allSatisfy({ rowWidths[shown[$0]] <= widths[$0] }) {
            appendLine(to: &text, shown, widths: widths) { (row[shown[$0]], rowWidths[shown[$0]]) }
          } else {
            text += lines(
              of: shown.map { row[$0] }, measuring: shown.map { rowWidths[$0] }, shown,
              widths: widths, wrapping: wrap)
          }
          for index in details where !row[index].isEmpty {
            text += detail(heading: headings[index], value: row[index], width: width)
          }
        }
        return text
      })
    {
      output += half
    }
    return output
  }

  /// The lines of one row of the columns `shown` (`texts` measuring `textWidths`), its
  /// cells too wide for their column broken by `wrapping`.
  private func lines(
    of texts: [String], measuring textWidths: [Int], _ shown: [Int], widths: [Int],
    wrapping: (String, Int, Int) -> [String]
  ) -> String {
    // Most rows fit as they are: one line, nothing to wrap.
    guard shown.indices.contains(where: { textWidths[$0] > widths[$0] }) else {
      return line(
        shown.indices.map { Measured(text: texts[$0], width: textWidths[$0]) }, shown,
        widths: widths)
    }
    let wrapped = shown.indices.map { position -> [Measured] in
      let text = texts[position]
      guard textWidths[position] > widths[position] else {
        return [Measured(text: text, width: textWidths[position])]
      }
      return wrapping(text, shown[position], widths[position]).map {
        Measured(text: $0, width: DisplayWidth.of($0))
      }
    }
    return (0..<(wrapped.map(\.count).max() ?? 1)).map { number in
      line(wrapped.map { number < $0.count ? $0[number] : .empty }, shown, widths: widths)
    }.joined()
  }

  /// A line of a cell and the columns it takes, so no cell is measured twice.
  private struct Measured {
    var text: String
    var width: Int
    static let empty = Measured(text: "", width: 0)
  }

  /// One free-text cell on lines of its own under its row, `  备注：老人身体好`, going on
  /// under its first word.
  private func detail(heading: String, value: String, width: Int) -> String {
    // A Chinese heading takes the full-width colon, as a clerk writes it.
    let label = heading + (DisplayWidth.of(heading) > heading.count ? "：" : ": ")
    let hanging = Self.detailIndent + DisplayWidth.of(label)
    let lines = TextWrap.lines(value, width: max(width - hanging, Self.narrowestProse))
    let indent = String(repeating: " ", count: hanging)
    return String(repeating: " ", count: Self.detailIndent) + label + lines[0] + "\n"
      + lines.dropFirst().map { indent + $0 + "\n" }.joined()
  }

  /// How far a free-text line under its row is indented.
  static let detailIndent = 2

  /// `cell` of column `index` broken into lines of at most `width`, as its kind allows.
  func wrap(_ cell: String, _ index: Int, width: Int) -> [String] {
    switch columns[index].kind {
    case .whole: [cell]
    case .items: TextWrap.items(cell, width: width, atSpaces: true)
    case .prose: TextWrap.lines(cell, width: width)
    }
  }

  private func line(_ cells: [Measured], _ shown: [Int], widths: [Int]) -> String {
    var line = ""
    appendLine(to: &line, shown, widths: widths) { (cells[$0].text, cells[$0].width) }
    return line
  }

  /// Adds a line of the columns `shown`, the cell at each position and its width given by
  /// `cell`, to `output`, which is empty or ends a line: a row that fits is written straight
  /// into the table, with no arrays or strings of its own.
  private func appendLine(
    to output: inout String, _ shown: [Int], widths: [Int],
    cell: (Int) -> (text: String, width: Int)
  ) {
    for position in shown.indices {
      if position > 0 { output += "  " }
      let (text, width) = cell(position)
      let padding = max(0, widths[position] - width)
      if columns[shown[position]].alignment == .left {
        output += text
        if padding > 0 { output += String(repeating: " ", count: padding) }
      } else {
        if padding > 0 { output += String(repeating: " ", count: padding) }
        output += text
      }
    }
    // The line before ends in a line break, which no trailing space is.
    if output.utf8.last == UInt8(ascii: " ") {
      while output.last == " " { output.removeLast() }
    }
    output += "\n"
  }

  /// Line breaks and tabs would wreck the grid, so they become spaces.
  static func flatten(_ text: String) -> String {
    guard holdsTabOrLineBreak(text),
      text.contains(where: { $0.isNewline || $0 == "\t" })
    else { return text }
    return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }

  /// Whether `text` holds a tab or a line break (U+0009…000D, U+0085, U+2028, U+2029), by
  /// its bytes: walking every cell's graphemes took as long as laying out a county's table.
  static func holdsTabOrLineBreak(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforeThat: UInt8 = 0
    for byte in text.utf8 {
      if (0x09...0x0D).contains(byte) || previous == 0xC2 && byte == 0x85
        || beforeThat == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9)
      {
        return true
      }
      beforeThat = previous
      previous = byte
    }
    return false
  }
}
