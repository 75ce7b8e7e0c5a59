import Foundation

extension ImportTemplate {
  /// The template as an .xlsx workbook: the header bold and frozen, one example row, the
  /// phone and code columns formatted as Text so numbers typed there stay as typed, and a
  /// drop-down list on each closed set (状态, 类别, 方式, …).
  public static func workbook(_ kind: ImportKind, language: Language) -> Data {
    let fields = kind.fields.filter { $0.name != "id" }
    let names = fields.map(\.name)
    let sheet = WorkbookSheet(
      name: ExportTable.sheetName(kind, language),
      header: fields.map { language == .zh ? ($0.aliases.first ?? $0.name) : $0.name },
      columns: names.map(ExportTable.column),
      rows: [names.map { sample(kind, $0, language) }],
      choices: ExportTable.choices(names, language: language))
    return WorkbookWriter.workbook([sheet])
  }
}
