import Foundation

/// Reads CSV as Excel, WPS and hand edits leave it (RFC 4180, leniently where it is safe).
///
/// Quoted cells may hold the separator, doubled quotes and line breaks; records end in
/// CRLF, LF or a lone CR, the last one possibly without. Blank lines are skipped. Rows
/// whose length differs from the header's are kept: ``CSVTable/raggedRows()`` lists them
/// for the caller to report.
public struct CSVReader: Sendable {
  /// The separator to use, or nil to detect comma, tab or semicolon from the header line.
  public var separator: Character?

  public init(separator: Character? = nil) {
    self.separator = separator
  }

  /// The separators tried when none is given, in the order that breaks ties.
  public static let candidateSeparators: [Unicode.Scalar] = [",", "\t", ";"]

  /// Parses `text` into a header and rows.
  ///
  /// - Throws: ``ImportError`` for an empty file, an unterminated or stray quote, a
  ///   duplicated header name, or an unusable given separator.
  public func read(_ text: String) throws -> CSVTable {
    var scalars = Array(text.unicodeScalars)
    // A byte order mark the decoder left, or one that came with GB18030 (84 31 95 33).
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    let separator = try separator.map(Self.validated) ?? Self.detectSeparator(scalars)

    var parser = CSVRecordParser(scalars, separator: separator)
    var header: CSVRow?
    var rows: [CSVRow] = []
    while let record = try parser.next() {
      // Excel writes ",,,," for rows that were only formatted; they hold nothing.
      if record.cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
      if header == nil {
        header = record
      } else {
        rows.append(record)
      }
    }
    guard let header else { throw ImportError.emptyFile }
    try Self.checkDuplicates(header)
    return CSVTable(
      separator: Character(separator), headerLine: header.line, header: header.cells, rows: rows)
  }

  /// A cell as a value: edge spaces trimmed, full-width digits folded, and the apostrophe
  /// that Excel-safe exports put before formulas and long numbers removed.
  ///
  /// The apostrophe goes only where ``CSVWriter`` would have added it:
  /// before `=`, `+`, `-`, `@`, a tab, or a digit string that is long or starts with 0.
  /// Elsewhere it may be the clerk's own text.
  public static func cleanCell(_ cell: String) -> String {
    let trimmed = cell.trimmedSpaces
    let hasFullWidthDigits = trimmed.unicodeScalars.contains {
      (0xFF10...0xFF19).contains($0.value)
    }
    let folded =
      !hasFullWidthDigits
      ? trimmed
      : String(
        String.UnicodeScalarView(
          trimmed.unicodeScalars.map { scalar in
            (0xFF10...0xFF19).contains(scalar.value)
              ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar
          }))
    guard folded.hasPrefix("'") else { return folded }
    let rest = folded.dropFirst()
    guard let first = rest.unicodeScalars.first else { return folded }
    if "=+-@\t\r".unicodeScalars.contains(first) { return String(rest) }
    let isDigits = rest.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    if isDigits, rest.count > 10 || (first == "0" && rest.count > 1) { return String(rest) }
    return folded
  }

  /// The candidate separator giving the header line the most fields outside quotes;
  /// comma when none appears or on a tie.
  static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
    var counts = [Unicode.Scalar: Int]()
    var inQuotes = false
    var seenContent = false
    for scalar in scalars {
      if scalar == "\"" {
        inQuotes.toggle()
      } else if !inQuotes, scalar == "\r" || scalar == "\n" {
        // Blank lines before the header are skipped, as the reader skips them.
        if seenContent { break }
      } else if !inQuotes, candidateSeparators.contains(scalar) {
        counts[scalar, default: 0] += 1
      }
      if !scalar.properties.isWhitespace { seenContent = true }
    }
    var best: Unicode.Scalar = ","
    for candidate in candidateSeparators
    where counts[candidate, default: 0] > counts[best, default: 0] {
      best = candidate
    }
    return best
  }

  private static func validated(_ separator: Character) throws -> Unicode.Scalar {
    let scalars = separator.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first, !"\"\r\n".unicodeScalars.contains(scalar)
    else { throw ImportError.unusableSeparator(separator) }
    return scalar
  }

  /// Header names that normalise alike (`电话`, `电 话`, `电话*`) would feed one field twice.
  static func checkDuplicates(_ header: CSVRow) throws {
    var columnsByName = [String: [Int]]()
    var order: [String] = []
    for (offset, cell) in header.cells.enumerated() {
      let name = HeaderMatcher.normalize(cell)
      guard !name.isEmpty else { continue }
      if columnsByName[name] == nil { order.append(name) }
      columnsByName[name, default: []].append(offset + 1)
    }
    if let name = order.first(where: { columnsByName[$0]!.count > 1 }) {
      let columns = columnsByName[name]!
      throw ImportError.duplicateHeader(
        line: header.line, header: header.cells[columns[0] - 1], columns: columns)
    }
  }
}
