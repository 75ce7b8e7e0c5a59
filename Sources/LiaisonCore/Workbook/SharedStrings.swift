/// The shared-string table of a workbook (`xl/sharedStrings.xml`), which cells of type `s`
/// point into by index.
enum SharedStrings {
  /// The strings in order. Rich text runs are joined; phonetic runs (`rPh`, furigana and
  /// pinyin guides) are left out, as a spreadsheet leaves them out of the cell's value.
  static func read(_ bytes: [UInt8], part: String) throws(WorkbookProblem) -> [String] {
    var scanner = XMLScanner(bytes, part: part)
    var strings: [String] = []
    while let event = try scanner.next() {
      if case .start(let element) = event, element.name == "si" {
        strings.append(element.isEmpty ? "" : try text(of: &scanner, closing: "si"))
      }
    }
    return strings
  }

  /// The text of the `<t>` elements up to the end of `closing`, outside phonetic runs: the
  /// content of a shared string item or of an inline string (`<is>`).
  static func text(
    of scanner: inout XMLScanner, closing: String
  ) throws(WorkbookProblem) -> String {
    var text = ""
    var inText = false
    while let event = try scanner.next() {
      switch event {
      case .start(let element):
        if element.name == "rPh" || element.name == "phoneticPr" {
          if !element.isEmpty { try scanner.skipElement() }
        } else if element.name == "t" {
          inText = !element.isEmpty
        }
      case .end(let name):
        if name == "t" { inText = false }
        if name == closing { return text }
      case .text(let piece):
        if inText { text += piece }
      }
    }
    return text
  }
}
