/// Writes the bash completion script. Lookup tables are `case` functions keyed by
/// the command path; the main function walks the words before the cursor to find
/// that path, skipping option values so a value never counts as a subcommand. Members,
/// households, villages and grids are asked of `liaison __complete` in the folder the
/// line names (`--data`, else as liaison finds it).
struct BashCompletion {
  var toolName: String
  var nodes: [CompletionNode]

  var script: String {
    let prefix = "_" + CompletionScript.identifier(toolName)
    let tables: [ShellCaseFunction] = [
      .childLookup(prefix, nodes), .valueOptionLookup(prefix, nodes), choicesTable(prefix),
      subcommandsTable(prefix), optionsTable(prefix), .recordOptionLookup(prefix, nodes),
      .argumentLookup(prefix, nodes),
    ]
    let header = """
      # bash completion for \(toolName)
      # Install: source this file from ~/.bashrc, or put it in
      # ~/.local/share/bash-completion/completions/\(toolName)

      """
    return header + "\n" + tables.map(\.rendered).joined(separator: "\n\n") + "\n\n"
      + names(prefix) + "\n\n" + main(prefix) + "\n"
  }

  /// `<prefix>_names KIND CUR DATA`: the roster's words for KIND that start with CUR, asked
  /// of the same `liaison` in the folder the line names; a word with a character the shell
  /// would take for syntax is offered quoted.
  private func names(_ prefix: String) -> String {
    #"""
    \#(prefix)_names() {
      local name quoted tool="${COMP_WORDS[0]/#\~/$HOME}"
      local -a data=()
      [[ -n "$3" ]] && data=(--data "${3/#\~/$HOME}")
      while IFS= read -r name; do
        quoted="$name"
        case "$name" in
          *[[:space:]\'\"\\\$\`\;\&\|\<\>\(\)\*\?\[\]\{\}\!\~]*) printf -v quoted '%q' "$name" ;;
        esac
        [[ "$quoted" == "$2"* ]] && COMPREPLY+=("$quoted")
      done < <("$tool" __complete "$1" "${data[@]}" 2>/dev/null)
    }
    """#
  }

  private func main(_ prefix: String) -> String {
    """
    \(prefix)() {
      local cur="${COMP_WORDS[COMP_CWORD]}"
      local prev="${COMP_WORDS[COMP_CWORD-1]}"
      local path="" word data="" REPLY
      local -i i skip=0 arguments=0
      COMPREPLY=()
      for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        if (( skip )); then
          skip=0
          [[ "${COMP_WORDS[i-1]}" == --data ]] && data="$word"
        elif [[ "$word" == --data=* ]]; then
          data="${word#--data=}"
        elif \(prefix)_takes_value "$path" "$word"; then
          skip=1
        elif \(prefix)_child "$path" "$word"; then
          path="$REPLY"
        elif [[ "$word" != -* ]]; then
          (( arguments += 1 ))
        fi
      done
      if (( skip )); then
        if \(prefix)_choices "$path" "$prev"; then
          COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
        elif \(prefix)_record "$path" "$prev"; then
          \(prefix)_names "$REPLY" "$cur" "$data"
        else
          COMPREPLY=( $(compgen -f -- "$cur") )
        fi
      elif [[ "$cur" == -* ]]; then
        \(prefix)_options "$path"
        COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
      elif \(prefix)_subcommands "$path"; then
        COMPREPLY=( $(compgen -W "$REPLY" -- "$cur") )
      elif (( arguments == 0 )) && \(prefix)_argument "$path"; then
        \(prefix)_names "$REPLY" "$cur" "$data"
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
