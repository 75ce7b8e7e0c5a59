import LiaisonCore

/// Describes one positional argument, such as the `<file>` of `liaison import <file>`.
public struct ArgumentSpec: Sendable {
  /// The placeholder name shown as `<name>`.
  public var name: String
  /// One line of help in both languages.
  public var help: Localized
  /// Whether the command runs without it.
  public var isOptional: Bool
  /// Whether it swallows every remaining positional value; only sensible last.
  public var isRepeating: Bool

  /// Creates a positional argument; required and single by default.
  public init(name: String, help: Localized, isOptional: Bool = false, isRepeating: Bool = false) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.isRepeating = isRepeating
  }
}

extension ArgumentSpec {
  /// `<file>`, the spelling used in help and error messages.
  var placeholder: String { "<\(name)>" }

  /// How the argument appears in a usage line: `<file>`, `[<file>]`, `<file> ...`.
  var usageToken: String {
    let single = isRepeating ? "\(placeholder) ..." : placeholder
    return isOptional ? "[\(single)]" : single
  }
}
