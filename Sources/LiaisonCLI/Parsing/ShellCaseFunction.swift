/// A generated shell function that is one `case` statement, the lookup table shape
/// shared by the bash and zsh scripts (both accept the same `case` syntax).
struct ShellCaseFunction {
  /// One arm: shell patterns (already quoted) and the code run when one matches.
  struct Branch {
    var patterns: [String]
    var body: String
  }

  var name: String
  /// What is matched, e.g. `"$1|$2"` for a (command path, word) pair.
  var subject: String
  var branches: [Branch]
  /// Code run when no pattern matches.
  var fallback: String

  /// A pattern matching `key|word` exactly, where `key` is a command path.
  static func pair(_ key: String, _ word: String) -> String {
    ShellQuoting.posix(key + "|" + word)
  }

  var rendered: String {
    var lines = ["\(name)() {", "  case \(subject) in"]
    for branch in branches where !branch.patterns.isEmpty {
      lines.append("    \(branch.patterns.joined(separator: "|"))) \(branch.body) ;;")
    }
    lines += ["    *) \(fallback) ;;", "  esac", "}"]
    return lines.joined(separator: "\n")
  }
}

extension ShellCaseFunction {
  /// `<prefix>_child PATH WORD`: sets REPLY to the child's path when WORD names a
  /// subcommand of PATH.
  static func childLookup(_ prefix: String, _ nodes: [CompletionNode]) -> ShellCaseFunction {
    pairLookup(prefix + "_child", nodes) { node in node.childWords.map { ($0.word, $0.key) } }
  }

  /// `NAME PATH WORD`: sets REPLY to what `entries` gives for WORD at PATH.
  private static func pairLookup(
    _ name: String, _ nodes: [CompletionNode],
    entries: (CompletionNode) -> [(word: String, reply: String)]
  ) -> ShellCaseFunction {
    let branches = nodes.flatMap { node in
      entries(node).map {
        ShellCaseFunction.Branch(
          patterns: [ShellCaseFunction.pair(node.key, $0.word)],
          body: "REPLY=\(ShellQuoting.posix($0.reply))")
      }
    }
    return ShellCaseFunction(
      name: name, subject: "\"$1|$2\"", branches: branches, fallback: "return 1")
  }

  /// `<prefix>_takes_value PATH WORD`: succeeds when WORD is an option of PATH that
  /// takes a value.
  static func valueOptionLookup(
    _ prefix: String, _ nodes: [CompletionNode]
  )
    -> ShellCaseFunction
  {
    let patterns = nodes.flatMap { node in
      node.optionSpellings.filter { $0.option.takesValue }.map {
        ShellCaseFunction.pair(node.key, $0.spelling)
      }
    }
    return ShellCaseFunction(
      name: prefix + "_takes_value", subject: "\"$1|$2\"",
      branches: [.init(patterns: patterns, body: "return 0")], fallback: "return 1")
  }

  /// `<prefix>_record PATH WORD`: sets REPLY to the kind of record (`member`) when WORD is
  /// an option of PATH whose value names one.
  static func recordOptionLookup(_ prefix: String, _ nodes: [CompletionNode]) -> ShellCaseFunction {
    pairLookup(prefix + "_record", nodes) { node in
      node.recordOptions.map { ($0.spelling, $0.kind.rawValue) }
    }
  }

  /// `<prefix>_argument PATH`: sets REPLY to the kind of record PATH's first argument is.
  static func argumentLookup(_ prefix: String, _ nodes: [CompletionNode]) -> ShellCaseFunction {
    let branches = nodes.compactMap { node in
      node.argumentKind.map {
        ShellCaseFunction.Branch(
          patterns: [ShellQuoting.posix(node.key)], body: "REPLY=\($0.rawValue)")
      }
    }
    return ShellCaseFunction(
      name: prefix + "_argument", subject: "\"$1\"", branches: branches, fallback: "return 1")
  }
}
