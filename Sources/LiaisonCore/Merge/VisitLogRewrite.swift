import Foundation

/// Moves a month log's visits from a duplicate member or household to the record it
/// repeats, changing on each moved line only the id: every other byte of the log — the
/// other visits, the moved visits' other fields, their order — stays as it was, so the
/// correction shows in a `git diff` as the ids alone.
struct VisitLogRewrite {
  /// Which field names the duplicate.
  let field: WritableKeyPath<Visit, String>
  /// The field's key on a log line.
  let key: String
  let duplicate: String
  let kept: String

  /// The log's new bytes and the visits moved (as they are now); nil bytes when none moved.
  /// - Throws: `StoreError.unreadable` for a line that is not a visit, as reading the log
  ///   does; a torn last line (a write cut off, never acknowledged) is kept as it is.
  func rewrite(_ log: Data, path: String) throws -> (Data?, moved: [Visit]) {
    let bytes = [UInt8](log)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var moved: [Visit] = []
    var object = PlainJSONObject()
    var start = 0
    var lineNumber = 0
    while start < bytes.count {
      lineNumber += 1
      let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
      let end = newline ?? bytes.count
      let line = Array(bytes[start..<end])
      start = end + 1
      let visit = Self.visit(line, using: &object)
      guard let visit, visit[keyPath: field] == duplicate else {
        if visit == nil, newline != nil, !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
          throw StoreError.unreadable(
            path: path, line: lineNumber, detail: Localized(en: "not a visit", zh: "不是走访记录"))
        }
        output += line + (newline == nil ? [] : [UInt8(ascii: "\n")])
        continue
      }
      var after = visit
      after[keyPath: field] = kept
      output += try movedLine(line, becoming: after, using: &object) + [UInt8(ascii: "\n")]
      moved.append(after)
    }
    return (moved.isEmpty ? nil : Data(output), moved)
  }

  /// The line with the duplicate's id swapped in place; written afresh only when the line
  /// does not hold `"key":"id"` exactly once as liaison writes it (a hand edit's spacing).
  private func movedLine(
    _ line: [UInt8], becoming visit: Visit, using object: inout PlainJSONObject
  ) throws -> [UInt8] {
    let old = Array("\"\(key)\":\"\(duplicate)\"".utf8)
    let new = Array("\"\(key)\":\"\(kept)\"".utf8)
    let places = Self.occurrences(of: old, in: line)
    if places.count == 1 {
      let swapped = Array(line[..<places[0]]) + new + Array(line[(places[0] + old.count)...])
      if Self.visit(swapped, using: &object) == visit { return swapped }
    }
    var writer = PlainJSONWriter()
    return try visit.plainLine(&writer, encoder: RecordCodec.encoder())
  }

  private static func visit(_ line: [UInt8], using object: inout PlainJSONObject) -> Visit? {
    line.withUnsafeBytes { Visit.plain($0, using: &object) }
      ?? (try? JSONDecoder().decode(Visit.self, from: Data(line)))
  }

  private static func occurrences(of needle: [UInt8], in line: [UInt8]) -> [Int] {
    guard line.count >= needle.count else { return [] }
    return (0...(line.count - needle.count)).filter {
      line[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }
}
