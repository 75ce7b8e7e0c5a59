import Foundation
import LiaisonCore

/// Printing a report in the format asked for, to standard output or to `-o FILE`.
extension CommandContext {
  /// The formats a report is written in.
  static let reportFormats = ReportFormat.rawValues + ["xlsx"]

  static let reportOptions: [OptionSpec] = [
    .value(
      "format", "format",
      en: "text, md, csv, json, html or xlsx (default: text, or what -o's extension says).",
      zh: "输出格式：text、md、csv、json、html 或 xlsx（默认 text，或按 -o 文件扩展名）。",
      choices: reportFormats),
    OptionSpec(
      name: "output", short: "o", valueName: "file", kind: .value,
      help: Localized(
        en: "Write to this file; its extension (.xlsx, .html, .md, .csv, .json, .txt) picks "
          + "the format.",
        zh: "写入此文件；扩展名（.xlsx、.html、.md、.csv、.json、.txt）决定格式。")),
    todayOption,
  ]

  /// The format `--format` or `-o`'s extension asks for (text when neither does), a
  /// workbook aside.
  /// - Throws: for a format or an extension no report is written in.
  func reportFormat() throws -> ReportFormat {
    let chosen: ReportFormat?
    do {
      chosen = try choice(ReportFormat.self, "format")
    } catch RosterError.invalidValue(let field, let value, let expected) {
      // A workbook is a report's format too, written apart from the others.
      throw RosterError.invalidValue(
        field: field, value: value,
        expected: Localized(
          en: expected.en + ", or xlsx for a workbook", zh: expected.zh + "，工作簿为 xlsx"))
    }
    let file = value("output")
    if let file, chosen == nil, ReportFormat(fileName: file) == nil {
      throw RosterError.invalidValue(
        field: "output", value: file,
        expected: Localized(
          en: "a file ending in .txt, .md, .csv, .json or .html, or .xlsx for a workbook "
            + "(or give --format)",
          zh: "以 .txt、.md、.csv、.json 或 .html 结尾的文件名，工作簿为 .xlsx（或给出 --format）"))
    }
    return chosen ?? file.flatMap(ReportFormat.init(fileName:)) ?? .text
  }

  /// Refuses, before anything is read, a format or `-o` extension the command cannot
  /// write: a typo must not cost a county's read first (nor leave the index it built).
  func refuseUnwritableFormat(options: [OptionSpec]) throws {
    guard let spec = options.first(where: { $0.name == "format" }) else { return }
    if spec.choices == OutputFormat.rawValues {
      _ = try choice(OutputFormat.self, "format")
      return
    }
    guard spec.choices == Self.reportFormats else { return }
    let format = value("format")?.lowercased()
    let named = value("output")?.lowercased().hasSuffix(".xlsx") == true
    if format == "xlsx" || format == nil && named { return }
    _ = try reportFormat()
  }

  /// `--today`, on every command that judges by today without changing anything.
  static let todayOption = OptionSpec.value(
    "today", "date", en: "Take this day as today, for reproducible reports.",
    zh: "把此日期当作今天（便于复现报表）。")

  /// Today, or `--today` when given.
  func reportToday() throws -> Day { try day("today") ?? clock.today }

  /// A report of a period that has not begun would show only zeros as if they were facts.
  static func refuseFuture(_ first: Day, today: Day, option: String) throws {
    guard first <= today else {
      throw RosterError.rule(
        Localized(
          en: "--\(option): that period begins on \(first), after today (\(today)); "
            + "nothing can be reported for it yet.",
          zh: "--\(option)：该时期从 \(first) 开始，晚于今天（\(today)），尚无可统计的内容。"))
    }
  }

  /// Prints `report` as JSON, or its document in the other formats; `csv` replaces the
  /// document's CSV where a report has a form of its own (the worksheet).
  /// `settings`, when given, closes the document with the folder's sign-off block.
  func emitReport<T: Encodable>(
    _ report: T, _ unsigned: @escaping (Language) -> ReportDocument,
    csv: ((Language) -> String)? = nil,
    signedWith settings: FormSettings? = nil
  ) throws {
    let document = { (language: Language) in
      settings.map { unsigned(language).signed($0, language) } ?? unsigned(language)
    }
    let target = try outputFile("output")
    if try emitReportWorkbook(document, form: csv, to: target) { return }
    let format = try reportFormat()
    let text: String
    switch format {
    case .json: text = try JSONOutput.encode(report)
    case .csv where csv != nil: text = csv!(language)
    // A file is a page to print, 80 columns whatever the terminal; the screen gets its own.
    default:
      text = format.renderer(maxWidth: target == nil ? width : OutputWidth.standard)!.render(
        document(language))
    }
    try write(Data(text.utf8), to: target)
  }

  /// Writes the report as a workbook, a sheet per table, when `--format xlsx` or an `-o`
  /// ending in `.xlsx` asks for one; false otherwise. A workbook needs a file: its bytes
  /// would garble a terminal.
  /// `form` is a report's own CSV, which only the worksheet has: the visits form.
  private func emitReportWorkbook(
    _ document: (Language) -> ReportDocument, form: ((Language) -> String)?, to file: OutputFile?
  ) throws -> Bool {
    let format = value("format")?.lowercased()
    let named = value("output")?.lowercased().hasSuffix(".xlsx") == true
    guard format == "xlsx" || format == nil && named else { return false }
    guard let file else {
      throw RosterError.invalidValue(
        field: "output", value: "",
        expected: Localized(
          en: "a file for the workbook, such as -o 月报.xlsx", zh: "工作簿文件，例如 -o 月报.xlsx"))
    }
    let workbook = ReportWorkbook.workbook(
      document(language), language: language,
      form: form.map { (kind: ImportKind.visits, csv: $0(language)) })
    try write(workbook, to: file)
    return true
  }
}
