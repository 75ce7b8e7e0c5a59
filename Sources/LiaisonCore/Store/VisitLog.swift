import Foundation

/// The visit logs: one JSON Lines file per month, appended to and never rewritten by
/// `visit add`, so adding a visit costs the same with a year of history as with none.
struct VisitLog {
  let folder: DataFolder
  let writer: DurableWriter

  /// The months that have a log, oldest first.
  func months() throws -> [YearMonth] { try Self.months(in: folder) }

  static func months(in folder: DataFolder) throws -> [YearMonth] {
    try FileReader.names(in: folder.visitsFolder).compactMap { name -> YearMonth? in
      guard name.hasSuffix(".jsonl"), name.count == 13 else { return nil }
      return YearMonth(parsing: String(name.prefix(7)))
    }.sorted()
  }

  /// One line read as every reader reads it — the plain reader, else `JSONDecoder` — or
  /// nil for a line neither reads (a torn tail, damage: the full reads report it).
  static func visit(
    inLine line: UnsafeRawBufferPointer, using object: inout PlainJSONObject
  ) -> Visit? {
    Visit.plain(line, using: &object) ?? (try? JSONDecoder().decode(Visit.self, from: Data(line)))
  }

  /// The visits of one month, in the order they were recorded.
  ///
  /// A last line without its newline that does not parse is a write cut off by a crash:
  /// it was never acknowledged, so it is skipped with a warning. Any other bad line stops
  /// the read with its line number.
  func read(_ month: YearMonth, warn: (Localized) -> Void) throws -> [Visit] {
    var visits: [Visit] = []
    try Self.read(month, in: folder, warn: warn) { size in
      visits.reserveCapacity(size / 200)
    } plain: { line, _, object in
      guard let visit = Visit.plain(line, using: &object) else { return false }
      visits.append(visit)
      return true
    } decoded: { visit, _ in
      visits.append(visit)
    }
    return visits
  }

  /// Walks one month's log line by line from `position`, for readers that keep less than
  /// whole visits (the visit index). `plain` is offered each line first, with the byte it
  /// starts at, and says whether it took it, as `Visit.plain` would; any other line goes to
  /// `JSONDecoder` and its visit to `decoded`. Torn last lines and bad lines are handled as
  /// `read` says.
  /// - Parameter size: told the log's size in bytes before the first line.
  /// - Returns: the position after the last whole line (one that ends with its newline),
  ///   or nil when there is no log.
  @discardableResult
  static func read(
    _ month: YearMonth, in folder: DataFolder, from position: LogPosition = .start,
    warn: (Localized) -> Void, size: (Int) -> Void = { _ in },
    plain: (UnsafeRawBufferPointer, _ offset: Int, inout PlainJSONObject) -> Bool,
    decoded: (Visit, _ offset: Int) -> Void
  ) throws -> LogPosition? {
    let relative = DataFolder.visitLog(month)
    let path = folder.file(relative)
    var decoder: JSONDecoder?
    var object = PlainJSONObject()
    var next = position
    let found = try FileReader.lines(path, from: (position.offset, position.lineNumber), size: size)
    {
      line, complete in
      let lineNumber = next.lineNumber
      let offset = next.offset
      if complete {
        next = LogPosition(offset: offset + line.count + 1, lineNumber: lineNumber + 1)
      }
      // Lines as `visit add` writes them take the fast path; anything else, JSONDecoder's.
      if plain(line, offset, &object) { return true }
      if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return true }
      do {
        if decoder == nil { decoder = JSONDecoder() }
        decoded(try decoder!.decode(Visit.self, from: Data(line)), offset)
      } catch {
        if !complete {
          warn(
            Localized(
              en: "\(relative):\(lineNumber): skipped an incomplete last line (a write cut off "
                + "by a crash, never reported as saved); the next 'visit add' removes it.",
              zh: "\(relative):\(lineNumber)：跳过了不完整的最后一行（写入时被中断，从未报告保存成功）；"
                + "下次 'visit add' 时会将其清除。"))
          return false
        }
        throw StoreError.unreadable(
          path: path, line: lineNumber, detail: RecordCodec.describe(error))
      }
      return true
    }
    return found ? next : nil
  }

  /// The visits whose lines start at `offsets` in `month`'s log (the visit index found
  /// them there), each read and decoded as `read` decodes it.
  static func visits(at offsets: [Int], in month: YearMonth, folder: DataFolder) throws -> [Visit] {
    let path = folder.file(DataFolder.visitLog(month))
    guard let file = try MappedFile(path) else { return [] }
    var object = PlainJSONObject()
    return try offsets.map { offset in
      let bytes = file.bytes
      guard offset < bytes.count else { throw changedUnderneath(path) }
      let rest = UnsafeRawBufferPointer(rebasing: bytes[offset...])
      let end = PlainLines.newline(in: rest, from: 0) ?? rest.count
      guard
        let visit = visit(inLine: UnsafeRawBufferPointer(rebasing: rest[..<end]), using: &object)
      else { throw changedUnderneath(path) }
      return visit
    }
  }

  /// A line the visit index read that no longer reads: only a change made while the lock
  /// was held by another program can do it.
  private static func changedUnderneath(_ path: String) -> StoreError {
    StoreError.unreadable(
      path: path, line: nil,
      detail: Localized(
        en: "the log changed while it was being read; run the command again",
        zh: "读取期间该日志被改动；请重新运行命令"))
  }

  /// Appends one visit, numbering it from the month's sequence file.
  ///
  /// The sequence is advanced and synced before the line is appended: a crash in between
  /// leaves a gap in the numbers, never two visits with one id.
  /// - Parameter alongside: whole files to replace in the same change (the needs raised on
  ///   the visit): the visit line and these files land together or not at all.
  func append(
    _ makeVisit: (String) throws -> Visit, on day: Day, alongside: (Visit) throws -> [String: Data],
    warn: (Localized) -> Void
  ) throws -> Visit {
    let month = day.yearMonth
    try writer.fileSystem.makeDirectory(folder.visitsFolder, mode: 0o700)
    var sequence = try nextNumbers(month)
    let number = sequence[day.description] ?? 1
    guard number < 1_000_000 else {
      throw StoreError.unreadable(
        path: folder.file(DataFolder.visitSequence(month)), line: nil,
        detail: Localized(
          en: "the next visit number for \(day) is \(number), which cannot be right",
          zh: "\(day) 的下一个走访编号为 \(number)，不可能正确"))
    }
    let visit = try makeVisit(Visit.id(on: day, sequence: number))
    var line = try RecordCodec.line(visit)
    try RecordCodec.refuseOverlong(line.count, id: visit.id, in: DataFolder.visitLog(month))
    line.append(UInt8(ascii: "\n"))
    sequence[day.description] = number + 1
    try writer.replace(DataFolder.visitSequence(month), with: try encode(sequence))
    let files = try alongside(visit)
    let cut =
      files.isEmpty
      ? try writer.appendLine(DataFolder.visitLog(month), line, keepTail: DurableWriter.isWholeJSON)
      : try writer.replace(files, appending: [DataFolder.visitLog(month): line.dropLast()]).values
        .first
    if let cut {
      let text = String(decoding: cut.prefix(300), as: UTF8.self)
      warn(
        Localized(
          en: "\(DataFolder.visitLog(month)): removed an incomplete last line left by an "
            + "interrupted write: \(text)",
          zh: "\(DataFolder.visitLog(month))：清除了写入中断留下的不完整最后一行：\(text)"))
    }
    return visit
  }

  /// The bytes of a whole month's log, for changes that rewrite it (edit, remove).
  /// - Throws: `StoreError.duplicateIDs` when two of the visits share an id, and
  ///   `StoreError.recordTooLong` for a visit past `LineLimit`: such a log is not written.
  func encodeLog(_ visits: [Visit], file: String = "visits") throws -> Data {
    let encoder = RecordCodec.encoder()
    var writer = PlainJSONWriter()
    var data = Data()
    var seen = Set<String>()
    var repeated: [String] = []
    for visit in visits {
      if !seen.insert(visit.id).inserted { repeated.append(visit.id) }
      let line = try visit.plainLine(&writer, encoder: encoder)
      try RecordCodec.refuseOverlong(line.count, id: visit.id, in: file)
      data.append(contentsOf: line)
      data.append(UInt8(ascii: "\n"))
    }
    guard repeated.isEmpty else {
      throw StoreError.duplicateIDs(
        path: file, ids: Set(repeated).sorted(by: RecordCodec.idPrecedes))
    }
    return data
  }

  /// The next free number for each day of the month. Rebuilt from the log when the file
  /// is missing or unreadable, so it can never hand out a number already used.
  func nextNumbers(_ month: YearMonth) throws -> [String: Int] {
    let path = folder.file(DataFolder.visitSequence(month))
    if let data = try FileReader.contents(path),
      let stored = try? JSONDecoder().decode([String: Int].self, from: data)
    {
      return stored
    }
    return try numbersInUse(month)
  }

  /// For each day of `month`, one more than the highest number its visit ids use. A visit
  /// keeps its id when its date is corrected, so those ids may sit in any month's log.
  func numbersInUse(_ month: YearMonth) throws -> [String: Int] {
    var numbers: [String: Int] = [:]
    for logged in try months() {
      for visit in try read(logged, warn: { _ in }) {
        guard let (day, sequence) = Visit.parseID(visit.id), day.yearMonth == month else {
          continue
        }
        numbers[day.description] = max(numbers[day.description] ?? 1, sequence + 1)
      }
    }
    return numbers
  }

  func encode(_ numbers: [String: Int]) throws -> Data { try Self.encode(numbers) }

  /// A month's sequence file: pretty-printed, so a clerk can read it.
  static func encode(_ numbers: [String: Int]) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return try encoder.encode(numbers) + Data("\n".utf8)
  }
}
