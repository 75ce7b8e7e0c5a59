/// Writes RFC 4180 CSV that spreadsheets, Excel on Chinese Windows included, open intact.
public struct CSVWriter: Sendable {
  /// The character between fields; "," per RFC 4180.
  public var separator: Character
  /// Whether to guard fields against Excel formula injection and number mangling.
  ///
  /// Excel runs a cell starting with `=`, `+`, `-`, `@`, tab or CR as a formula, and turns
  /// long digit strings (phone and ID numbers) and leading-zero codes like "0571" into
  /// numbers. Such fields get a leading apostrophe, which Excel hides while keeping the cell
  /// as text. Plain numbers such as "-5" or "-3.5" are left alone. Other readers will see the
  /// apostrophe, so turn this on only for files meant for Excel.
  public var excelSafe: Bool

  public init(separator: Character = ",", excelSafe: Bool = false) {
    self.separator = separator
    self.excelSafe = excelSafe
  }

  /// One field, quoted when it holds the separator, a quote, CR, LF, or edge spaces.
  public func field(_ value: String) -> String {
    let value = excelSafe && Self.needsApostrophe(value) ? "'" + value : value
    let scalars = value.unicodeScalars
    let special = Set(separator.unicodeScalars).union(["\"", "\r", "\n"])
    let mustQuote =
      scalars.contains(where: special.contains)
      || scalars.first == " " || scalars.last == " "
    guard mustQuote else { return value }
    // Replace by scalars so a quote joined to a combining mark is still doubled.
    var quoted = "\""
    for scalar in scalars {
      quoted.unicodeScalars.append(scalar)
      if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
    }
    return quoted + "\""
  }

  /// One record: the fields joined by the separator, ending in CRLF.
  public func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: String(separator)) + "\r\n"
  }

  /// A whole file; the byte order mark makes Excel read UTF-8 instead of the ANSI code page.
  /// An empty `header` writes no header line.
  public func document(header: [String], rows: [[String]], byteOrderMark: Bool = false) -> String {
    var output = byteOrderMark ? "\u{FEFF}" : ""
    if !header.isEmpty { output += line(header) }
    for row in rows {
      output += line(row)
    }
    return output
  }

  private static func needsApostrophe(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first else { return false }
    // A leading apostrophe the clerk typed is doubled, so the import's removal of one
    // gives it back.
    if "=+@\t\r'".unicodeScalars.contains(first) { return true }
    if first == "-" { return !isPlainNumber(value) }
    let allDigits = value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    return allDigits && (value.unicodeScalars.count > 10 || (first == "0" && value.count > 1))
  }

  /// An optional minus, digits, and an optional fraction: what Excel reads back unchanged.
  private static func isPlainNumber(_ value: String) -> Bool {
    var scalars = Substring(value).unicodeScalars[...]
    if scalars.first == "-" { scalars = scalars.dropFirst() }
    let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) }
    }
  }
}
