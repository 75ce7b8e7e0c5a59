/// Writes the bash completion script. Lookup tables are `case` functions keyed by
/// the command path; the main function walks the words before the cursor to find
/// that path, skipping option values so a value never counts as a subcommand.
struct BashCompletion {
  var toolName: String
  var nodes: [CompletionNode]

  var script: String {
    let prefix = "_" + CompletionScript.identifier(toolName)
    let tables: [ShellCaseFunction] = [
      .childLookup(prefix, nodes), .valueOptionLookup(prefix, nodes), choicesTable(prefix),
      subcommandsTable(prefix), optionsTable(prefix),
    ]
    let header = """
      # bash completion for \(toolName)
      # Install: source this file from ~/.bashrc, or put it in
      # ~/.local/share/bash-completion/completions/\(toolName)

      """
    return header + "\n" + tables.map(\.rendered).joined(separator: "\n\n") + "\n\n"
      + main(prefix) + "\n"
  }

  private func main(_ prefix: String) -> String {
    """
    \(prefix)() {
      local cur="${COMP_WORDS[COMP_CWORD]}"
      local prev="${COMP_WORDS[COMP_CWORD-1]}"
      local path="" word REPLY
      local -i i skip=0
      COMPREPLY=()
      for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        if (( skip )); then
          skip=0
        elif \(prefix)_takes_value "$path" "$word"; then
          skip=1
        elif \(prefix)_child "$path" "$word"; then
          path="$REPLY"
        fi
      done
      if (( skip )); then
        if \(prefix)_choices "$path" "$prev"; then
          COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
        else
          COMPREPLY=( $(compgen -f -- "$cur") )
        fi
      elif [[ "$cur" == -* ]]; then
        \(prefix)_options "$path"
        COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
      elif \(prefix)_subcommands "$path"; then
        COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
      else
        COMPREPLY=( $(compgen -f -- "$cur") )
      fi
      return 0
    }

    complete -F \(prefix) \(toolName)
    """
  }

  private func choicesTable(_ prefix: String) -> ShellCaseFunction {
    let branches = nodes.flatMap { node in
      node.optionSpellings.filter { !$0.option.choices.isEmpty }.map {
        ShellCaseFunction.Branch(
          patterns: [ShellCaseFunction.pair(node.key, $0.spelling)],
          body: "REPLY=\(ShellQuoting.posix($0.option.choices.joined(separator: " ")))")
      }
    }
    return ShellCaseFunction(
      name: prefix + "_choices", subject: "\"$1|$2\"", branches: branches, fallback: "return 1")
  }

  private func subcommandsTable(_ prefix: String) -> ShellCaseFunction {
    let branches = nodes.filter { !$0.offeredSubcommands.isEmpty }.map { node in
      ShellCaseFunction.Branch(
        patterns: [ShellQuoting.posix(node.key)],
        body:
          "REPLY=\(ShellQuoting.posix(node.offeredSubcommands.map(\.word).joined(separator: " ")))")
    }
    return ShellCaseFunction(
      name: prefix + "_subcommands", subject: "\"$1\"", branches: branches, fallback: "return 1")
  }

  private func optionsTable(_ prefix: String) -> ShellCaseFunction {
    let branches = nodes.map { node in
      ShellCaseFunction.Branch(
        patterns: [ShellQuoting.posix(node.key)],
        body:
          "REPLY=\(ShellQuoting.posix(node.optionSpellings.map(\.spelling).joined(separator: " ")))"
      )
    }
    return ShellCaseFunction(
      name: prefix + "_options", subject: "\"$1\"", branches: branches, fallback: "return 1")
  }
}
