/// What the command line asked for.
public enum ParseOutcome: Sendable, Equatable {
  /// Run the command described.
  case run(ParsedCommand)
  /// Show help for the command at `path` (canonical names; `[]` is the root).
  case help(path: [String], globals: [String: String])
  /// Show the version.
  case version(globals: [String: String])
}
