import Foundation

extension ExportTable {
  /// The table as a workbook sheet named in the clerk's language: dates as date cells,
  /// counts as numbers, everything else — phones, ids, 12-digit codes — as text, and a
  /// drop-down list on each closed set so a clerk editing the sheet picks a value the import
  /// takes.
  public func sheet(_ kind: ImportKind, language: Language) -> WorkbookSheet {
    let fields = kind.fields.map(\.name)
    return WorkbookSheet(
      name: Self.sheetName(kind, language), header: header,
      columns: fields.map(Self.column), rows: rows,
      choices: Self.choices(fields, language: language))
  }

  /// The kind's sheet as a whole workbook.
  public func workbook(_ kind: ImportKind, language: Language) -> Data {
    WorkbookWriter.workbook([sheet(kind, language: language)])
  }

  /// 党员, 农户, … or Members, Households, ….
  static func sheetName(_ kind: ImportKind, _ language: Language) -> String {
    language == .zh
      ? kind.chineseLabel : kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
  }

  /// How a field's cells are typed: the import reads each kind back to the same text.
  static func column(_ field: String) -> WorkbookSheet.Column {
    switch field {
    case "joined", "left", "from", "to", "date": .date
    case "size", "opinions": .number
    default: .text
    }
  }

  /// The closed sets among `fields`, by column, labelled as the export writes them.
  static func choices(_ fields: [String], language: Language) -> [Int: [String]] {
    func labels<Choice: UserChoice>(_ type: Choice.Type) -> [String] {
      Choice.allCases.map { $0.label(language) }
    }
    var choices: [Int: [String]] = [:]
    for (index, field) in fields.enumerated() {
      switch field {
      case "gender": choices[index] = labels(Gender.self)
      case "status": choices[index] = labels(MemberStatus.self)
      case "category": choices[index] = labels(MemberCategory.self)
      case "post": choices[index] = labels(Post.self)
      case "type": choices[index] = labels(NeighbourType.self)
      case "mode": choices[index] = labels(VisitMode.self)
      default: break
      }
    }
    return choices
  }
}
