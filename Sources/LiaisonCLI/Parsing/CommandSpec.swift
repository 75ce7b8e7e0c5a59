import LiaisonCore

/// Describes one command of the tool: its names, help, arguments, options and
/// subcommands. The whole command line is one tree of these, rooted at the tool itself.
public struct CommandSpec: Sendable {
  /// The canonical name, e.g. `add`; the root's name is not shown.
  public var name: String
  /// Other names accepted on the command line, e.g. the Chinese `添加`.
  public var aliases: [String]
  /// One line, shown after OVERVIEW and in the parent's SUBCOMMANDS list.
  public var abstract: Localized
  /// Paragraph(s) shown after the OVERVIEW line.
  public var discussion: Localized?
  /// Positional arguments, in order.
  public var arguments: [ArgumentSpec]
  /// Options of this command only; global options are given to the parser separately.
  public var options: [OptionSpec]
  /// Child commands; a command with children is a group and does not run by itself.
  public var subcommands: [CommandSpec]

  /// Creates a command; everything but the name and abstract is optional.
  public init(
    name: String, aliases: [String] = [], abstract: Localized, discussion: Localized? = nil,
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [CommandSpec] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.subcommands = subcommands
  }
}

extension CommandSpec {
  /// The child called `word` by its name or one of its aliases.
  func subcommand(named word: String) -> CommandSpec? {
    subcommands.first { $0.name == word || $0.aliases.contains(word) }
  }

  /// The option spelled `--name`, or by one of its aliases.
  func option(long name: String) -> OptionSpec? {
    options.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// The option spelled `-c`.
  func option(short letter: Character) -> OptionSpec? {
    options.first { $0.short == letter }
  }

  /// Follows `path` (names or aliases) down from this command as far as it matches,
  /// returning the command reached and the canonical names of the steps taken.
  func descend(_ path: [String]) -> (command: CommandSpec, path: [String]) {
    var command = self
    var canonical: [String] = []
    for word in path {
      guard let child = command.subcommand(named: word) else { break }
      command = child
      canonical.append(child.name)
    }
    return (command, canonical)
  }
}
