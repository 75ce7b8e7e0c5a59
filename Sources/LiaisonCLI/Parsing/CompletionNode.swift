import LiaisonCore

/// What shell completion needs to know about one command, flattened out of the
/// command tree so each generator can emit one table entry per command.
struct CompletionNode {
  /// Canonical path joined by spaces, e.g. `visit add`; the root's key is empty.
  var key: String
  var command: CommandSpec
  /// Options valid here: the command's own, then global ones, then `--help`
  /// (and `--version` at the root).
  var options: [OptionSpec]
  /// Every word that leads to a child (names and aliases), with the child's key.
  var childWords: [(word: String, key: String)]

  /// Every command of the tree, parents before children.
  static func all(root: CommandSpec, globalOptions: [OptionSpec]) -> [CompletionNode] {
    var nodes: [CompletionNode] = []
    func visit(_ command: CommandSpec, path: [String]) {
      let key = path.joined(separator: " ")
      var builtIns = [OptionSpec.builtInHelp]
      if path.isEmpty { builtIns.append(.builtInVersion) }
      let childWords = command.subcommands.flatMap { child in
        ([child.name] + child.aliases).map {
          (word: $0, key: (path + [child.name]).joined(separator: " "))
        }
      }
      nodes.append(
        CompletionNode(
          key: key, command: command, options: command.options + globalOptions + builtIns,
          childWords: childWords))
      for child in command.subcommands { visit(child, path: path + [child.name]) }
    }
    visit(root, path: [])
    return nodes
  }

  /// The words offered where a subcommand is expected: canonical names only, because
  /// Chinese aliases are typed through an input method, not completed; plus `help`
  /// at the root.
  var offeredSubcommands: [(word: String, help: Localized)] {
    guard !command.subcommands.isEmpty else { return [] }
    var offered = command.subcommands.map { (word: $0.name, help: $0.abstract) }
    if key.isEmpty {
      offered.append((word: "help", help: Localized(en: "Show help information.", zh: "显示帮助信息。")))
    }
    return offered
  }

  /// Each option spelling (`--date`, `-d`, an alias such as `--out`) with the option it
  /// names.
  var optionSpellings: [(spelling: String, option: OptionSpec)] {
    options.flatMap { option in
      ([option.longSpelling] + option.aliases.map { "--" + $0 }
        + [option.shortSpelling].compactMap { $0 }).map {
          (spelling: $0, option: option)
        }
    }
  }

  /// Option spellings whose value is a record of the roster (`--member <member>`), with
  /// the kind the scripts ask `liaison __complete` for: the option's value is named after it.
  var recordOptions: [(spelling: String, kind: RosterCompletion.Kind)] {
    optionSpellings.compactMap { entry in
      guard entry.option.takesValue,
        let kind = RosterCompletion.Kind(rawValue: entry.option.valueName ?? entry.option.name)
      else { return nil }
      return (entry.spelling, kind)
    }
  }

  /// The kind of record a command's first argument is (`member show <member>`), if any.
  var argumentKind: RosterCompletion.Kind? {
    guard command.subcommands.isEmpty, let first = command.arguments.first else { return nil }
    return RosterCompletion.Kind(rawValue: first.name)
  }
}
