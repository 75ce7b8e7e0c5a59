import LiaisonCore

/// Turns a command line into a `ParseOutcome` according to a tree of `CommandSpec`s.
///
/// Global options are accepted anywhere on the line; `-h`/`--help` anywhere asks for
/// help on the command named on the line, and wins over any error, so a user who is
/// lost can always get help.
public struct ArgumentParser: Sendable {
  /// The tool itself; its subcommands are the top-level commands.
  public var root: CommandSpec
  /// Options every command accepts, such as `--data` and `--lang`.
  public var globalOptions: [OptionSpec]

  /// Creates a parser for the command tree under `root`.
  public init(root: CommandSpec, globalOptions: [OptionSpec]) {
    self.root = root
    self.globalOptions = globalOptions
  }

  /// Parses `arguments`, which must not include the program name (`argv[0]`).
  public func parse(_ arguments: [String]) throws(UsageError) -> ParseOutcome {
    var scan = CommandLineScan(root: root, globalOptions: globalOptions, tokens: arguments)
    do throws(UsageError) {
      try scan.scanAll()
      return try outcome(of: scan)
    } catch {
      let unread = Array(arguments[scan.index...])
      var failure = error
      // Tokens the scan never reached come later on the line, so their values win.
      failure.globals.merge(globalsFound(in: unread)) { _, later in later }
      if scan.wantsHelp || asksFor("help", short: "h", in: unread) {
        return .help(path: scan.path, globals: failure.globals)
      }
      if scan.wantsVersion || asksFor("version", short: nil, in: unread) {
        return .version(globals: failure.globals)
      }
      throw failure
    }
  }

  private func outcome(of scan: CommandLineScan) throws(UsageError) -> ParseOutcome {
    if scan.wantsHelp || scan.isHelpCommand {
      return .help(path: scan.path, globals: scan.globals)
    }
    if scan.wantsVersion {
      return .version(globals: scan.globals)
    }
    let command = scan.command
    // A group named alone, like `liaison visit`, explains itself rather than failing.
    if !command.subcommands.isEmpty && scan.positionals.isEmpty {
      return .help(path: scan.path, globals: scan.globals)
    }
    for option in command.options where option.isRequired && scan.values[option.name] == nil {
      throw scan.failure(UsageError.missingArgument(option.synopsis))
    }
    try checkCount(of: scan.positionals, for: command, scan: scan)
    return .run(
      ParsedCommand(
        path: scan.path, values: scan.values, arguments: scan.positionals,
        globals: scan.globals))
  }

  private func checkCount(
    of positionals: [String], for command: CommandSpec, scan: CommandLineScan
  )
    throws(UsageError)
  {
    let specs = command.arguments
    let required = specs.filter { !$0.isOptional }
    if positionals.count < required.count {
      throw scan.failure(UsageError.missingArgument(required[positionals.count].placeholder))
    }
    let acceptsAny = specs.contains { $0.isRepeating }
    if !acceptsAny && positionals.count > specs.count {
      throw scan.failure(UsageError.unexpectedArgument(positionals[specs.count]))
    }
  }

  /// After an error the rest of the line is not parsed, but a help or version request
  /// in it still counts; `--` ends the search because what follows is plain values.
  private func asksFor(_ name: String, short: Character?, in tokens: [String]) -> Bool {
    for token in tokens {
      if token == "--" { return false }
      if token == "--" + name { return true }
      if let short, token == "-" + String(short) { return true }
    }
    return false
  }

  /// A best-effort read of global options in tokens the scan never reached, so that
  /// `liaison vist --lang zh` reports its error in Chinese.
  private func globalsFound(in tokens: [String]) -> [String: String] {
    var found: [String: String] = [:]
    var index = 0
    while index < tokens.count, tokens[index] != "--" {
      let token = tokens[index]
      index += 1
      let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
      let option = globalOptions.first {
        parts[0] == $0.longSpelling || (parts[0] == $0.shortSpelling && parts.count == 1)
      }
      guard let option, token.hasPrefix("-") else { continue }
      if !option.takesValue {
        found[option.name] = "true"
      } else if parts.count == 2 {
        found[option.name] = parts[1]
      } else if index < tokens.count {
        found[option.name] = tokens[index]
        index += 1
      }
    }
    return found
  }
}
