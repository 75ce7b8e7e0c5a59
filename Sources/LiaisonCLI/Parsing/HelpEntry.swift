import LiaisonCore

/// One row of a help section: a label such as `-d, --date <date>` and its help text,
/// laid out in two columns.
///
/// Everything is measured with `DisplayWidth`, never `String.count`, so Chinese
/// labels and text (two columns per character) still line up.
struct HelpEntry {
  /// Where labels start.
  static let indent = 2
  /// The display column where help text starts, as in swift-argument-parser.
  static let helpColumn = 26
  /// The least space kept between a label and its help on the same line.
  static let minimumGap = 2
  /// Help text is never squeezed narrower than this, even in a tiny terminal.
  static let minimumTextWidth = 20

  var label: String
  var text: String

  /// The rendered lines, without trailing newlines or trailing spaces.
  func lines(width: Int) -> [String] {
    let labelLine = String(repeating: " ", count: Self.indent) + label
    let textWidth = max(width - Self.helpColumn, Self.minimumTextWidth)
    let wrapped = text.isEmpty ? [] : TextWrap.lines(text, width: textWidth)
    guard let first = wrapped.first else { return [labelLine] }

    let helpIndent = String(repeating: " ", count: Self.helpColumn)
    let continuation = wrapped.dropFirst().map { $0.isEmpty ? "" : helpIndent + $0 }
    let labelWidth = DisplayWidth.of(labelLine)
    // A label running into the help column pushes its help to the next line.
    if labelWidth + Self.minimumGap > Self.helpColumn {
      return [labelLine, helpIndent + first] + continuation
    }
    let padding = String(repeating: " ", count: Self.helpColumn - labelWidth)
    return [labelLine + padding + first] + continuation
  }
}
