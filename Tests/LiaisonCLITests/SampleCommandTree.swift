import LiaisonCLI
import LiaisonCore

/// A small but complete command tree shared by the parser, help and completion tests.
enum SampleCommandTree {
  static let globals: [OptionSpec] = [
    OptionSpec(
      name: "data", valueName: "dir", kind: .value,
      help: Localized(en: "The data folder.", zh: "数据文件夹。")),
    OptionSpec(
      name: "lang", kind: .value,
      help: Localized(en: "Language of output: zh or en.", zh: "输出语言：zh 或 en。"),
      choices: ["zh", "en"]),
  ]

  static let visitAdd = CommandSpec(
    name: "add", aliases: ["添加"],
    abstract: Localized(en: "Record a visit.", zh: "记录一次走访。"),
    options: [
      OptionSpec(
        name: "member", short: "m", kind: .value, help: Localized(en: "Member.", zh: "代表。"),
        isRequired: true),
      OptionSpec(
        name: "household", kind: .value, help: Localized(en: "Household.", zh: "联系户。"),
        isRequired: true),
      OptionSpec(
        name: "date", short: "d", kind: .value, help: Localized(en: "Date.", zh: "日期。")),
      OptionSpec(
        name: "mode", kind: .value, help: Localized(en: "Mode.", zh: "方式。"),
        choices: ["in-person", "phone", "online", "proxy"]),
      OptionSpec(name: "points", kind: .value, help: Localized(en: "Points.", zh: "积分。")),
      OptionSpec(name: "tag", kind: .upToNextOption, help: Localized(en: "Tags.", zh: "标签。")),
      OptionSpec(name: "note", kind: .repeating, help: Localized(en: "Notes.", zh: "备注。")),
    ])

  static let visitList = CommandSpec(
    name: "list", aliases: ["列表"],
    abstract: Localized(en: "List visits.", zh: "列出走访。"),
    options: [
      OptionSpec(
        name: "month", short: "m", valueName: "YYYY-MM", kind: .value,
        help: Localized(en: "Month.", zh: "月份。")),
      OptionSpec(name: "all", short: "a", kind: .flag, help: Localized(en: "All.", zh: "全部。")),
      OptionSpec(
        name: "verbose", short: "v", kind: .flag, help: Localized(en: "More.", zh: "详细。")),
    ])

  static let root = CommandSpec(
    name: "liaison",
    abstract: Localized(en: "Keep a liaison station's records.", zh: "管理联络站的记录。"),
    subcommands: [
      CommandSpec(
        name: "visit", aliases: ["走访"],
        abstract: Localized(en: "Record and list visits.", zh: "记录和查看走访。"),
        subcommands: [visitAdd, visitList]),
      CommandSpec(
        name: "import", abstract: Localized(en: "Import a CSV file.", zh: "导入 CSV 文件。"),
        arguments: [ArgumentSpec(name: "file", help: Localized(en: "The file.", zh: "文件。"))],
        options: [
          OptionSpec(
            name: "dry-run", kind: .flag, help: Localized(en: "Check only.", zh: "只检查。"))
        ]),
      CommandSpec(
        name: "points", abstract: Localized(en: "Adjust points.", zh: "调整积分。"),
        arguments: [
          ArgumentSpec(name: "member", help: Localized(en: "Member.", zh: "代表。")),
          ArgumentSpec(name: "delta", help: Localized(en: "Change.", zh: "变化。")),
        ]),
      CommandSpec(
        name: "note", abstract: Localized(en: "Write notes.", zh: "写备注。"),
        arguments: [
          ArgumentSpec(
            name: "text", help: Localized(en: "Text.", zh: "内容。"), isOptional: true,
            isRepeating: true)
        ]),
    ])

  static let parser = ArgumentParser(root: root, globalOptions: globals)

  /// Parses and expects a runnable command.
  static func run(_ arguments: [String]) throws -> ParsedCommand {
    guard case .run(let parsed) = try parser.parse(arguments) else {
      throw SampleError.notRunnable(arguments)
    }
    return parsed
  }

  /// Parses and returns the usage error, or nil when parsing succeeded.
  static func failure(_ arguments: [String]) -> UsageError? {
    do {
      _ = try parser.parse(arguments)
      return nil
    } catch {
      return error
    }
  }

  enum SampleError: Error {
    case notRunnable([String])
  }
}
