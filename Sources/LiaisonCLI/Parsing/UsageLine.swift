import LiaisonCore

/// The synopsis of one command, e.g.
/// `liaison visit add --member <member> [--date <date>] <file>`, as a list of tokens
/// that are never split when the line is wrapped.
struct UsageLine {
  /// Above this many options of its own, a command's optional options are collapsed
  /// into `[<options>]` so the synopsis stays readable.
  static let maximumListedOptions = 6

  var tokens: [String]

  init(toolName: String, path: [String], command: CommandSpec) {
    var tokens = [toolName] + path
    if !command.subcommands.isEmpty {
      tokens.append("<subcommand>")
      self.tokens = tokens
      return
    }
    let collapses = command.options.count > Self.maximumListedOptions
    var collapsed = false
    for option in command.options {
      let repeats = option.isRepeatable ? " ..." : ""
      if option.isRequired {
        tokens.append(option.synopsis + repeats)
      } else if !collapses {
        tokens.append("[\(option.synopsis)\(repeats)]")
      } else {
        collapsed = true
      }
    }
    if collapsed { tokens.append("[<options>]") }
    tokens += command.arguments.map(\.usageToken)
    self.tokens = tokens
  }

  /// The synopsis wrapped to `width` display columns. The first line follows a prefix
  /// `prefixWidth` columns wide (such as `USAGE: `); later lines are indented past it.
  func lines(width: Int, prefixWidth: Int = 0) -> [String] {
    let indent = String(repeating: " ", count: prefixWidth + 2)
    var lines: [String] = []
    var line = ""
    var lineWidth = prefixWidth
    for token in tokens {
      let tokenWidth = DisplayWidth.of(token)
      if line.isEmpty {
        line = token
        lineWidth += tokenWidth
      } else if lineWidth + 1 + tokenWidth <= width {
        line += " " + token
        lineWidth += 1 + tokenWidth
      } else {
        lines.append(line)
        line = indent + token
        lineWidth = DisplayWidth.of(indent) + tokenWidth
      }
    }
    lines.append(line)
    return lines
  }
}
