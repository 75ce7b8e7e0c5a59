import Foundation
import LiaisonCore
import Testing

/// Rendered output compared with files under Golden/. To re-record on purpose, run
/// `LIAISON_RECORD_GOLDEN=1 swift test --filter Golden` and review the diff.
enum GoldenFile {
  static func compare(_ actual: String, golden: String, sourceFile: String = #filePath) throws {
    let url = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(golden)
    if ProcessInfo.processInfo.environment["LIAISON_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    // Decoded by hand: Foundation's String(contentsOf:) drops the byte order mark that the
    // CSV reports begin with.
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(actual == expected, "\(golden) differs; if the change is intended, re-record it")
  }

  /// Checks every table of a text output (a heading line, a rule line of "─", rows) for
  /// columns that line up.
  static func expectTablesLineUp(_ output: String) {
    for block in output.components(separatedBy: "\n\n") {
      let lines = block.split(separator: "\n")
      guard let rule = lines.firstIndex(where: { $0.hasPrefix("──") && $0.contains("  ") }),
        rule > 0
      else { continue }
      expectColumnsLineUp(lines[(rule - 1)...].joined(separator: "\n"))
    }
  }

  /// Every column starts at the same display column on every line: the two columns before
  /// each column's start (taken from the rule line) are blank on every line, so no cell
  /// spills into its neighbour however wide its characters are.
  static func expectColumnsLineUp(_ table: String) {
    let lines = table.split(separator: "\n").map(String.init)
    guard lines.count > 2 else { return }
    var starts: [Int] = []
    var column = 0
    var previous: Character = " "
    for character in lines[1] {
      if character == "─" && previous == " " { starts.append(column) }
      column += DisplayWidth.of(character)
      previous = character
    }
    #expect(starts.count > 1)
    // A free-text cell on lines of its own under its row (`  备注：…`, going on under its
    // first word) is no part of the grid.
    let detail = try! Regex("(  [^ ：:]+(?:：|: )).*")
    var hanging: String?
    for line in lines {
      if let match = line.wholeMatch(of: detail), let label = match.output[1].substring {
        hanging = String(repeating: " ", count: DisplayWidth.of(String(label)))
        continue
      }
      if let hanging, line.hasPrefix(hanging) { continue }
      hanging = nil
      var occupied: [Bool] = []
      for character in line {
        occupied += Array(repeating: character != " ", count: DisplayWidth.of(character))
      }
      for start in starts where start >= 2 && start <= occupied.count {
        #expect(
          !occupied[start - 1] && !occupied[start - 2], "column at \(start) broken in: \(line)")
      }
    }
  }
}
