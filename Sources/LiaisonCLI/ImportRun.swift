import Foundation
import LiaisonCore

/// One `liaison import`: read the file, plan, show the plan, and apply it when it may.
struct ImportRun {
  let context: CommandContext
  /// nil for `import all`.
  let kind: ImportKind?

  func run() throws {
    let path = context.argument
    let data = try readInput(path)
    let options = try importOptions()
    // How many automatic backups to keep, read before any work: a bad setting stops the
    // command at once, not after the whole file is planned.
    let keep = try context.importBackupsToKeep()
    let dryRun = context.flag("dry-run")
    let rejectedFile = try rejectedFilePath(input: path)
    let (plan, backup) = try clearingProgress {
      try context.store().writing { session -> (ImportPlan, String?) in
        let run: RosterImport
        if let kind {
          run = try RosterImport.plan(
            kind, data: data, options: options, session: session, clock: context.clock,
            clerk: context.clerk, progress: progressLine)
        } else {
          run = try RosterImport.planAll(
            try ExportBundle.decode(data, path: path), session: session, clock: context.clock,
            clerk: context.clerk)
        }
        let plan = run.plan
        let blocked = plan.count(.reject) > 0 && !options.skipInvalid
        guard !dryRun, !blocked, plan.count(.create) + plan.count(.update) > 0 else {
          return (plan, nil)
        }
        let backup =
          keep == 0
          ? nil
          : try Backup.make(
            from: session, into: session.folderPath + "/" + Backup.automaticFolderName,
            clock: context.clock, keep: keep)
        try session.apply(run)
        return (plan, backup)
      }
    }
    try report(plan, dryRun: dryRun, backup: backup, rejectedFile: rejectedFile)
  }

  private func report(
    _ plan: ImportPlan, dryRun: Bool, backup: String?, rejectedFile: OutputFile?
  ) throws {
    let rejected = plan.rows.filter { $0.action == .reject }
    let shown = dryRun ? plan : ImportPlan(kind: plan.kind, rows: rejected)
    if context.value("format") == "json" {
      context.output(
        try JSONOutput.encode(
          PlanJSON(plan: plan, shown: shown.rows, dryRun: dryRun, language: context.language)))
    } else if !shown.rows.isEmpty {
      context.output(
        shown.listing(context.language).table(context.language, width: context.width))
    }
    if !plan.unknownColumns.isEmpty {
      context.warn(
        Localized(
          en: "columns not imported: " + plan.unknownColumns.joined(separator: ", "),
          zh: "以下列未导入：" + plan.unknownColumns.joined(separator: "、")))
    }
    if plan.unfilledRows > 0 {
      context.say(
        Localized(
          en:
            "Skipped \(plan.unfilledRows) worksheet row(s) left blank (no date, nothing written).",
          zh: "跳过 \(plan.unfilledRows) 行未填写的工作单行（无日期、无内容）。"))
    }
    for warning in plan.warnings.prefix(10) { context.warn(warning) }
    if plan.warnings.count > 10 {
      context.warn(
        Localized(
          en: "… and \(plan.warnings.count - 10) more like these",
          zh: "……另有 \(plan.warnings.count - 10) 条类似警告"))
    }
    let summary = plan.summary
    if dryRun {
      context.say(
        Localized(en: "Plan: ", zh: "导入计划：") + summary
          + Localized(en: ". Nothing was written (--dry-run).", zh: "。未写入（--dry-run）。"))
      return
    }
    if !rejected.isEmpty && !context.flag("skip-invalid") {
      throw ImportRefused(summary: summary, rejected: rejected.count)
    }
    if !rejected.isEmpty, let rejectedFile, try writeRejected(plan, to: rejectedFile) {
      let file = rejectedFile.shown
      context.say(
        Localized(
          en:
            "\(rejected.count) rejected row(s) written to \(file) with a reason column; fix and import that file.",
          zh: "\(rejected.count) 行被拒绝，已连同原因写入 \(file)；修改后可再导入该文件。"))
    }
    if !rejected.isEmpty, plan.count(.create) + plan.count(.update) == 0 {
      throw ImportRefused(summary: summary, rejected: rejected.count, allSetAside: true)
    }
    let backupNote =
      backup.map { Localized(en: " Backup first: \($0).", zh: "导入前已备份：\($0)。") } ?? Localized("")
    let months = plan.changedMonths.map { Localized(" ") + $0.sentence } ?? Localized("")
    context.say(
      Localized(en: "Imported: ", zh: "已导入：") + summary + Localized(en: ".", zh: "。") + months
        + backupNote)
  }

  /// "Reading row 15000 of 90000…" rewritten in place, only when a person watches stderr;
  /// `clearProgress` wipes it before the result is printed.
  private var progressLine: ((Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let console = context.console
    let language = context.language
    return { done, total in
      let text =
        language == .zh ? "正在读取第 \(done) / \(total) 行…" : "Reading row \(done) of \(total)…"
      console.rawStandardError(Self.eraseLine + text)
    }
  }

  /// Back to the start of the line, and erase it (ANSI EL).
  static let eraseLine = "\r\u{1B}[K"

  /// Runs the planning, then wipes the progress line it may have drawn, whatever the
  /// outcome, so the result or the error starts on a clean line.
  private func clearingProgress<T>(_ planning: () throws -> T) rethrows -> T {
    defer { if progressLine != nil { context.console.rawStandardError(Self.eraseLine) } }
    return try planning()
  }

  private func readInput(_ path: String) throws -> Data {
    if path == "-" { return try InputFile.readStandardInput() }
    return try InputFile.read(context.absolute(path), shown: path)
  }

  private func importOptions() throws -> ImportOptions {
    var options = ImportOptions(skipInvalid: context.flag("skip-invalid"))
    options.source = context.argument
    options.since = try context.day("since")
    options.again = context.flag("again")
    options.sheet = context.value("sheet")
    if let encoding = context.value("encoding") {
      guard let chosen = CSVEncoding(userValue: encoding) else {
        throw RosterError.invalidValue(
          field: "encoding", value: encoding,
          expected: Localized(en: "utf8, gb18030 or utf16le", zh: "utf8、gb18030 或 utf16le"))
      }
      options.encoding = chosen
    }
    if let separator = context.value("separator") {
      switch separator.lowercased() {
      case ",", "comma", "逗号": options.separator = ","
      case ";", "semicolon", "分号": options.separator = ";"
      case "tab", "\\t", "\t", "制表符": options.separator = "\t"
      default:
        throw RosterError.invalidValue(
          field: "separator", value: separator, expected: Localized(en: ", ; or tab", zh: "，；或 tab")
        )
      }
    }
    if let mapPath = context.value("map") {
      let map = try ImportMap.read(mapPath, from: context.currentDirectory)
      options.columns = map.columns ?? [:]
      options.skipRows = map.skipRows ?? 0
    }
    return options
  }

  /// Where `--skip-invalid` will write rejected rows: checked before anything is imported,
  /// so that a bad path cannot fail an import that has already landed.
  private func rejectedFilePath(input: String) throws -> OutputFile? {
    guard context.flag("skip-invalid") else { return nil }
    let base = input == "-" ? "import" : (input as NSString).deletingPathExtension
    // A workbook's rejected rows go back into a workbook, to fix in the same program.
    let isWorkbook = (input as NSString).pathExtension.lowercased() == "xlsx"
    let target =
      context.value("rejected") ?? base + (isWorkbook ? ".rejected.xlsx" : ".rejected.csv")
    return try OutputFile(target, absolute: context.absolute(target))
  }

  /// Rejected rows, as read, with a reason column (replacing the one a rejected file being
  /// imported again already has), private to the clerk: they hold phones. A workbook when
  /// the path ends in `.xlsx`, else CSV.
  /// - Returns: false when the input had no cells to write back (JSON).
  private func writeRejected(_ plan: ImportPlan, to path: OutputFile) throws -> Bool {
    let rows = plan.rows.filter { $0.action == .reject && !$0.cells.isEmpty }
    guard !rows.isEmpty else { return false }
    let reasonHeadings = ["reason", "拒绝原因"]
    var header = plan.header
    if let last = header.last, reasonHeadings.contains(last) { header.removeLast() }
    let width = header.count
    let reason = context.language == .zh ? "拒绝原因" : "reason"
    let lines = rows.map { row -> [String] in
      var cells = Array(row.cells.prefix(width))
      cells += Array(repeating: "", count: width - cells.count)
      return cells + [row.reason?(context.language) ?? ""]
    }
    let contents: Data
    if path.shown.lowercased().hasSuffix(".xlsx") {
      contents = WorkbookWriter.workbook([
        WorkbookSheet(
          name: context.language == .zh ? "被拒绝的行" : "Rejected rows", header: header + [reason],
          rows: lines)
      ])
    } else {
      contents = Data(
        CSVWriter().document(header: header + [reason], rows: lines, byteOrderMark: true).utf8)
    }
    do {
      try path.write(contents, fileSystem: context.fileSystem)
    } catch let error as OutputPathError {
      throw InputFileError(
        path: path.shown,
        reason: Localized(
          en: "the import landed, but its rejected rows could not be written here",
          zh: "导入已完成，但被拒绝的行无法写入此处") + Localized(" (") + error.message
          + Localized(")"),
        exitStatus: .cannotCreate)
    }
    return true
  }
}

/// The plan as `--format json` prints it.
/// An import's plan for scripts: how many rows of each kind, for the whole file, and the
/// rows shown (every row of a dry run, else the rejected ones).
struct PlanJSON: Encodable {
  struct Counts: Encodable {
    var create: Int
    var update: Int
    var unchanged: Int
    var reject: Int
    /// Worksheet rows left blank, skipped rather than rejected.
    var unfilled: Int
  }
  struct Row: Encodable {
    var line: Int
    var action: String
    /// Absent on a rejected row: no record was made or found for it.
    var id: String?
    var record: String
    var reason: String?
  }
  var dryRun: Bool
  var counts: Counts
  var rows: [Row]

  init(plan: ImportPlan, shown: [ImportPlan.Row], dryRun: Bool, language: Language) {
    self.dryRun = dryRun
    counts = Counts(
      create: plan.count(.create), update: plan.count(.update),
      unchanged: plan.count(.unchanged), reject: plan.count(.reject),
      unfilled: plan.unfilledRows)
    rows = shown.map {
      Row(
        line: $0.line, action: $0.action.rawValue, id: $0.id.isEmpty ? nil : $0.id,
        record: $0.summary, reason: $0.reason?(language))
    }
  }
}

/// An import refused because rows were rejected; the rows are already printed.
struct ImportRefused: LiaisonError {
  var summary: Localized
  var rejected: Int
  /// `--skip-invalid` was given, but no row was left to import.
  var allSetAside = false
  var exitStatus: ExitStatus { .dataError }
  var message: Localized {
    if allSetAside {
      return Localized(
        en:
          "No row could be imported (\(summary.en)); the rejected rows are set aside with their reasons.",
        zh: "没有可导入的行（\(summary.zh)）；被拒绝的行已连同原因另存。")
    }
    return Localized(
      en: "\(rejected) row(s) rejected (above); nothing was imported (\(summary.en)). Fix them, "
        + "or pass --skip-invalid to import the rest.",
      zh: "\(rejected) 行被拒绝（见上）；未导入任何内容（\(summary.zh)）。请修正，或加 --skip-invalid 导入其余行。")
  }
}
