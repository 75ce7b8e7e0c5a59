/// The result of parsing a command line that names a runnable command.
public struct ParsedCommand: Sendable, Equatable {
  /// Canonical command names from the root, e.g. `["visit", "add"]`, even when
  /// the user typed an alias.
  public var path: [String]
  /// Option name → values in the order given. A flag that was given maps to `[]`.
  public var values: [String: [String]]
  /// Positional values in order.
  public var arguments: [String]
  /// Global option name → the last value given; global flags map to `"true"`.
  public var globals: [String: String]

  /// Creates a parse result; mostly useful to tests and callers faking a command line.
  public init(
    path: [String], values: [String: [String]] = [:], arguments: [String] = [],
    globals: [String: String] = [:]
  ) {
    self.path = path
    self.values = values
    self.arguments = arguments
    self.globals = globals
  }

  /// The last value given for option `name`, or nil when it was not given.
  public func value(_ name: String) -> String? {
    values[name]?.last
  }

  /// Every value given for option `name`, in order; empty when it was not given.
  public func values(_ name: String) -> [String] {
    values[name] ?? []
  }

  /// Whether option `name` was given at all.
  public func flag(_ name: String) -> Bool {
    values[name] != nil
  }
}
