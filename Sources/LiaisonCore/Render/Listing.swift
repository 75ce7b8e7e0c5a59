import Foundation

/// The ways a list or a record can be printed.
public enum OutputFormat: String, UserChoice {
  case table
  case json
  case csv

  public var chineseLabel: String {
    switch self {
    case .table: "表格"
    case .json: "JSON"
    case .csv: "CSV"
    }
  }
}

/// Records laid out as named columns, ready to print as a table or CSV.
public struct Listing: Sendable {
  public struct Column: Sendable {
    public var heading: Localized
    public var alignment: TextTable.Alignment
    /// How a terminal table may wrap the column (`TextTable.Column`'s default when nil).
    public var kind: TextTable.Kind?

    public init(
      _ heading: Localized, alignment: TextTable.Alignment = .left, kind: TextTable.Kind? = nil
    ) {
      self.heading = heading
      self.alignment = alignment
      self.kind = kind
    }

    public init(
      en: String, zh: String, alignment: TextTable.Alignment = .left, kind: TextTable.Kind? = nil
    ) {
      self.init(Localized(en: en, zh: zh), alignment: alignment, kind: kind)
    }
  }

  public var columns: [Column]
  public var rows: [[String]]
  /// How many leading columns a terminal list shows; the rest appear in `show` and CSV.
  public var tableColumnCount: Int

  public init(columns: [Column], rows: [[String]], tableColumnCount: Int? = nil) {
    self.columns = columns
    self.rows = rows
    self.tableColumnCount = min(tableColumnCount ?? columns.count, columns.count)
  }

  /// A terminal table with headings in `language`, of the first `tableColumnCount` columns,
  /// laid out in `width` columns.
  public func table(_ language: Language, width: Int) -> String {
    TextTable(
      columns: columns.prefix(tableColumnCount).map {
        TextTable.Column($0.heading(language), alignment: $0.alignment, kind: $0.kind)
      },
      rows: rows.map { Array($0.prefix(tableColumnCount)) }
    ).render(width: width)
  }

  /// RFC 4180 CSV with headings in `language`.
  public func csv(_ language: Language) -> String {
    CSVWriter().document(header: columns.map { $0.heading(language) }, rows: rows)
  }

  /// One record shown field by field: a two-column table of heading and value, skipping
  /// empty fields; long values wrap in `width` columns.
  public func fieldsTable(row: Int, language: Language, width: Int) -> String {
    let pairs = zip(columns, rows[row]).filter { !$0.1.isEmpty }.map {
      [$0.0.heading(language), $0.1]
    }
    return TextTable(
      columns: [
        TextTable.Column(language == .zh ? "字段" : "Field"),
        TextTable.Column(language == .zh ? "内容" : "Value", kind: .prose),
      ], rows: pairs
    ).render(width: width)
  }
}

/// JSON output for scripts: the records with the same keys as the data files.
public enum JSONOutput {
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    // A list of records that write themselves plainly goes element by element, laid out
    // by `PrettyJSON`: the same bytes, without the encoder's walk of every key.
    if let records = value as? [any PlainEncodable], !records.isEmpty {
      var array = PrettyJSONArray()
      var bytes = Data()
      for record in records { bytes += try array.element(record) }
      bytes += array.close() ?? Data()
      return String(decoding: bytes, as: UTF8.self) + "\n"
    }
    return String(decoding: try pretty(value), as: UTF8.self) + "\n"
  }

  /// `value` as `JSONEncoder` writes it with sorted keys, pretty printed, slashes
  /// unescaped: written by `SortedJSONEncoder` and laid out by `PrettyJSON`, or by the
  /// encoder itself for what that declines.
  static func pretty<T: Encodable>(_ value: T) throws -> [UInt8] {
    if let compact = try? SortedJSONEncoder.encode(value) { return PrettyJSON.layout(compact) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(value))
  }
}
