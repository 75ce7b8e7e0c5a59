import LiaisonCore

/// Renders help screens, usage lines and error reports in the layout of
/// swift-argument-parser, in English or Chinese.
public struct HelpFormatter: Sendable {
  /// The tool itself; its subcommands are the top-level commands.
  public var root: CommandSpec
  /// Options every command accepts; listed in each command's OPTIONS as "(global)".
  public var globalOptions: [OptionSpec]
  /// The program name shown in usage lines.
  public var toolName: String

  /// Creates a formatter for the same tree the parser was given.
  public init(root: CommandSpec, globalOptions: [OptionSpec], toolName: String = "liaison") {
    self.root = root
    self.globalOptions = globalOptions
    self.toolName = toolName
  }

  /// The full help screen for the command at `path` (names or aliases; an unknown tail
  /// is ignored), ending with a newline.
  public func help(for path: [String], language: Language, width: Int = 80) -> String {
    let (command, canonical) = root.descend(path)
    let headings = SectionHeadings(language)
    var blocks: [[String]] = []

    let abstract = command.abstract(language)
    if !abstract.isEmpty {
      blocks.append(TextWrap.lines(headings.overview + abstract, width: width))
    }
    if let discussion = command.discussion?(language), !discussion.isEmpty {
      blocks.append(TextWrap.lines(discussion, width: width))
    }
    let usage = UsageLine(toolName: toolName, path: canonical, command: command)
    let usageLines = usage.lines(width: width, prefixWidth: DisplayWidth.of(headings.usage))
    blocks.append([headings.usage + usageLines[0]] + usageLines.dropFirst())

    if !command.arguments.isEmpty {
      let entries = command.arguments.map {
        HelpEntry(label: $0.placeholder, text: $0.help(language))
      }
      blocks.append(section(headings.arguments, entries, width: width))
    }
    blocks.append(
      section(headings.options, optionEntries(command, canonical, language), width: width))
    if !command.subcommands.isEmpty {
      let entries = command.subcommands.map {
        HelpEntry(
          label: ([$0.name] + $0.aliases).joined(separator: ", "), text: $0.abstract(language))
      }
      blocks.append(section(headings.subcommands, entries, width: width))
      let helpCommand = ([toolName, "help"] + canonical + ["<subcommand>"]).joined(separator: " ")
      let pointer = Localized(
        en: "See '\(helpCommand)' for detailed help.", zh: "运行 '\(helpCommand)' 查看详细帮助。")
      blocks.append(TextWrap.lines(pointer(language), width: width - 2).map { "  " + $0 })
    }
    return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// The synopsis of the command at `path`, without any "USAGE:" prefix, e.g.
  /// `liaison visit add --member <member> [--date <date>]`; wrapped lines are indented.
  public func usage(for path: [String], language: Language, width: Int = 80) -> String {
    let (command, canonical) = root.descend(path)
    return UsageLine(toolName: toolName, path: canonical, command: command)
      .lines(width: width).joined(separator: "\n")
  }

  /// The three-part report printed for a `UsageError`: the message, the usage of the
  /// command reached, and where to find more help. Every line ends with a newline.
  public func errorReport(_ error: UsageError, language: Language, width: Int = 80) -> String {
    let (command, canonical) = root.descend(error.path)
    let helpCommand = ([toolName, "help"] + canonical).joined(separator: " ")
    let (errorPrefix, usagePrefix, pointer) =
      language == .zh
      ? ("错误：", "用法：", "  更多信息请运行 '\(helpCommand)'。")
      : ("Error: ", "Usage: ", "  See '\(helpCommand)' for more information.")
    let usage = UsageLine(toolName: toolName, path: canonical, command: command)
      .lines(width: width, prefixWidth: DisplayWidth.of(usagePrefix))
    let lines =
      [errorPrefix + error.message(language), usagePrefix + usage[0]] + usage.dropFirst()
      + [pointer]
    return lines.map { $0 + "\n" }.joined()
  }

  private func optionEntries(
    _ command: CommandSpec, _ path: [String], _ language: Language
  )
    -> [HelpEntry]
  {
    let globalNote = Localized(en: " (global)", zh: "（全局）")(language)
    var entries = command.options.map {
      HelpEntry(label: $0.helpLabel, text: describe($0, language))
    }
    // A command's own option of a global one's name replaces it (`report monthly --data A
    // --data B`), as in parsing; it is listed once.
    let shadowed = Set(command.options.map(\.name))
    entries += globalOptions.filter { !shadowed.contains($0.name) }.map {
      HelpEntry(label: $0.helpLabel, text: describe($0, language) + globalNote)
    }
    entries.append(
      HelpEntry(
        label: OptionSpec.builtInHelp.helpLabel, text: OptionSpec.builtInHelp.help(language)))
    if path.isEmpty {
      let version = OptionSpec.builtInVersion
      entries.append(HelpEntry(label: version.helpLabel, text: version.help(language)))
    }
    return entries
  }

  private func describe(_ option: OptionSpec, _ language: Language) -> String {
    let text = option.help(language)
    guard !option.choices.isEmpty else { return text }
    let list = option.choices.joined(separator: ", ")
    return text + Localized(en: " (values: \(list))", zh: "（可选值：\(list)）")(language)
  }

  private func section(_ heading: String, _ entries: [HelpEntry], width: Int) -> [String] {
    [heading] + entries.flatMap { $0.lines(width: width) }
  }
}

/// The fixed words of a help screen; Chinese screens use Chinese headings only.
private struct SectionHeadings {
  var overview, usage, arguments, options, subcommands: String

  init(_ language: Language) {
    switch language {
    case .en:
      (overview, usage, arguments, options, subcommands) =
        ("OVERVIEW: ", "USAGE: ", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:")
    case .zh:
      (overview, usage, arguments, options, subcommands) =
        ("概述：", "用法：", "参数：", "选项：", "子命令：")
    }
  }
}
