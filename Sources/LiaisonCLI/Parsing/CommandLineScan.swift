import LiaisonCore

/// One left-to-right pass over the tokens of a command line. It keeps the command
/// reached so far and everything collected for it; `ArgumentParser` turns the final
/// state into a `ParseOutcome`.
struct CommandLineScan {
  let globalOptions: [OptionSpec]
  let tokens: [String]
  /// Index of the next token to read; after an error it marks how far the scan got.
  private(set) var index = 0
  private(set) var command: CommandSpec
  private(set) var path: [String] = []
  private(set) var values: [String: [String]] = [:]
  private(set) var positionals: [String] = []
  private(set) var globals: [String: String] = [:]
  private(set) var wantsHelp = false
  private(set) var wantsVersion = false
  /// Set after the word `help`: the words that follow name the command to explain.
  private(set) var isHelpCommand = false

  init(root: CommandSpec, globalOptions: [OptionSpec], tokens: [String]) {
    self.command = root
    self.globalOptions = globalOptions
    self.tokens = tokens
  }

  /// The words that ask for help in place of a subcommand.
  static let helpWords: Set<String> = ["help", "帮助"]

  mutating func scanAll() throws(UsageError) {
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if token == "--" {
        positionals += tokens[index...]
        index = tokens.count
      } else if token.hasPrefix("--") {
        try longOption(String(token.dropFirst(2)))
      } else if token.hasPrefix("-") && token.count > 1 && !isNegativeNumber(token) {
        try shortOptions(token)
      } else {
        try word(token)
      }
    }
  }

  // MARK: - Words

  private mutating func word(_ token: String) throws(UsageError) {
    guard positionals.isEmpty, !command.subcommands.isEmpty else {
      if !isHelpCommand { positionals.append(token) }
      return
    }
    if let child = command.subcommand(named: token) {
      command = child
      path.append(child.name)
      // Options given before the subcommand word belonged to its parent, which never runs.
      values = [:]
    } else if Self.helpWords.contains(token) && !isHelpCommand {
      isHelpCommand = true
    } else if command.arguments.isEmpty || isHelpCommand {
      let names = command.subcommands.flatMap { [$0.name] + $0.aliases } + ["help"]
      let suggestion = NameSuggestion.closest(to: token, among: names)
      throw failure(UsageError.unknownCommand(token, suggestion: suggestion))
    } else {
      positionals.append(token)
    }
  }

  /// `-5` and `-0.5` are values, not options, unless the command really has a digit option.
  private func isNegativeNumber(_ token: String) -> Bool {
    let digits = token.dropFirst()
    guard let first = digits.first, first.isASCII, first.isNumber,
      digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." })
    else { return false }
    return lookUp(short: first) == nil
  }

  // MARK: - Options

  private mutating func longOption(_ body: String) throws(UsageError) {
    let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    let inline = parts.count > 1 ? String(parts[1]) : nil
    if let (option, isGlobal) = lookUp(long: name) {
      try take(option, inline: inline, isGlobal: isGlobal)
    } else if name == "help" {
      wantsHelp = true
    } else if name == "version" {
      wantsVersion = true
    } else if !isHelpCommand {
      throw failure(UsageError.unknownOption("--" + name, suggestion: suggestion(for: name)))
    }
  }

  /// `-d 2024-05-01`, `-d2024-05-01`, and clusters of flags such as `-fq`.
  private mutating func shortOptions(_ token: String) throws(UsageError) {
    var rest = token.dropFirst()
    while let letter = rest.first {
      rest = rest.dropFirst()
      guard let (option, isGlobal) = lookUp(short: letter) else {
        if letter == "h" {
          wantsHelp = true
          continue
        }
        if isHelpCommand { return }
        // `-month` is most likely a long option typed with one dash.
        let wholeToken = rest.count == token.count - 2
        let spelling = wholeToken ? token : "-" + String(letter)
        let hint = wholeToken ? suggestion(for: String(token.dropFirst())) : nil
        throw failure(UsageError.unknownOption(spelling, suggestion: hint))
      }
      if option.takesValue {
        let attached = rest.hasPrefix("=") ? rest.dropFirst() : rest
        try take(option, inline: attached.isEmpty ? nil : String(attached), isGlobal: isGlobal)
        return
      }
      try take(option, inline: nil, isGlobal: isGlobal)
    }
  }

  /// Consumes the option's values and records them.
  private mutating func take(
    _ option: OptionSpec, inline: String?, isGlobal: Bool
  )
    throws(UsageError)
  {
    var taken: [String] = []
    switch option.kind {
    case .flag:
      if let inline { throw failure(UsageError.flagWithValue(option, value: inline)) }
    case .value, .repeating:
      if let inline {
        taken = [inline]
      } else if index < tokens.count {
        // The next token is the value even when it starts with "-", so `--points -5` works.
        taken = [tokens[index]]
        index += 1
      } else {
        throw failure(UsageError.missingValue(option))
      }
    case .upToNextOption:
      taken = inline.map { [$0] } ?? []
      while index < tokens.count, !tokens[index].hasPrefix("-") {
        taken.append(tokens[index])
        index += 1
      }
      if taken.isEmpty { throw failure(UsageError.missingValue(option)) }
    }
    if isGlobal {
      globals[option.name] = option.kind == .flag ? "true" : taken.last
    } else if !isHelpCommand {
      values[option.name, default: []] += taken
    }
  }

  /// The command's own options win over global ones of the same name.
  private func lookUp(long name: String) -> (OptionSpec, isGlobal: Bool)? {
    if let option = command.option(long: name) { return (option, false) }
    if let option = globalOptions.first(where: { $0.name == name }) { return (option, true) }
    return nil
  }

  private func lookUp(short letter: Character) -> (OptionSpec, isGlobal: Bool)? {
    if let option = command.option(short: letter) { return (option, false) }
    if let option = globalOptions.first(where: { $0.short == letter }) { return (option, true) }
    return nil
  }

  private func suggestion(for name: String) -> String? {
    let known = command.options + globalOptions + [.builtInHelp, .builtInVersion]
    return NameSuggestion.closest(to: name, among: known.map(\.name)).map { "--" + $0 }
  }

  func failure(_ message: Localized) -> UsageError {
    UsageError(message: message, path: path, globals: globals)
  }
}
