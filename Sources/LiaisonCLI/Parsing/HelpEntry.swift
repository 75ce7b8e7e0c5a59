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
  /// Help text beside its label is never narrower than this; a terminal too narrow for
  /// that gets each help text on the lines under its label instead.
  static let minimumTextWidth = 20
  /// Where help text starts when it goes under its label.
  static let narrowIndent = 6

  var label: String
  var text: String

  /// The rendered lines, without trailing newlines or trailing spaces.
  func lines(width: Int) -> [String] {
    let labelLine = String(repeating: " ", count: Self.indent) + label
    guard width - Self.helpColumn >= Self.minimumTextWidth else {
      let indent = String(repeating: " ", count: Self.narrowIndent)
      let wrapped = text.isEmpty ? [] : TextWrap.lines(text, width: width - Self.narrowIndent)
      return [labelLine] + wrapped.map { $0.isEmpty ? "" : indent + $0 }
    }
    let textWidth = width - Self.helpColumn
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
