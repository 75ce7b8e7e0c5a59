import LiaisonCore

/// Generates shell completion scripts from the command tree: subcommand names at
/// each level, the current command's options plus global ones, and an option's
/// `choices` after it.
public struct CompletionScript: Sendable {
  /// The tool itself; its subcommands are the top-level commands.
  public var root: CommandSpec
  /// Options every command accepts.
  public var globalOptions: [OptionSpec]
  /// The command the script completes.
  public var toolName: String

  /// Creates a generator for the same tree the parser was given.
  public init(root: CommandSpec, globalOptions: [OptionSpec], toolName: String = "liaison") {
    self.root = root
    self.globalOptions = globalOptions
    self.toolName = toolName
  }

  /// The complete script for `shell`. zsh and fish show descriptions, written in
  /// `language`; bash cannot show them.
  public func script(for shell: Shell, language: Language = .en) -> String {
    let nodes = CompletionNode.all(root: root, globalOptions: globalOptions)
    switch shell {
    case .bash:
      return BashCompletion(toolName: toolName, nodes: nodes).script
    case .zsh:
      return ZshCompletion(toolName: toolName, nodes: nodes, language: language).script
    case .fish:
      return FishCompletion(toolName: toolName, nodes: nodes, language: language).script
    }
  }

  /// A shell function name derived from the tool name (`liaison` → `liaison`,
  /// `my-tool` → `my_tool`).
  static func identifier(_ toolName: String) -> String {
    String(toolName.map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
