import LiaisonCore

/// Describes one named option a command accepts, such as `--month <YYYY-MM>` or `-h`.
public struct OptionSpec: Sendable {
  /// How an option takes its values.
  public enum Kind: Sendable {
    /// Present or absent; takes no value.
    case flag
    /// Takes exactly one value; when given twice the last one wins.
    case value
    /// Takes one value each time and may be given several times.
    case repeating
    /// Takes every following token up to the next one that starts with `-`;
    /// may also be given several times (`--tag a b --tag c`).
    case upToNextOption
  }

  /// The long name without dashes, e.g. `month`.
  public var name: String
  /// Other long names accepted for it, kept so scripts written for them still run
  /// (`--out` for `--output`); help and completion show the name.
  public var aliases: [String]
  /// The single-letter short name, e.g. `h` for `-h`.
  public var short: Character?
  /// The placeholder shown in help, e.g. `YYYY-MM`; defaults to the long name.
  public var valueName: String?
  /// How the option takes its values.
  public var kind: Kind
  /// One line of help in both languages.
  public var help: Localized
  /// Values offered by shell completion and listed in help. The parser does not
  /// check them, because callers accept Chinese synonyms the list cannot name.
  public var choices: [String]
  /// Whether parsing fails when the option is absent.
  public var isRequired: Bool

  /// Creates an option; only `name`, `kind` and `help` are needed for the common case.
  public init(
    name: String, aliases: [String] = [], short: Character? = nil, valueName: String? = nil,
    kind: Kind, help: Localized, choices: [String] = [], isRequired: Bool = false
  ) {
    self.name = name
    self.aliases = aliases
    self.short = short
    self.valueName = valueName
    self.kind = kind
    self.help = help
    self.choices = choices
    self.isRequired = isRequired
  }
}

extension OptionSpec {
  /// The option as the user types it: `--month`.
  var longSpelling: String { "--" + name }

  /// The short option as typed, e.g. `-d`, when there is one.
  var shortSpelling: String? { short.map { "-" + String($0) } }

  /// Whether the option consumes tokens after its name.
  var takesValue: Bool { kind != .flag }

  /// Whether the option may be given more than once.
  var isRepeatable: Bool { kind == .repeating || kind == .upToNextOption }

  /// `--month <YYYY-MM>` for value options, `--force` for flags; the wording used in
  /// usage lines and error messages.
  var synopsis: String {
    takesValue ? "\(longSpelling) <\(valueName ?? name)>" : longSpelling
  }

  /// The left column of the OPTIONS section: `-d, --date <date>`.
  var helpLabel: String {
    if let shortSpelling { return "\(shortSpelling), \(synopsis)" }
    return synopsis
  }

  /// The built-in `-h, --help`, listed in every command's help.
  static let builtInHelp = OptionSpec(
    name: "help", short: "h", kind: .flag,
    help: Localized(en: "Show help information.", zh: "显示帮助信息。"))

  /// The built-in `--version`, listed in the root command's help.
  static let builtInVersion = OptionSpec(
    name: "version", kind: .flag,
    help: Localized(en: "Show the version.", zh: "显示版本号。"))
}
