/// Why a workbook cannot be read, as a sentence a clerk can act on; the import wraps it in an
/// ``InputFileError`` naming the file.
enum WorkbookProblem: Error, Equatable {
  /// The ZIP container is cut short or malformed.
  case damaged(String)
  /// An entry inflates to more than liaison reads from one workbook part.
  case partTooLarge(part: String, limit: Int)
  /// An entry that claims to expand far more than any spreadsheet part does.
  case compressionBomb(part: String)
  /// The workbook is password-protected (an encrypted ZIP entry).
  case encrypted
  /// An old binary workbook (.xls, WPS .et) or a password-protected .xlsx, both stored in the
  /// OLE compound-file container.
  case compoundFile
  /// An OpenDocument spreadsheet (.ods), LibreOffice's own format: also a ZIP, not .xlsx.
  case openDocument
  /// A part every workbook has is missing.
  case missingPart(String)
  /// `--sheet` names no sheet of the workbook.
  case noSuchSheet(String, available: [String])
  /// A part is not the XML a workbook holds.
  case badXML(part: String, detail: String)
  /// The sheet has more cells than liaison reads.
  case tooManyCells(sheet: String, limit: Int)
  /// A number cell holds an ID-like number of 16 digits or more, which Excel has cut to 15
  /// significant digits.
  case truncatedNumber(sheet: String, cell: String, value: String, header: String)

  var reason: Localized {
    switch self {
    case .damaged(let detail):
      return Localized(
        en: "the workbook is damaged or incomplete (\(detail)). Copy it again from where it came "
          + "from, or open it in Excel or WPS and save it again as .xlsx",
        zh: "工作簿已损坏或不完整（\(detail)）。请从原处重新复制，或在 Excel 或 WPS 中打开后重新另存为 .xlsx")
    case .partTooLarge(let part, let limit):
      return Localized(
        en: "its part \(part) is larger than the \(limit / 1_048_576) MB liaison reads from a "
          + "workbook. Split the sheet into smaller workbooks, or save it as CSV UTF-8",
        zh: "其中的 \(part) 超过了 liaison 读取工作簿的上限 \(limit / 1_048_576) MB。"
          + "请把工作表拆成几个较小的工作簿，或另存为“CSV UTF-8”")
    case .compressionBomb(let part):
      return Localized(
        en: "its part \(part) claims to expand more than a thousand times, which no "
          + "spreadsheet does; it was not read. Save the sheet again from Excel or WPS",
        zh: "其中的 \(part) 声称解压后会膨胀一千倍以上，正常表格不会如此，已拒绝读取。请从 Excel 或 WPS 重新保存")
    case .encrypted, .compoundFile:
      return legacyReason
    case .openDocument:
      return Localized(
        en: "this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Open it in "
          + "LibreOffice, WPS or Excel and use File > Save As > Excel 2007-365 (.xlsx)",
        zh: "这是 OpenDocument 表格（.ods），不是 .xlsx 工作簿。请在 LibreOffice、WPS 或 Excel 中打开，"
          + "选择“文件 > 另存为 > Excel 工作簿（*.xlsx）”")
    case .missingPart(let part):
      return Localized(
        en: "it is a ZIP file but not a workbook: \(part) is missing. Open it in Excel or WPS "
          + "and save it as .xlsx (Excel Workbook)",
        zh: "这是 ZIP 文件而不是工作簿：缺少 \(part)。请在 Excel 或 WPS 中打开并另存为 .xlsx（Excel 工作簿）")
    case .noSuchSheet(let name, let available):
      return Localized(
        en: "the workbook has no sheet '\(name)'. Its sheets: "
          + available.joined(separator: ", ") + ". Give one of them with --sheet",
        zh: "工作簿中没有名为“\(name)”的工作表。现有工作表：" + available.joined(separator: "、")
          + "。请用 --sheet 指定其中之一")
    case .badXML(let part, let detail):
      return Localized(
        en: "its part \(part) is not readable XML (\(detail)). Open the workbook in Excel or "
          + "WPS and save it again",
        zh: "其中的 \(part) 不是可读的 XML（\(detail)）。请在 Excel 或 WPS 中打开后重新保存")
    case .tooManyCells(let sheet, let limit):
      return Localized(
        en: "sheet '\(sheet)' has more than \(limit) cells. Split it, or save it as CSV UTF-8",
        zh: "工作表“\(sheet)”超过 \(limit) 个单元格。请拆分，或另存为“CSV UTF-8”")
    case .truncatedNumber(let sheet, let cell, let value, let header):
      return Localized(
        en: "sheet '\(sheet)', cell \(cell) (\(header)): \(value) is a long number such as an "
          + "ID number that Excel keeps to 15 digits only, so its last digits are already "
          + "lost. Format the column \(header) as Text, type the numbers again (or copy them "
          + "from the source) and import again",
        zh: "工作表“\(sheet)”\(cell) 单元格（\(header)）：\(value) 是身份证号之类的长数字，"
          + "Excel 只保留 15 位有效数字，末尾几位已经丢失。请把“\(header)”列设置为“文本”格式，"
          + "重新填写（或从原始资料复制）这些号码后再导入")
    }
  }

  private var legacyReason: Localized {
    Localized(
      en: "this is an old-format workbook (.xls, or WPS .et) or a password-protected one, "
        + "which liaison cannot read. Open it in Excel or WPS, remove any password "
        + "(File > Info > Protect Workbook), and use File > Save As > Excel Workbook (.xlsx)",
      zh: "这是旧格式工作簿（.xls 或 WPS 的 .et）或设置了密码的工作簿，liaison 无法读取。"
        + "请在 Excel 或 WPS 中打开，先取消密码（文件 > 信息 > 保护工作簿），"
        + "再选择“文件 > 另存为 > Excel 工作簿（*.xlsx）”")
  }
}
