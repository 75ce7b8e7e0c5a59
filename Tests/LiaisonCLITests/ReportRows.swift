import Foundation
import LiaisonCore
import Testing

/// The rows of cells a printed report holds, read back from each format as a reader sees
/// them, and the check that each total row is the sum of the rows above it.
enum ReportRows {
  static let totalLabels: Set<String> = ["合计", "Total"]

  /// Every table row of `output`, in order; rows of different tables are told apart by
  /// their headings, which are not numbers.
  static func of(_ output: String, format: String) throws -> [[String]] {
    switch format {
    case "csv":
      let table = try CSVReader(separator: ",").read(output)
      return [table.header] + table.rows.map(\.cells)
    case "md":
      return output.split(separator: "\n").filter { $0.hasPrefix("| ") }.map { line in
        line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
          .map { $0.trimmingCharacters(in: .whitespaces) }
      }
    case "html":
      return matches(#"<tr>(.*?)</tr>"#, in: output).map { row in
        matches(#"<t[dh][^>]*>(.*?)</t[dh]>"#, in: row)
      }
    default:
      return textRows(output)
    }
  }

  /// Text tables cut at the columns their rule line shows.
  static func textRows(_ output: String) -> [[String]] {
    var rows: [[String]] = []
    for block in output.components(separatedBy: "\n\n") {
      let lines = block.split(separator: "\n").map(String.init)
      guard let rule = lines.firstIndex(where: { $0.hasPrefix("──") && $0.contains("  ") }),
        rule > 0
      else { continue }
      var starts: [Int] = []
      var column = 0
      var previous: Character = " "
      for character in lines[rule] {
        if character == "─" && previous == " " || column == 0 { starts.append(column) }
        column += DisplayWidth.of(character)
        previous = character
      }
      for line in lines[(rule - 1)...] where line != lines[rule] {
        var cells = Array(repeating: "", count: starts.count)
        var at = 0
        for character in line {
          let index = (starts.lastIndex { $0 <= at }) ?? 0
          cells[index].append(character)
          at += DisplayWidth.of(character)
        }
        rows.append(cells.map { $0.trimmingCharacters(in: .whitespaces) })
      }
      rows.append([])
    }
    return rows
  }

  /// Checks each total row against the rows above it; returns how many totals it checked.
  @discardableResult
  static func checkTotals(_ rows: [[String]]) -> Int {
    var checked = 0
    for (index, total) in rows.enumerated() where totalLabels.contains(total.first ?? "") {
      let summed = total.indices.filter { $0 > 0 && Int(total[$0]) != nil }
      var body: [[String]] = []
      for row in rows[..<index].reversed() {
        guard row.count == total.count,
          summed.allSatisfy({ row[$0].isEmpty || Int(row[$0]) != nil })
        else { break }
        body.append(row)
      }
      #expect(!body.isEmpty, "a total with no rows: \(total)")
      for column in summed {
        let sum = body.reduce(0) { $0 + (Int($1[column]) ?? 0) }
        #expect(sum == Int(total[column]), "column \(column) of \(total): rows add up to \(sum)")
      }
      checked += 1
    }
    return checked
  }

  private static func matches(_ pattern: String, in text: String) -> [String] {
    let expression = try! NSRegularExpression(
      pattern: pattern, options: [.dotMatchesLineSeparators])
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
