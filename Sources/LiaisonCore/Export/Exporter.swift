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
  /// written as it is read, record by record, its keys in sorted order as `JSONEncoder`
  /// writes them; the visits last, month by month, never all in memory at once.
  public static func bundle(from session: StoreSession, write: (Data) throws -> Void) throws {
    try withoutActuallyEscaping(write) { write in try bundle(from: session, to: write) }
  }

  private static func bundle(
    from session: StoreSession, to write: @escaping (Data) throws -> Void
  ) throws {
    let head = ExportBundle(
      township: session.manifest.township, roster: try session.roster(), visits: [],
      needs: try session.needs(), scored: try session.scoreRecordFiles(),
      carried: try session.carriedRecords())
    // The keys in the order `JSONEncoder` sorts them, so the bytes are those of encoding
    // the bundle whole (`StreamedJSONTests`).
    var out = ExportBundleStream(write: write)
    try out.array("activities", head.activities)
    try out.array("adjustments", head.adjustments)
    try out.array("appraisals", head.appraisals)
    try out.array("commitments", head.commitments)
    try out.value("format", head.format)
    try out.array("grids", head.grids)
    try out.array("households", head.households)
    try out.array("indexAdjustments", head.indexAdjustments)
    try out.array("inspections", head.inspections)
    try out.array("links", head.links)
    try out.array("members", head.members)
    try out.array("needs", head.needs)
    // One photo in memory at a time; a key only when there is one, as `photos` is optional.
    let photos = try session.keptPhotoNames()
    if !photos.isEmpty {
      try out.array("photos") { (element: (KeptPhoto) throws -> Void) in
        for name in photos { if let photo = try session.keptPhoto(name) { try element(photo) } }
      }
    }
    try out.array("reserves", head.reserves)
    try out.value("retired", head.retired)
    try out.value("rules", head.rules)
    try out.array("stars", head.stars)
    try out.array("teamPeople", head.teamPeople)
    try out.array("teamPioneers", head.teamPioneers)
    try out.array("teamProjects", head.teamProjects)
    try out.array("teamRatings", head.teamRatings)
    try out.array("teamTasks", head.teamTasks)
    try out.array("teamWork", head.teamWork)
    try out.array("teams", head.teams)
    try out.value("township", head.township)
    try out.array("villages", head.villages)
    try out.array("visits") { (element: (Visit) throws -> Void) in
      for month in try session.visitMonths() {
        // Read without keeping: a reading session keeps the months it reads for reports.
        for visit in try session.visitLog.read(month, warn: session.warn) { try element(visit) }
      }
    }
    try out.array("workReports", head.workReports)
    try out.finish()
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
