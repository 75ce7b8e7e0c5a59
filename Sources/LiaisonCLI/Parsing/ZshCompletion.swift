import LiaisonCore

/// Writes the zsh completion script: the same path-walking design as the bash
/// script, but subcommands and options are offered with their descriptions through
/// `_describe`, free values fall back to `_files`, and members, households, villages and
/// grids are asked of `liaison __complete` as in the bash script.
struct ZshCompletion {
  var toolName: String
  var nodes: [CompletionNode]
  var language: Language

  var script: String {
    let prefix = "_" + CompletionScript.identifier(toolName)
    let tables: [ShellCaseFunction] = [
      .childLookup(prefix, nodes), .valueOptionLookup(prefix, nodes), choicesTable(prefix),
      describedTable(prefix + "_subcommands") { node in
        node.offeredSubcommands.map { (word: $0.word, help: $0.help) }
      },
      describedTable(prefix + "_options") { node in
        node.optionSpellings.map { (word: $0.spelling, help: $0.option.help) }
      },
      .recordOptionLookup(prefix, nodes), .argumentLookup(prefix, nodes),
    ]
    let header = """
      #compdef \(toolName)
      # zsh completion for \(toolName)
      # Install: save as _\(toolName) in a directory on $fpath, or source it from ~/.zshrc
      # after compinit.

      """
    return header + "\n" + tables.map(\.rendered).joined(separator: "\n\n") + "\n\n"
      + names(prefix) + "\n\n" + main(prefix) + "\n"
  }

  /// `<prefix>_names KIND DATA`: the roster's words for KIND, asked of the same `liaison`
  /// in the folder the line names; `compadd` quotes and filters them.
  private func names(_ prefix: String) -> String {
    """
    \(prefix)_names() {
      local tool="${words[1]/#\\~/$HOME}"
      local -a names data
      [[ -n "$2" ]] && data=(--data "${2/#\\~/$HOME}")
      names=( ${(f)"$("$tool" __complete "$1" "${data[@]}" 2>/dev/null)"} )
      compadd -a names
    }
    """
  }

  private func main(_ prefix: String) -> String {
    """
    \(prefix)() {
      local cur="${words[CURRENT]}" prev="${words[CURRENT-1]}" path_key="" word data="" REPLY
      local -a reply
      local -i i skip=0 arguments=0
      for (( i = 2; i < CURRENT; i++ )); do
        word="${words[i]}"
        if (( skip )); then
          skip=0
          [[ "${words[i-1]}" == --data ]] && data="$word"
        elif [[ "$word" == --data=* ]]; then
          data="${word#--data=}"
        elif \(prefix)_takes_value "$path_key" "$word"; then
          skip=1
        elif \(prefix)_child "$path_key" "$word"; then
          path_key="$REPLY"
        elif [[ "$word" != -* ]]; then
          (( arguments += 1 ))
        fi
      done
      if (( skip )); then
        if \(prefix)_choices "$path_key" "$prev"; then
          compadd -a reply
        elif \(prefix)_record "$path_key" "$prev"; then
          \(prefix)_names "$REPLY" "$data"
        else
          _files
        fi
      elif [[ "$cur" == -* ]]; then
        \(prefix)_options "$path_key" && _describe -t options 'option' reply
      elif \(prefix)_subcommands "$path_key"; then
        _describe -t commands 'command' reply
      elif (( arguments == 0 )) && \(prefix)_argument "$path_key"; then
        \(prefix)_names "$REPLY" "$data"
      else
        _files
      fi
    }

    # Autoloaded from $fpath the file body is the function; sourced, it registers itself.
    if [[ "${funcstack[1]}" == "\(prefix)" ]]; then
      \(prefix) "$@"
    else
      compdef \(prefix) \(toolName)
    fi
    """
  }

  private func choicesTable(_ prefix: String) -> ShellCaseFunction {
    let branches = nodes.flatMap { node in
      node.optionSpellings.filter { !$0.option.choices.isEmpty }.map {
        ShellCaseFunction.Branch(
          patterns: [ShellCaseFunction.pair(node.key, $0.spelling)],
          body: "reply=(\($0.option.choices.map(ShellQuoting.posix).joined(separator: " ")))")
      }
    }
    return ShellCaseFunction(
      name: prefix + "_choices", subject: "\"$1|$2\"", branches: branches, fallback: "return 1")
  }

  /// A table from command path to `word:description` entries for `_describe`.
  private func describedTable(
    _ name: String, entries: (CompletionNode) -> [(word: String, help: Localized)]
  ) -> ShellCaseFunction {
    let branches = nodes.compactMap { node -> ShellCaseFunction.Branch? in
      let described = entries(node).map { entry in
        // `_describe` splits at the first unescaped colon.
        let word = entry.word.replacing(":", with: "\\:")
        return ShellQuoting.posix(word + ":" + ShellQuoting.oneLine(entry.help(language)))
      }
      guard !described.isEmpty else { return nil }
      return .init(
        patterns: [ShellQuoting.posix(node.key)],
        body: "reply=(\(described.joined(separator: " ")))")
    }
    return ShellCaseFunction(
      name: name, subject: "\"$1\"", branches: branches, fallback: "return 1")
  }
}
