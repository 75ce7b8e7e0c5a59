import Foundation

/// Encodes and decodes records the way the data folder keeps them.
///
/// Roster files are a JSON array with one record per line, sorted by id, keys sorted: still
/// plain JSON, easy to read, and `git diff` shows one line per changed record. Logs are
/// JSON Lines. Either way, an error names the file, the line and the field.
enum RecordCodec {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// One record as a single line of JSON, without the newline.
  static func line<T: Encodable>(_ record: T, encoder: JSONEncoder = encoder()) throws -> Data {
    try encoder.encode(record)
  }

  /// One record's line: written plainly when it is a `PlainEncodable` record that needs no
  /// escaping, else by `encoder` — the same bytes either way.
  static func line<T: Encodable>(
    _ record: T, writer: inout PlainJSONWriter, encoder: JSONEncoder
  )
    throws -> [UInt8]
  {
    if let plain = record as? any PlainEncodable {
      return try plain.plainLine(&writer, encoder: encoder)
    }
    return Array(try encoder.encode(record))
  }

  /// A roster file's bytes: `[`, a record per line, `]`.
  /// - Throws: `StoreError.duplicateIDs` when two records share an id — an edit of one
  ///   would then replace the other — and `StoreError.recordTooLong` for a record whose line
  ///   would pass `LineLimit`; nothing is written either way.
  static func rosterFile<T: Encodable & Identifiable>(_ records: [T]) throws -> Data
  where T.ID == String {
    guard !records.isEmpty else { return Data("[]\n".utf8) }
    let encoder = encoder()
    var data = Data("[\n".utf8)
    var writer = PlainJSONWriter()
    let file = fileName(of: T.self)
    let sorted = records.sorted(by: { idPrecedes($0.id, $1.id) })
    let repeated = zip(sorted, sorted.dropFirst()).filter { $0.id == $1.id }.map(\.0.id)
    guard repeated.isEmpty else {
      throw StoreError.duplicateIDs(
        path: file, ids: Set(repeated).sorted(by: RecordCodec.idPrecedes))
    }
    for (index, record) in sorted.enumerated() {
      if index > 0 { data.append(contentsOf: ",\n".utf8) }
      let bytes = try line(record, writer: &writer, encoder: encoder)
      try refuseOverlong(bytes.count, id: record.id, in: file)
      data.append(contentsOf: bytes)
    }
    data.append(contentsOf: "\n]\n".utf8)
    return data
  }

  /// Refuses a record whose line would be longer than any liaison reads back.
  static func refuseOverlong(_ count: Int, id: String, in file: String) throws {
    guard count <= LineLimit.bytes - 2 else {
      throw StoreError.recordTooLong(path: file, id: id, bytes: count)
    }
  }

  /// The file that keeps records of type `T`, for messages.
  static func fileName<T>(of type: T.Type) -> String {
    switch type {
    case is Village.Type: RosterFiles.villages
    case is Grid.Type: RosterFiles.grids
    case is Member.Type: RosterFiles.members
    case is Household.Type: RosterFiles.households
    case is Link.Type: RosterFiles.links
    case is Need.Type: DataFolder.needsName
    case is Activity.Type: DataFolder.activitiesName
    case is Commitment.Type: DataFolder.commitmentsName
    case is Appraisal.Type: DataFolder.appraisalsName
    case is ScoreAdjustment.Type: DataFolder.adjustmentsName
    case is StarAward.Type: DataFolder.starsName
    default: "the \(type) file"
    }
  }

  /// Natural order of ids: `M999` before `M1000`.
  /// (Lengths in UTF-8 bytes, not `Character`s, which would be counted one by one; ids are
  /// ASCII, where the two agree.)
  static func idPrecedes(_ lhs: String, _ rhs: String) -> Bool {
    let (left, right) = (lhs.utf8.count, rhs.utf8.count)
    return left != right ? left < right : lhs < rhs
  }

  /// Decodes a roster file.
  /// - Throws: `StoreError.unreadable` naming the line and field of the first bad record.
  static func decodeRoster<T: Decodable>(
    _ type: T.Type, from data: Data, path: String
  ) throws
    -> [T]
  {
    let decoder = JSONDecoder()
    if let records = try? decoder.decode([T].self, from: data) { return records }
    // The whole file failed; find the line to blame. Files we wrote hold a record per line.
    guard let text = String(data: data, encoding: .utf8) else {
      throw StoreError.unreadable(
        path: path, line: nil,
        detail: Localized(en: "the file is not UTF-8 text", zh: "该文件不是 UTF-8 文本"))
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      var line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line == "[" || line == "]" || line == "[]" || line.isEmpty { continue }
      if line.hasSuffix(",") { line.removeLast() }
      guard line.hasPrefix("{") else { break }
      do {
        _ = try decoder.decode(T.self, from: Data(line.utf8))
      } catch {
        throw StoreError.unreadable(path: path, line: index + 1, detail: describe(error))
      }
    }
    do {
      _ = try JSONSerialization.jsonObject(with: data)
      _ = try decoder.decode([T].self, from: data)
      return []
    } catch {
      throw StoreError.unreadable(path: path, line: nil, detail: describe(error))
    }
  }

  /// Decodes a roster file of records that have a fast way in: the plain layout fast, and
  /// anything else as `decodeRoster` always has, with the same messages.
  static func decodePlainRoster<T: PlainRecord>(
    _ type: T.Type, from data: Data, path: String
  )
    throws -> [T]
  {
    if let records = plainRoster(T.self, from: data) { return records }
    return try decodeRoster(T.self, from: data, path: path)
  }

  /// A roster file exactly as `rosterFile` lays it out, every record plain; nil for anything
  /// else, which then goes the slow way and is refused, if it must be, with the same message.
  static func plainRoster<R: PlainRecord>(_ type: R.Type, from data: Data) -> [R]? {
    let start = 2
    guard data.count >= 3, data.first == UInt8(ascii: "["),
      data.dropFirst().first == UInt8(ascii: "\n")
    else { return nil }
    // A file of a megabyte or more (a county's households, links or needs) is read in two
    // halves, one on each core: the lines up to one ending near the middle, each a record
    // and its comma, and the rest. Where the halves do not both read, the whole is read in
    // one, and gives its answer.
    if data.count >= 1 << 20,
      let middle = data.withUnsafeBytes({ PlainLines.newline(in: $0, from: data.count / 2) }),
      let halves = try? TwoCores.map(
        2,
        { half, _ in
          data.withUnsafeBytes { bytes -> [R]? in
            half == 0
              ? plainLines(R.self, bytes, from: start, through: middle)
              : plainLines(R.self, bytes, from: middle + 1, through: nil)
          }
        }, give: { _, _ in }),
      let first = halves[0], let second = halves[1]
    {
      return first + second
    }
    return data.withUnsafeBytes { plainLines(R.self, $0, from: start, through: nil) }
  }

  /// The records of the lines from `start`: those through the newline at `last`, each
  /// followed by its comma, or (`last` nil) those to the file's last record and the closing
  /// bracket after it. Nil when a line is not a plain record.
  private static func plainLines<R: PlainRecord>(
    _ type: R.Type, _ bytes: UnsafeRawBufferPointer, from start: Int, through last: Int?
  ) -> [R]? {
    var records: [R] = []
    records.reserveCapacity((last ?? bytes.count) / 90)
    var object = PlainJSONObject()
    var start = start
    while let newline = PlainLines.newline(in: bytes, from: start) {
      let isLast = newline > start && bytes[newline - 1] != UInt8(ascii: ",")
      let end = isLast ? newline : newline - 1
      guard end > start, !(isLast && last != nil),
        let record = R.plain(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), using: &object)
      else { return nil }
      records.append(record)
      start = newline + 1
      if newline == last { return records }
      if isLast {
        let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
        return rest.elementsEqual("]\n".utf8) ? records : nil
      }
    }
    return nil
  }

  /// A decoding failure as a phrase naming the field, in both languages: never a raw dump.
  static func describe(_ error: Error) -> Localized {
    guard let error = error as? DecodingError else {
      return notJSON((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String)
    }
    func field(_ path: [CodingKey]) -> String {
      path.filter { $0.intValue == nil }.map(\.stringValue).joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      let parent = field(context.codingPath)
      let name = parent.isEmpty ? key.stringValue : parent + "." + key.stringValue
      return Localized(en: "missing field '\(name)'", zh: "缺少字段 '\(name)'")
    case .typeMismatch(let type, let context):
      let name = field(context.codingPath)
      return Localized(
        en: "field '\(name)' should be \(typeName(type).en)",
        zh: "字段 '\(name)' 应为\(typeName(type).zh)")
    case .valueNotFound(let type, let context):
      let name = field(context.codingPath)
      return Localized(
        en: "field '\(name)' is empty; it should be \(typeName(type).en)",
        zh: "字段 '\(name)' 为空，应为\(typeName(type).zh)")
    case .dataCorrupted(let context):
      let name = field(context.codingPath)
      guard !name.isEmpty else {
        return context.underlyingError.map { describe($0) } ?? notJSON(nil)
      }
      let reason = context.underlyingError.map { describe($0).en } ?? context.debugDescription
      return Localized(en: "field '\(name)': \(reason)", zh: "字段 '\(name)' 的值无效（\(reason)）")
    @unknown default:
      return Localized("\(error)")
    }
  }

  /// Text that does not parse as JSON. Foundation's own words are English and often only
  /// "The given data was not valid JSON."; they are kept where they add a position.
  private static func notJSON(_ foundation: String?) -> Localized {
    let generic = "The given data was not valid JSON."
    let detail = foundation.flatMap { $0 == generic ? nil : " (\($0))" } ?? ""
    return Localized(
      en: "not valid JSON" + detail + "; look for a missing quote, comma or bracket",
      zh: "不是有效的 JSON，请检查是否缺少引号、逗号或括号")
  }

  private static func typeName(_ type: Any.Type) -> Localized {
    switch type {
    case is String.Type: Localized(en: "text", zh: "文本")
    case is Int.Type: Localized(en: "a whole number", zh: "整数")
    case is Bool.Type: Localized(en: "true or false", zh: "true 或 false")
    default:
      "\(type)".contains("Array")
        ? Localized(en: "a list", zh: "列表") : Localized(en: "an object", zh: "对象")
    }
  }

}
