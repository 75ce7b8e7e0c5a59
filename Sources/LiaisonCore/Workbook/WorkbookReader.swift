/// Opens an .xlsx workbook as Excel, WPS and LibreOffice write it and reads one sheet's
/// cells as text: the package's relationships lead to the workbook, its sheets, the shared
/// strings and the styles, wherever the producer put them.
struct WorkbookReader {
  /// One sheet as the workbook lists it, in tab order.
  struct SheetEntry: Equatable {
    var name: String
    var part: String
    var isHidden: Bool
  }

  /// A sheet read: its name, the rows holding cells, and number cells too long to be exact.
  struct Sheet {
    var name: String
    var rows: [SheetReader.Row]
    var longNumbers: [SheetReader.LongNumber]
  }

  let archive: ZipArchive
  let sheets: [SheetEntry]
  private let workbookPart: String
  private let relationships: [String: (type: String, target: String)]
  private let uses1904: Bool

  /// Reads the package structure of `bytes`.
  /// - Throws: ``WorkbookProblem`` when it is not a readable workbook.
  init(_ bytes: [UInt8]) throws(WorkbookProblem) {
    archive = try ZipArchive(bytes)
    let root = try Self.relationships(archive, of: "")
    workbookPart =
      root.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    guard let workbook = try archive.data(workbookPart) else {
      if archive.contains("content.xml"), archive.contains("mimetype") { throw .openDocument }
      throw .missingPart(workbookPart)
    }
    relationships = try Self.relationships(archive, of: workbookPart)
    var sheets: [SheetEntry] = []
    var uses1904 = false
    var scanner = XMLScanner(workbook, part: workbookPart)
    while let event = try scanner.next() {
      guard case .start(let element) = event else { continue }
      if element.name == "workbookPr" {
        uses1904 = ["1", "true"].contains(element.attribute("date1904") ?? "")
      }
      guard element.name == "sheet", let name = element.attribute("name"),
        let id = element.attribute("id"), let target = relationships[id]?.target
      else { continue }
      let state = element.attribute("state") ?? "visible"
      sheets.append(SheetEntry(name: name, part: target, isHidden: state != "visible"))
    }
    guard !sheets.isEmpty else { throw .missingPart("\(workbookPart) <sheet>") }
    self.sheets = sheets
    self.uses1904 = uses1904
  }

  /// The sheet named `name` (any case, spaces trimmed), or the first visible one.
  /// - Throws: ``WorkbookProblem/noSuchSheet(_:available:)`` naming the sheets there are.
  func sheet(named name: String?) throws(WorkbookProblem) -> Sheet {
    let entry: SheetEntry?
    if let name {
      let wanted = name.trimmedSpaces.lowercased()
      entry = sheets.first { $0.name.trimmedSpaces.lowercased() == wanted }
    } else {
      entry = sheets.first { !$0.isHidden } ?? sheets.first
    }
    guard let entry else {
      throw .noSuchSheet(name ?? "", available: sheets.map(\.name))
    }
    guard let bytes = try archive.data(entry.part) else { throw .missingPart(entry.part) }
    var strings: [String] = []
    if let (bytes, part) = try part(ofType: "/sharedStrings") {
      strings = try SharedStrings.read(bytes, part: part)
    }
    var formats = CellFormats()
    if let (bytes, part) = try part(ofType: "/styles") {
      formats = try CellFormats(styles: bytes, part: part)
    }
    formats.uses1904 = uses1904
    let reader = SheetReader(
      sheet: entry.name, part: entry.part, strings: strings, formats: formats)
    let (rows, long) = try reader.read(bytes)
    return Sheet(name: entry.name, rows: rows, longNumbers: long)
  }

  /// The bytes and name of the workbook part related by a type ending in `suffix`; nil
  /// when the workbook has none (a sheet of numbers only has no shared strings).
  private func part(ofType suffix: String) throws(WorkbookProblem) -> ([UInt8], String)? {
    guard let target = relationships.values.first(where: { $0.type.hasSuffix(suffix) })?.target,
      let bytes = try archive.data(target)
    else { return nil }
    return (bytes, target)
  }

  /// The relationships of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the
  /// package itself for ""), by id, with targets resolved to part names.
  private static func relationships(
    _ archive: ZipArchive, of part: String
  ) throws(WorkbookProblem) -> [String: (type: String, target: String)] {
    let folder = part.split(separator: "/").dropLast().joined(separator: "/")
    let file = part.split(separator: "/").last.map(String.init) ?? ""
    let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    guard let bytes = try archive.data(relsPart) else { return [:] }
    var result: [String: (type: String, target: String)] = [:]
    var scanner = XMLScanner(bytes, part: relsPart)
    while let event = try scanner.next() {
      guard case .start(let element) = event, element.name == "Relationship",
        let id = element.attribute("Id"), let target = element.attribute("Target"),
        element.attribute("TargetMode") != "External"
      else { continue }
      result[id] = (element.attribute("Type") ?? "", resolve(target, from: folder))
    }
    return result
  }

  /// `worksheets/sheet1.xml` from `xl` is `xl/worksheets/sheet1.xml`; `/xl/...` is absolute;
  /// `..` steps up.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." {
        _ = parts.popLast()
      } else if piece != "." {
        parts.append(String(piece))
      }
    }
    return parts.joined(separator: "/")
  }
}
