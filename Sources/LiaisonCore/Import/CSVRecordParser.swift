/// Splits CSV text into records, one call to ``next()`` per record (RFC 4180).
///
/// Works on Unicode scalars, not Characters: Swift joins CR LF into one Character, and a
/// quote followed by a combining mark would vanish into a grapheme.
struct CSVRecordParser {
  private let scalars: [Unicode.Scalar]
  private let separator: Unicode.Scalar
  private var index = 0
  /// The physical line `index` is on; LF, CR and CRLF each end one.
  private var line = 1

  init(_ scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
    self.scalars = scalars
    self.separator = separator
  }

  /// The next record with the line it starts on, or nil at the end of the text.
  mutating func next() throws -> CSVRow? {
    guard index < scalars.count else { return nil }
    let start = line
    var cells: [String] = []
    while true {
      cells.append(try field(column: cells.count + 1))
      guard index < scalars.count else { return CSVRow(line: start, cells: cells) }
      let scalar = scalars[index]
      index += 1
      if scalar == separator { continue }
      // Only a line break can stop a field other than the separator.
      if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
      line += 1
      return CSVRow(line: start, cells: cells)
    }
  }

  /// One field, leaving `index` on the separator or line break after it (or at the end).
  private mutating func field(column: Int) throws -> String {
    // `a, "b,c"` is common in hand-written files: spaces before an opening quote are
    // dropped rather than making the quote stray.
    var lookahead = index
    while lookahead < scalars.count, scalars[lookahead] == " ", separator != " " {
      lookahead += 1
    }
    if lookahead < scalars.count, scalars[lookahead] == "\"" {
      index = lookahead
      return try quotedField(column: column)
    }
    var text = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == separator || scalar == "\r" || scalar == "\n" { break }
      if scalar == "\"" { throw ImportError.strayQuote(line: line, column: column) }
      text.append(scalar)
      index += 1
    }
    return String(text)
  }

  private mutating func quotedField(column: Int) throws -> String {
    let openedOn = line
    index += 1
    var text = String.UnicodeScalarView()
    while true {
      guard index < scalars.count else { throw ImportError.unterminatedQuote(line: openedOn) }
      let scalar = scalars[index]
      index += 1
      if scalar == "\"" {
        guard index < scalars.count, scalars[index] == "\"" else { break }
        index += 1
      } else if scalar == "\n" || (scalar == "\r" && scalars[safe: index] != "\n") {
        line += 1
      }
      text.append(scalar)
    }
    // Spaces after the closing quote are as harmless as those before the opening one.
    while index < scalars.count, scalars[index] == " " || scalars[index] == "\t",
      scalars[index] != separator
    {
      index += 1
    }
    if index < scalars.count {
      let next = scalars[index]
      guard next == separator || next == "\r" || next == "\n" else {
        throw ImportError.textAfterQuote(line: line, column: column)
      }
    }
    return String(text)
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
