import LiaisonCore

/// `liaison export <kind>|all`: an .xlsx workbook or Excel-safe CSV, or lossless JSON.
enum ExportCommand {
  static let options: [OptionSpec] = [
    .value(
      "format", "format",
      en: "xlsx or csv (for spreadsheets), json or jsonl (every field; re-imports "
        + "losslessly). Default: xlsx when -o ends in .xlsx, else csv, or json for all "
        + "(which takes json, csv or xlsx).",
      zh: "xlsx 或 csv（供表格软件）、json 或 jsonl（保留全部字段，可无损再导入）。"
        + "-o 以 .xlsx 结尾时默认 xlsx，否则默认 csv，all 默认 json（all 可用 json、csv 或 xlsx）。",
      choices: ExportFormat.rawValues),
    .value("month", "YYYY-MM", en: "Visits of this month only.", zh: "只导出该月的走访。"),
    .flag("no-bom", en: "Leave out the byte-order mark Excel needs.", zh: "不写 Excel 所需的 BOM。"),
    .output(en: "Write to this file (a folder for all as csv).", zh: "写入该文件（all 的 csv 为文件夹）。"),
  ]

  static let command: Command = Command(
    "export", aliases: ["导出"],
    en: "Export records as an .xlsx workbook or CSV for spreadsheets, or as JSON.",
    zh: "导出记录：.xlsx 工作簿或 CSV 供表格软件使用，JSON 可无损再导入。",
    children: ImportKind.allCases.map { kind in
      Command(
        kind.rawValue, aliases: [kind.chineseLabel], en: "Export \(kind.rawValue).",
        zh: "导出\(kind.chineseLabel)。", options: options,
        run: { context in try exportKind(kind, context) })
    } + [
      Command(
        "all",
        en: "Export everything (JSON; one workbook with a sheet per kind; or one CSV per kind "
          + "into -o DIR).",
        zh: "导出全部数据（JSON；或每类一个工作表的工作簿；或用 -o 目录 每类一个 CSV）。", options: options,
        run: { context in try exportAll(context) })
    ])

  static func exportKind(_ kind: ImportKind, _ context: CommandContext) throws {
    let format = try chosenFormat(context, default: .csv)
    let months = try context.month("month").map { [$0] }
    let file = try context.outputFile("output")
    if kind == .visits, format == .jsonl {
      try context.stream(to: file) { write in
        try context.store().reading { session in
          try Exporter.visitLines(from: session, months: months, write: write)
        }
      }
      return
    }
    let data = try context.store().reading { session in
      try Exporter.export(
        kind, from: session, months: months, format: format, language: context.language,
        byteOrderMark: !context.flag("no-bom"))
    }
    try context.write(data, to: file)
  }

  static func exportAll(_ context: CommandContext) throws {
    let format = try chosenFormat(context, default: .json)
    switch format {
    case .xlsx:
      let workbook = try context.store().reading { session in
        try Exporter.workbook(from: session, language: context.language)
      }
      try context.write(workbook, to: try context.outputFile("output"))
    case .json:
      let file = try context.outputFile("output")
      try context.stream(to: file) { write in
        try context.store().reading { try Exporter.bundle(from: $0, write: write) }
      }
    case .csv:
      guard let typed = context.value("output") else {
        throw RosterError.invalidValue(
          field: "output", value: "",
          expected: Localized(en: "a folder for the CSV files", zh: "存放 CSV 文件的文件夹"))
      }
      let folder = try OutputFile.makeFolder(
        typed, absolute: context.absolute(typed), fileSystem: context.fileSystem)
      let files = try ImportKind.allCases.map { kind in
        let name = typed + "/\(kind.rawValue).csv"
        return (kind, try OutputFile(name, absolute: folder + "/\(kind.rawValue).csv"))
      }
      try context.store().reading { session in
        for (kind, file) in files {
          let data = try Exporter.export(
            kind, from: session, months: nil, format: .csv, language: context.language,
            byteOrderMark: !context.flag("no-bom"))
          try file.write(data, fileSystem: context.fileSystem)
        }
      }
      context.say(
        Localized(en: "Wrote one CSV per kind into \(typed).", zh: "已在 \(typed) 中为每类写出一个 CSV。"))
    case .jsonl:
      throw RosterError.invalidValue(
        field: "format", value: "jsonl",
        expected: Localized(en: "json, csv or xlsx for all", zh: "all 只支持 json、csv 或 xlsx"))
    }
  }

  /// `--format`, else xlsx for an `-o` ending in `.xlsx`, else `fallback`; a workbook
  /// needs `-o`, since its bytes would garble a terminal.
  static func chosenFormat(
    _ context: CommandContext, default fallback: ExportFormat
  ) throws -> ExportFormat {
    let out = context.value("output")
    let byName: ExportFormat? = out?.lowercased().hasSuffix(".xlsx") == true ? .xlsx : nil
    let format = try context.choice(ExportFormat.self, "format") ?? byName ?? fallback
    if format == .xlsx, out == nil {
      throw RosterError.invalidValue(
        field: "output", value: "",
        expected: Localized(
          en: "a file for the workbook, such as -o 党员.xlsx", zh: "工作簿文件，例如 -o 党员.xlsx"))
    }
    return format
  }
}
