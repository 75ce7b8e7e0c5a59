/// Writes RFC 4180 CSV that spreadsheets, Excel on Chinese Windows included, open intact:
/// the one writer of every CSV liaison prints or saves — lists, `show`, scores, reports,
/// worksheets, exports, templates and rejected rows.
///
/// Every field is guarded: Excel runs a cell starting with `=`, `+`, `-`, `@`, tab or CR as
/// a formula, and turns long digit strings (phone and ID numbers) and leading-zero codes
/// like "0571" into numbers. Such fields get a leading apostrophe, which Excel hides while
/// keeping the cell as text, and which liaison's own CSV reader takes off again. Plain
/// numbers such as "-5" or "-3.5" are left alone. A document starts with the byte order
/// mark that makes Excel read UTF-8 rather than the ANSI code page.
public struct CSVWriter: Sendable {
  /// What starts a document, so that Excel reads it as UTF-8.
  public static let byteOrderMark = "\u{FEFF}"
  /// The character between fields; "," per RFC 4180.
  public var separator: Character

  public init(separator: Character = ",") {
    self.separator = separator
  }

  /// One field, quoted when it holds the separator, a quote, CR, LF, or edge spaces.
  public func field(_ value: String) -> String {
    let value = Self.needsApostrophe(value) ? "'" + value : value
    guard mustQuote(value) else { return value }
    let scalars = value.unicodeScalars
    // Replace by scalars so a quote joined to a combining mark is still doubled.
    var quoted = "\""
    for scalar in scalars {
      quoted.unicodeScalars.append(scalar)
      if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
    }
    return quoted + "\""
  }

  /// Whether `value` holds the separator, a quote, CR or LF, or starts or ends with a space.
  /// An ASCII separator is looked for among the UTF-8 bytes, where no other character can
  /// hold an ASCII byte; any other is looked for scalar by scalar.
  private func mustQuote(_ value: String) -> Bool {
    let utf8 = value.utf8
    if utf8.first == 0x20 || utf8.last == 0x20 { return true }
    let separatorScalars = separator.unicodeScalars
    if separatorScalars.count == 1, let only = separatorScalars.first, only.isASCII {
      let byte = UInt8(only.value)
      return utf8.contains { $0 == byte || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }
    let special = Set(separatorScalars).union(["\"", "\r", "\n"])
    return value.unicodeScalars.contains(where: special.contains)
  }

  /// One record: the fields joined by the separator, ending in CRLF.
  public func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: String(separator)) + "\r\n"
  }

  /// A whole file. An empty `header` writes no header line.
  /// - Parameter byteOrderMark: false only when asked for (`export --no-bom`), for readers
  ///   that do not expect it.
  public func document(header: [String], rows: [[String]], byteOrderMark: Bool = true) -> String {
    var output = byteOrderMark ? Self.byteOrderMark : ""
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
