import LiaisonCore

/// A command line the parser could not accept. It carries the command path reached
/// and the global options seen, so the caller can pick the language and print the
/// right usage with `HelpFormatter.errorReport`.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in both languages.
  public var message: Localized
  /// Canonical names of the command reached before the error.
  public var path: [String]
  /// Global options found on the line, e.g. `lang`, so even errors honour `--lang`.
  public var globals: [String: String]

  /// Creates an error; the parser fills `path` and `globals` as it goes.
  public init(message: Localized, path: [String] = [], globals: [String: String] = [:]) {
    self.message = message
    self.path = path
    self.globals = globals
  }

  public var description: String { message.en }
}

// The wording follows swift-argument-parser so English users meet familiar phrases.
extension UsageError {
  static func unknownOption(_ spelling: String, suggestion: String?) -> Localized {
    let base = Localized(en: "Unknown option '\(spelling)'", zh: "未知选项 '\(spelling)'")
    return base + didYouMean(suggestion)
  }

  static func unknownCommand(_ word: String, suggestion: String?) -> Localized {
    let base = Localized(en: "Unknown command '\(word)'", zh: "未知命令 '\(word)'")
    return base + didYouMean(suggestion)
  }

  static func missingValue(_ option: OptionSpec) -> Localized {
    Localized(
      en: "Missing value for '\(option.synopsis)'", zh: "缺少 '\(option.synopsis)' 的值")
  }

  static func missingArgument(_ synopsis: String) -> Localized {
    Localized(
      en: "Missing expected argument '\(synopsis)'", zh: "缺少必需的参数 '\(synopsis)'")
  }

  static func unexpectedArgument(_ value: String) -> Localized {
    Localized(en: "Unexpected argument '\(value)'", zh: "多余的参数 '\(value)'")
  }

  static func flagWithValue(_ option: OptionSpec, value: String) -> Localized {
    Localized(
      en: "The option '\(option.longSpelling)' does not take a value, but '\(value)' was given",
      zh: "选项 '\(option.longSpelling)' 不接受值，但给出了 '\(value)'")
  }

  private static func didYouMean(_ suggestion: String?) -> Localized {
    guard let suggestion else { return Localized("") }
    return Localized(
      en: ". Did you mean '\(suggestion)'?", zh: "。您是不是要输入 '\(suggestion)'？")
  }
}
