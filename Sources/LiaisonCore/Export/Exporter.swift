import Foundation

/// The output formats of `liaison export`.
public enum ExportFormat: String, UserChoice {
  case csv, json, jsonl, xlsx

  public var chineseLabel: String { rawValue.uppercased() }

  public var synonyms: [String] { self == .xlsx ? ["excel", "工作簿"] : [] }
}

/// What `liaison export` writes, read under the shared lock.
public enum Exporter {
  /// One kind's records: an .xlsx workbook or CSV for spreadsheets, or JSON / JSON Lines
  /// with every field as the data files hold it.
  public static func export(
    _ kind: ImportKind, from session: StoreSession, months: [YearMonth]?, format: ExportFormat,
    language: Language, byteOrderMark: Bool
  ) throws -> Data {
    let roster = try session.roster()
    let visits = kind == .visits ? try session.visits(VisitFilter(months: months)) : []
    switch format {
    case .xlsx:
      return ExportTable(kind, roster: roster, visits: visits, language: language)
        .workbook(kind, language: language)
    case .csv:
      let table = ExportTable(kind, roster: roster, visits: visits, language: language)
      return Data(table.csv(byteOrderMark: byteOrderMark).utf8)
    case .json:
      return try records(kind, roster: roster, visits: visits, lines: false)
    case .jsonl:
      return try records(kind, roster: roster, visits: visits, lines: true)
    }
  }

  /// Visits as JSON Lines, handed to `write` a few megabytes at a time and read one month at
  /// a time: a year of county visits is 650 MB of lines and 3 million decoded visits, which
  /// `export` would otherwise hold at once (2.2 GB). The bytes are those `export` gives.
  public static func visitLines(
    from session: StoreSession, months: [YearMonth]?, write: (Data) throws -> Void
  ) throws {
    let encoder = RecordCodec.encoder()
    var writer = PlainJSONWriter()
    var bytes = Data()
    for month in try months ?? session.visitMonths() {
      // Read without keeping: a reading session keeps the months it reads for reports.
      for visit in try session.visitLog.read(month, warn: session.warn) {
        bytes.append(contentsOf: try RecordCodec.line(visit, writer: &writer, encoder: encoder))
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= 1 << 22 {
          try write(bytes)
          bytes.removeAll(keepingCapacity: true)
        }
      }
    }
    if !bytes.isEmpty { try write(bytes) }
  }

  /// Every kind as one workbook, a sheet per kind in import order (villages before the
  /// grids in them, and so on), each as `export KIND --format xlsx` writes it.
  public static func workbook(from session: StoreSession, language: Language) throws -> Data {
    let roster = try session.roster()
    let visits = try session.visits(VisitFilter())
    let sheets = ImportKind.allCases.map { kind in
      ExportTable(kind, roster: roster, visits: kind == .visits ? visits : [], language: language)
        .sheet(kind, language: language)
    }
    return WorkbookWriter.workbook(sheets)
  }

  /// Everything, as one JSON document that `liaison import all` reads back unchanged —
  /// written as it is read: the rest of the bundle first, then the visits month by month
  /// (its last key, in sorted order), never all of them in memory at once.
  public static func bundle(from session: StoreSession, write: (Data) throws -> Void) throws {
    // The rest of the bundle, up to the visits' key, written and let go before the visits
    // are read: a county's roster printed is some 80 MB.
    let tail = try bundleHead(from: session, write: write)
    guard let tail else { return }
    var array = PrettyJSONArray(indent: "  ")
    var bytes = Data()
    for month in try session.visitMonths() {
      // Read without keeping: a reading session keeps the months it reads for reports.
      for visit in try session.visitLog.read(month, warn: session.warn) {
        bytes += try array.element(visit)
        if bytes.count >= 1 << 22 {
          try write(bytes)
          bytes.removeAll(keepingCapacity: true)
        }
      }
    }
    try write(bytes)
    try write(array.close().map { $0 + Data("\n}\n".utf8) } ?? Data(tail.utf8))
  }

  /// Writes the bundle up to its `"visits" : ` and returns what an empty visits array
  /// would have closed it with; nil when the whole bundle is written (no visits key).
  private static func bundleHead(
    from session: StoreSession, write: (Data) throws -> Void
  ) throws -> String? {
    let head = ExportBundle(
      township: session.manifest.township, roster: try session.roster(), visits: [],
      needs: try session.needs(), scored: try session.scoreRecordFiles())
    let whole = try JSONOutput.encode(head)
    guard let start = whole.range(of: "\n  \"visits\" : ", options: .backwards) else {
      try write(Data(whole.utf8))
      return nil
    }
    let utf8 = whole.utf8
    var from = utf8.startIndex
    let end = start.upperBound.samePosition(in: utf8)!
    while from < end {
      let to = utf8.index(from, offsetBy: 1 << 22, limitedBy: end) ?? end
      try write(Data(utf8[from..<to]))
      from = to
    }
    return String(whole[start.upperBound...])
  }

  private static func records(
    _ kind: ImportKind, roster: Roster, visits: [Visit], lines: Bool
  )
    throws -> Data
  {
    func encode<T: Encodable>(_ records: [T]) throws -> Data {
      guard lines else { return Data(try JSONOutput.encode(records).utf8) }
      // Straight into the bytes that are written: a year of county visits is 650 MB, and
      // every copy on the way (a String, then Data) costs as much again.
      let encoder = RecordCodec.encoder()
      var writer = PlainJSONWriter()
      var bytes = Data()
      for record in records {
        bytes.append(contentsOf: try RecordCodec.line(record, writer: &writer, encoder: encoder))
        bytes.append(UInt8(ascii: "\n"))
      }
      return bytes
    }
    switch kind {
    case .villages: return try encode(roster.villages)
    case .grids: return try encode(roster.grids)
    case .members: return try encode(roster.members)
    case .households: return try encode(roster.households)
    case .links: return try encode(roster.links)
    case .visits: return try encode(visits)
    }
  }
}
