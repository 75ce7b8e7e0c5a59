import Foundation

/// Plans an import against the data folder: every row matched, checked by the same rules
/// as the commands, and marked create, update, unchanged or reject — without writing.
///
/// Rows are applied one by one to a working copy of the roster (and of the visit logs),
/// so a row may refer to one created a few lines above, and a rejected row is exactly the
/// row a command would have refused.
public struct RosterImport {
  public let kind: ImportKind
  let today: Day
  let clerk: String
  let timestamp: String
  /// The working copy the rows are applied to.
  public internal(set) var roster: Roster
  /// Visit logs of the months the import touches, as they will be written.
  var visitMonths: [YearMonth: [Visit]] = [:]
  /// The next visit number of each day touched, as the sequence files will hold it.
  var visitNumbers: [YearMonth: [String: Int]] = [:]
  /// The logs and numbering as they were read, so that applying writes only what changed
  /// without reading the files again.
  var loadedVisitMonths: [YearMonth: [Visit]] = [:]
  var loadedVisitNumbers: [YearMonth: [String: Int]] = [:]
  /// Where each visit of the loaded months sits, by id and by date, member, household and
  /// mode: the keys rows are matched on.
  var visitsByID: [String: (month: YearMonth, index: Int)] = [:]
  var visitsByKey: [String: (month: YearMonth, index: Int)] = [:]
  /// Members and households by id, name and phone.
  var index: ImportIndex
  /// Villages and grids by what rows call them (see `RosterImport+PlaceLookup`).
  var placeIDs: [String: String] = [:]
  /// Where each grid name and code is among the roster's grids, built on first need.
  var gridsByName: [String: [Int]]?
  var allMonthsLoaded = false
  /// Needs as they will be written (only `import all` carries them).
  var needs: [Need]
  var loadedNeeds: [Need]
  /// Activities, commitments, appraisals and adjustments as they will be written (only
  /// `import all` carries them).
  var scored: ScoreRecordFiles
  var loadedScored: ScoreRecordFiles
  /// The teams', supervision's and rules files as they will be written: only `import all`
  /// carries them, and only it reads them (`planAll`).
  var carried = CarriedRecords()
  var loadedCarried = CarriedRecords()
  /// Kept photos to write before the records that name them (only `import all` carries them).
  var photos: [KeptPhoto] = []
  let session: StoreSession
  /// The township's own duties (`rules/forms.json`), which rows may name beside the known.
  let townshipDuties: [String]
  public internal(set) var plan: ImportPlan
  /// `--again`: rows repeating a record on file are taken as new ones (see `ImportOptions`).
  var acceptRepeats = false
  /// `--since`: the start of records whose row gives none.
  var defaultSince: Day?
  /// New records that start today because neither their row nor `--since` said otherwise.
  var startingToday = 0
  /// The line that first named each record ("member:M0001"): a second row naming the same
  /// record would overwrite the first row's record, so it is rejected.
  var lineByRecord: [String: Int] = [:]

  init(kind: ImportKind, session: StoreSession, clock: Clock, clerk: String) throws {
    self.kind = kind
    self.session = session
    self.today = clock.today
    self.clerk = clerk
    self.timestamp = clock.timestamp
    self.roster = try session.roster()
    self.index = ImportIndex(roster)
    self.needs = try session.needs()
    self.loadedNeeds = needs
    self.scored = try session.scoreRecordFiles()
    self.loadedScored = scored
    self.plan = ImportPlan(kind: kind)
    self.townshipDuties = try session.formSettings().duties ?? []
  }

  /// Reads `data` (an .xlsx workbook's sheet, CSV in any of the encodings spreadsheets
  /// write, or JSON as liaison exports it) and plans it.
  /// - Throws: `ImportError` for a file that cannot be read as a whole (encoding, quotes,
  ///   headers); problems of single rows are rejections in the plan instead.
  /// - Parameter progress: told (rows done, rows in all) every few thousand rows of a file
  ///   of more than ten thousand, for a progress line.
  public static func plan(
    _ kind: ImportKind, data: Data, options: ImportOptions, session: StoreSession, clock: Clock,
    clerk: String, progress: ((Int, Int) -> Void)? = nil
  ) throws -> RosterImport {
    var run = try RosterImport(kind: kind, session: session, clock: clock, clerk: clerk)
    if JSONImport.looksLikeJSON(data) {
      try run.planJSON(data, source: options.source)
    } else {
      try run.planCSV(data, options: options, progress: progress)
    }
    return run
  }

  private mutating func planCSV(
    _ data: Data, options: ImportOptions, progress: ((Int, Int) -> Void)?
  ) throws {
    var source = try ImportTable.read(data, options: options)
    if options.skipRows == 0,
      let note = source.moveHeaderBelowTitleRows(fields: kind.fields, overrides: options.columns)
    {
      plan.warnings.append(note)
    }
    defaultSince = options.since
    acceptRepeats = options.again
    let table = source.table
    let match = HeaderMatcher(fields: kind.fields).match(table.header, overrides: options.columns)
    try match.validate(fields: kind.fields, headerLine: table.headerLine)
    try source.refuseLongNumbers(in: match.columns.values, source: options.source)
    plan.header = table.header
    plan.unknownColumns = match.unknown.map(\.header)
    // Too few cells, or more than the header names (the extra ones not empty): the cells
    // may have shifted, so the row is refused rather than read into the wrong fields.
    let ragged = Set(table.raggedRows().map(\.line))
    for (done, row) in table.rows.enumerated() {
      if let progress, table.rows.count > 10_000, done % 5_000 == 0 {
        progress(done, table.rows.count)
      }
      let isRagged = ragged.contains(row.line)
      if isRagged {
        reject(
          line: row.line, cells: row.cells,
          Localized(
            en: "the row has \(row.cells.count) cells, the header \(table.header.count)",
            zh: "该行有 \(row.cells.count) 格，表头有 \(table.header.count) 列"))
        continue
      }
      if let (column, scalar) = Self.unsafeCell(row.cells) {
        let header = column < table.header.count ? table.header[column] : "\(column + 1)"
        reject(
          line: row.line, cells: row.cells,
          Localized(
            en: "column \(header) holds the control character \(UnsafeText.name(scalar)), which "
              + "would act on terminals and spreadsheets; remove it in the spreadsheet",
            zh: "“\(header)”列含有控制字符 \(UnsafeText.name(scalar))，会在终端和表格中起作用；"
              + "请在表格中删除"))
        continue
      }
      let cells = ImportCells(row: row, columns: match.columns)
      if kind == .visits, Self.isUnfilledVisitForm(cells) {
        plan.unfilledRows += 1
        continue
      }
      planRow(line: row.line, cells: row.cells) { run in try run.applyRow(cells) }
    }
    if startingToday > 0 {
      plan.warnings.append(
        Localized(
          en: "\(startingToday) new record(s) are on the roster from today (\(today)), so earlier "
            + "months' reports leave them out; if they were there before, import again with "
            + "--since DATE, or fill a since (入册日期) column",
          zh: "\(startingToday) 条新记录自今天（\(today)）起在册，之前各月的报表不计入；"
            + "若其早已在册，请加 --since 日期 重新导入，或填写“入册日期”列"))
    }
  }

  /// The start a row gives its record: its since cell, else `--since`; counted when a new
  /// record will start today for want of either.
  mutating func since(_ cells: ImportCells, isNew: Bool) throws -> Day? {
    let since = try cells.day("since") ?? defaultSince
    if let since, since > today {
      throw RosterError.rule(
        Localized(
          en: "since \(since) is in the future (today is \(today))",
          zh: "入册日期 \(since) 晚于今天（\(today)）"))
    }
    if since == nil, isNew { startingToday += 1 }
    return since
  }

  /// Notes that the row on `line` names this record; a record named by an earlier row of the
  /// same file is refused, so two rows never make one record out of two.
  mutating func claim(_ kind: RecordKind, _ id: String, line: Int) throws {
    let key = kind.rawValue + ":" + id
    if let first = lineByRecord[key], first != line {
      throw RosterError.rule(
        Localized(
          en: "the same \(kind.label.en) (\(id)) as line \(first); a file names each record once: "
            + "merge the two rows, or give the second its own id",
          zh: "与第 \(first) 行是同一\(kind.label.zh)（\(id)）；同一文件中每条记录只能出现一次："
            + "请合并这两行，或为第二行另填编号"))
    }
    lineByRecord[key] = line
  }

  /// Keeps the months a row's correction changes, for the import's closing sentence.
  mutating func note(_ months: ReportedMonths?) {
    guard let months else { return }
    plan.changedMonths = months.joined(plan.changedMonths)
  }

  /// The first cell holding a character `UnsafeText` keeps out, with that character.
  static func unsafeCell(_ cells: [String]) -> (Int, Unicode.Scalar)? {
    for (column, cell) in cells.enumerated() {
      if let scalar = UnsafeText.firstUnsafe(in: cell) { return (column, scalar) }
    }
    return nil
  }

  /// Applies one row through `body`; a refusal becomes a rejected row.
  ///
  /// Each kind checks a row completely before it changes the working copy (links undo
  /// their own partial rows), so a rejected row leaves it as it was — without copying the
  /// roster for every row, which would make a large file quadratic.
  /// - Parameter naming: what names the row in a rejection when it has no cells (a record
  ///   of `import all`: `members[3]`).
  mutating func planRow(
    line: Int, cells: [String], naming: String? = nil,
    _ body: (inout RosterImport) throws -> [(ImportPlan.Action, String, String)]
  ) {
    do {
      for (action, id, summary) in try body(&self) {
        plan.rows.append(
          .init(line: line, action: action, id: id, summary: summary, reason: nil, cells: cells))
      }
    } catch let error as LiaisonError {
      reject(line: line, cells: cells, error.message, naming: naming)
    } catch {
      reject(line: line, cells: cells, Localized("\(error)"), naming: naming)
    }
  }

  mutating func reject(line: Int, cells: [String], _ reason: Localized, naming: String? = nil) {
    plan.rows.append(
      .init(
        line: line, action: .reject, id: "",
        summary: naming ?? cells.prefix(3).joined(separator: " "), reason: reason, cells: cells))
  }

  private mutating func applyRow(
    _ cells: ImportCells
  ) throws -> [(ImportPlan.Action, String, String)] {
    switch kind {
    case .villages: [try importVillage(cells)]
    case .grids: [try importGrid(cells)]
    case .members: [try importMember(cells)]
    case .households: [try importHousehold(cells)]
    case .links: try importLinks(cells)
    case .visits: [try importVisit(cells)]
    }
  }

  /// Exactly one record matched by a natural key, none, or a rejection naming them all.
  static func single<T: Identifiable>(_ matches: [T], describe: String) throws -> T?
  where T.ID == String {
    guard matches.count <= 1 else {
      throw RosterError.rule(
        Localized(
          en:
            "\(describe) matches \(matches.count) records (\(matches.map(\.id).joined(separator: ", "))); give the id",
          zh:
            "\(describe) 对应 \(matches.count) 条记录（\(matches.map(\.id).joined(separator: "、"))），请填写编号"
        ))
    }
    return matches.first
  }
}
