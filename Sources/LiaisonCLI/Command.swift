import LiaisonCore

/// A command of the tree: what the parser and help need to know, and what it does.
struct Command: Sendable {
  var spec: CommandSpec
  var run: (@Sendable (CommandContext) throws -> Void)?
  var children: [Command]

  init(
    _ name: String, aliases: [String] = [], en: String, zh: String,
    discussion: Localized? = nil, arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
    run: (@Sendable (CommandContext) throws -> Void)? = nil, children: [Command] = []
  ) {
    // Whatever prints records or a report in a --format can write it to a file instead:
    // the same -o/--output everywhere (CommandContext.output collects what it prints).
    let printsInAFormat = options.contains { $0.name == "format" }
    let options =
      printsInAFormat && !options.contains(where: { $0.name == "output" })
      ? options + [.output] : options
    self.spec = CommandSpec(
      name: name, aliases: aliases, abstract: Localized(en: en, zh: zh), discussion: discussion,
      arguments: arguments, options: options, subcommands: children.map(\.spec))
    self.run = run
    self.children = children
  }

  /// The command at a canonical path, as the parser reports it.
  func find(_ path: [String]) -> Command? {
    guard let first = path.first else { return self }
    return children.first { $0.spec.name == first }?.find(Array(path.dropFirst()))
  }
}

/// Shorthands for declaring options.
extension OptionSpec {
  static func value(
    _ name: String, _ valueName: String, en: String, zh: String, required: Bool = false,
    short: Character? = nil, choices: [String] = []
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, valueName: valueName, kind: .value,
      help: Localized(en: en, zh: zh), choices: choices, isRequired: required)
  }

  static func list(
    _ name: String, _ valueName: String, en: String, zh: String, choices: [String] = []
  )
    -> OptionSpec
  {
    OptionSpec(
      name: name, valueName: valueName, kind: .upToNextOption, help: Localized(en: en, zh: zh),
      choices: choices)
  }

  static func flag(_ name: String, en: String, zh: String) -> OptionSpec {
    OptionSpec(name: name, kind: .flag, help: Localized(en: en, zh: zh))
  }

  static let format = value(
    "format", "format", en: "Output format (default: table).",
    zh: "输出格式（默认 table）。", choices: OutputFormat.rawValues)

  /// `-o/--output FILE`: what the command prints, written to a file instead (whole, private,
  /// never inside a data folder — `OutputFile`'s rules).
  static let output = OptionSpec(
    name: "output", short: "o", valueName: "file", kind: .value,
    help: Localized(
      en: "Write to this file instead of the screen.", zh: "写入此文件，而不是显示在屏幕上。"))

  /// `-o/--output` where `--out` was its name before; `--out` still works.
  static func output(en: String, zh: String) -> OptionSpec {
    OptionSpec(
      name: "output", aliases: ["out"], short: "o", valueName: "path", kind: .value,
      help: Localized(
        en: String(en.dropLast(en.hasSuffix(".") ? 1 : 0)) + "; --out works too.",
        zh: String(zh.dropLast(zh.hasSuffix("。") ? 1 : 0)) + "；也可写作 --out。"))
  }

  static let force = flag(
    "force", en: "Remove even when other records depend on it, detaching them.",
    zh: "即使有其他记录依赖也删除，并解除这些依赖。")
}

extension ArgumentSpec {
  static func reference(_ name: String, en: String, zh: String) -> ArgumentSpec {
    ArgumentSpec(name: name, help: Localized(en: en, zh: zh))
  }
}
