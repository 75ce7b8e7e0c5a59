/// A plain-text table for the terminal whose columns line up even with Chinese cells.
public struct TextTable: Sendable {
  /// Where a cell sits in its column; numbers read best right-aligned.
  public enum Alignment: Sendable {
    case left
    case right
  }

  /// A column's heading and alignment.
  public struct Column: Sendable {
    public var heading: String
    public var alignment: Alignment
    /// Names, phones and grids: never broken across lines in print (李玉/兰 reads as two
    /// people) and never narrowed on a text page.
    public var keepsWhole: Bool

    public init(_ heading: String, alignment: Alignment = .left, keepsWhole: Bool = false) {
      self.heading = heading
      self.alignment = alignment
      self.keepsWhole = keepsWhole
    }
  }

  public var columns: [Column]
  /// Rows of cells; missing cells render empty and cells beyond the columns are ignored.
  public var rows: [[String]]

  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Renders headings, a rule and the rows, each line ending in "\n" without trailing spaces.
  ///
  /// When `maxWidth` is given and the table is wider, the widest left-aligned columns give
  /// way first, never below their heading or 4 columns, and their cells end in "…". If that
  /// is not enough the table stays wider than `maxWidth`. No columns render as "".
  /// With `wrapping`, narrowed cells go on over more lines instead, so nothing is cut.
  /// Columns that keep whole are never narrowed.
  public func render(maxWidth: Int? = nil, wrapping: Bool = false) -> String {
    guard !columns.isEmpty else { return "" }
    let headings = columns.map { Self.flatten($0.heading) }
    let cells = rows.map { row in
      columns.indices.map { $0 < row.count ? Self.flatten(row[$0]) : "" }
    }
    var widths = headings.map(DisplayWidth.of)
    let headingWidths = widths
    for row in cells {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    if let maxWidth {
      shrink(&widths, headingWidths: headingWidths, toFit: maxWidth)
    }
    var output = line(headings, widths: widths)
    output += line(widths.map { String(repeating: "─", count: $0) }, widths: widths)
    for row in cells {
      guard wrapping else {
        output += line(row, widths: widths)
        continue
      }
      let wrapped = row.enumerated().map { index, cell in
        DisplayWidth.of(cell) > widths[index]
          ? TextWrap.lines(cell, width: widths[index]) : [cell]
      }
      for number in 0..<(wrapped.map(\.count).max() ?? 1) {
        output += line(wrapped.map { number < $0.count ? $0[number] : "" }, widths: widths)
      }
    }
    return output
  }

  /// Narrows the widest shrinkable column step by step so the narrowing is shared fairly.
  private func shrink(_ widths: inout [Int], headingWidths: [Int], toFit maxWidth: Int) {
    let floors = headingWidths.map { max($0, 4) }
    var excess = widths.reduce(0, +) + 2 * (widths.count - 1) - maxWidth
    while excess > 0 {
      let shrinkable = columns.indices.filter {
        columns[$0].alignment == .left && !columns[$0].keepsWhole && widths[$0] > floors[$0]
      }
      guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return }
      let runnerUp = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let step = max(1, min(widths[widest] - floors[widest], widths[widest] - runnerUp, excess))
      widths[widest] -= step
      excess -= step
    }
  }

  private func line(_ cells: [String], widths: [Int]) -> String {
    var parts: [String] = []
    for (index, cell) in cells.enumerated() {
      let (text, width) = Self.fit(cell, width: widths[index])
      let padding = String(repeating: " ", count: widths[index] - width)
      parts.append(columns[index].alignment == .left ? text + padding : padding + text)
    }
    var joined = parts.joined(separator: "  ")
    while joined.last == " " { joined.removeLast() }
    return joined + "\n"
  }

  /// Cuts `text` to `width` columns ending in "…"; returns the text and its real width,
  /// which is one short when a wide character would not fit, so padding fills the gap.
  private static func fit(_ text: String, width: Int) -> (String, Int) {
    let full = DisplayWidth.of(text)
    guard full > width else { return (text, full) }
    var kept = ""
    var used = 0
    var done = false
    DisplayWidth.forEachCell(of: text) { character, characterWidth in
      if done || used + characterWidth > width - 1 {
        done = true
        return
      }
      kept.append(character)
      used += characterWidth
    }
    return (kept + "…", used + 1)
  }

  /// Line breaks and tabs would wreck the grid, so they become spaces.
  private static func flatten(_ text: String) -> String {
    guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
    return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }
}
