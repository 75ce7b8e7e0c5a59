import Foundation
import LiaisonCore

/// `liaison import <kind> FILE` and `liaison import template <kind>`.
enum ImportCommand {
  static let options: [OptionSpec] = [
    .flag("dry-run", en: "Print the plan and write nothing.", zh: "只显示导入计划，不写入。"),
    .flag(
      "skip-invalid",
      en: "Import the valid rows; write the rejected ones, with a reason column, "
        + "beside the input (a workbook for a workbook, else CSV).",
      zh: "只导入有效行，被拒绝的行连同原因写入输入文件旁（工作簿对应工作簿，否则为 CSV）。"),
    .flag(
      "again",
      en: "Take rows that look like records on file typed again (the same head in the village, "
        + "the same name and birth, the same visit that day) as new ones instead of rejecting "
        + "them.",
      zh: "把看似重复录入的行（同村同户主、同名同出生年月、同日同一走访）作为新记录导入，而不是拒绝。"),
    .value(
      "encoding", "encoding", en: "Force the encoding: utf8, gb18030 (GBK) or utf16le.",
      zh: "指定编码：utf8、gb18030（GBK）或 utf16le。", choices: CSVEncoding.allCases.map(\.rawValue)),
    .value("separator", "char", en: "Force the separator: , ; or tab.", zh: "指定分隔符：, ; 或 tab。"),
    .value(
      "sheet", "name", en: "The workbook sheet to read (default: the first).",
      zh: "要读取的工作表名称（默认第一个工作表）。"),
    .value(
      "map", "file",
      en: "A JSON file mapping other headers: {\"columns\": {\"phone\": \"本人手机\"}, "
        + "\"skipRows\": 1}.",
      zh: "表头对照 JSON 文件：{\"columns\": {\"phone\": \"本人手机\"}, \"skipRows\": 1}。"),
    .value(
      "since", "date",
      en: "The day the file's records came onto the roster (入册日期), for rows whose own "
        + "since column is empty — a first import of records that existed before "
        + "(default: today).",
      zh: "文件中记录的入册日期，用于“入册日期”列为空的行——首次导入早已存在的名册时填写（默认今天）。"),
    .value(
      "rejected", "file", en: "Where --skip-invalid writes the rejected rows.",
      zh: "--skip-invalid 写出被拒绝行的位置。"),
    .value(
      "format", "format", en: "The plan as a table or json (default: table).",
      zh: "导入计划的格式：table 或 json（默认 table）。", choices: ["table", "json"]),
  ]

  static let command: Command = Command(
    "import", aliases: ["导入"],
    en: "Import rosters and visit forms from .xlsx workbooks or CSV (Excel, WPS), or JSON.",
    zh: "从 .xlsx 工作簿或 CSV（Excel、WPS）或 JSON 导入名册和走访记录。",
    discussion: Localized(
      en: "Every import first plans: each row is created, updated, left unchanged or rejected "
        + "with its line and reason. By default it lands whole or not at all; the same file "
        + "imported twice changes nothing the second time. A backup is taken first "
        + "(backups/before-import/, the last 5 kept; LIAISON_IMPORT_BACKUPS sets how many).",
      zh: "每次导入先生成计划：逐行标明新增、更新、不变或拒绝（注明行号和原因）。默认全部成功才写入；"
        + "同一文件重复导入不会产生变化。写入前自动备份（backups/before-import/，保留最近 5 份，可用 LIAISON_IMPORT_BACKUPS 设置）。"),
    children: ImportKind.allCases.map(kindCommand) + [allCommand, templateCommand])

  static func kindCommand(_ kind: ImportKind) -> Command {
    Command(
      kind.rawValue, aliases: [kind.chineseLabel],
      en: "Import \(kind.rawValue) from an .xlsx, CSV or JSON file.", zh: "导入\(kind.chineseLabel)。",
      arguments: [
        ArgumentSpec(
          name: "file",
          help: Localized(en: "The file, or - for standard input.", zh: "文件，- 表示标准输入。"))
      ],
      options: options,
      run: { context in try ImportRun(context: context, kind: kind).run() })
  }

  static let allCommand = Command(
    "all", en: "Import a whole folder exported with 'liaison export all'.",
    zh: "导入用 'liaison export all' 导出的全部数据。",
    arguments: [ArgumentSpec(name: "file", help: Localized(en: "The JSON file.", zh: "JSON 文件。"))],
    options: options,
    run: { context in try ImportRun(context: context, kind: nil).run() })

  static let templateCommand = Command(
    "template", aliases: ["模板"],
    en: "Write a template to fill in: an .xlsx workbook with drop-down lists, or CSV.",
    zh: "输出可在表格软件中填写的模板：带下拉列表的 .xlsx 工作簿，或 CSV。",
    arguments: [
      ArgumentSpec(
        name: "kind",
        help: Localized(
          en: "members, households, villages, grids, links or visits.", zh: "党员、农户、村、网格、联户或走访。"))
    ],
    options: [
      .value(
        "format", "format",
        en: "xlsx (needs -o) or csv. Default: xlsx when -o ends in .xlsx, else csv.",
        zh: "xlsx（需要 -o）或 csv。-o 以 .xlsx 结尾时默认 xlsx，否则 csv。",
        choices: ["xlsx", "csv"]),
      .output(en: "Write to this file.", zh: "写入该文件。"),
    ],
    run: { context in
      let kind = try CommandContext.choice(ImportKind.self, context.argument, option: "kind")
      let format = try ExportCommand.chosenFormat(context, default: .csv)
      guard format == .xlsx || format == .csv else {
        throw RosterError.invalidValue(
          field: "format", value: format.rawValue,
          expected: Localized(en: "xlsx or csv", zh: "xlsx 或 csv"))
      }
      let data =
        format == .xlsx
        ? ImportTemplate.workbook(kind, language: context.language)
        : Data(ImportTemplate.csv(kind, language: context.language).utf8)
      try context.write(data, to: try context.outputFile("output"))
    })
}
