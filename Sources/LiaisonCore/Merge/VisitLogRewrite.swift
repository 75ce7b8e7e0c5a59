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
  ///
  /// Only lines holding the duplicate's id are decoded, found by a byte search, so a year
  /// of logs is read at the speed of the disk; the rest are copied as they are (the caller
  /// has the logs it changes read whole first, so a damaged one is refused, not rewritten).
  func rewrite(_ log: Data) throws -> (Data?, moved: [Visit]) {
    let needle = Array("\"\(duplicate)\"".utf8)
    return try log.withUnsafeBytes { bytes -> (Data?, moved: [Visit]) in
      var output = Data()
      var copied = 0
      var moved: [Visit] = []
      var object = PlainJSONObject()
      for range in PlainLines.lines(containing: needle, in: bytes) {
        let line = Array(bytes[range])
        guard let visit = Self.visit(line, using: &object), visit[keyPath: field] == duplicate
        else { continue }
        var after = visit
        after[keyPath: field] = kept
        output.append(contentsOf: bytes[copied..<range.lowerBound])
        output.append(contentsOf: try movedLine(line, becoming: after, using: &object))
        copied = range.upperBound
        moved.append(after)
      }
      guard !moved.isEmpty else { return (nil, []) }
      output.append(contentsOf: bytes[copied..<bytes.count])
      return (output, moved)
    }
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
    line.withUnsafeBytes { VisitLog.visit(inLine: $0, using: &object) }
  }

  private static func occurrences(of needle: [UInt8], in line: [UInt8]) -> [Int] {
    guard line.count >= needle.count else { return [] }
    return (0...(line.count - needle.count)).filter {
      line[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }
}
