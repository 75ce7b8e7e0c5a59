/// Quoting for generated shell code.
enum ShellQuoting {
  /// A POSIX single-quoted word, safe in bash and zsh.
  static func posix(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }

  /// A fish single-quoted word.
  static func fish(_ text: String) -> String {
    let escaped = text.replacing("\\", with: "\\\\")
      .replacing("'", with: "\\'")
    return "'" + escaped + "'"
  }

  /// One line of help, flattened so it cannot break the generated script's layout.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
