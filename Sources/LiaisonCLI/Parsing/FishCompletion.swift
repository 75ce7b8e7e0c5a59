import LiaisonCore

/// Writes the fish completion script: helper functions find the command path before
/// the cursor, and one `complete` rule per subcommand or option is guarded by
/// `__<tool>_at PATH`. fish itself offers an option's `-a` values after the option; for a
/// member, household, village or grid those come from `liaison __complete`.
struct FishCompletion {
  var toolName: String
  var nodes: [CompletionNode]
  var language: Language

  var script: String {
    let prefix = "__" + CompletionScript.identifier(toolName)
    var lines = ["# fish completion for \(toolName)"]
    lines.append("# Install: save as ~/.config/fish/completions/\(toolName).fish")
    lines.append("")
    lines += helpers(prefix)
    lines.append("")
    lines.append("complete -c \(toolName) -e")
    for node in nodes {
      lines.append("")
      lines += rules(for: node, prefix: prefix)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func helpers(_ prefix: String) -> [String] {
    var lines = ["function \(prefix)_child", "    switch \"$argv[1]|$argv[2]\""]
    for node in nodes {
      for child in node.childWords {
        lines += [
          "        case \(ShellQuoting.fish(node.key + "|" + child.word))",
          "            echo \(ShellQuoting.fish(child.key))", "            return 0",
        ]
      }
    }
    lines += ["    end", "    return 1", "end", ""]

    let valuePatterns = nodes.flatMap { node in
      node.optionSpellings.filter { $0.option.takesValue }.map {
        ShellQuoting.fish(node.key + "|" + $0.spelling)
      }
    }
    lines += ["function \(prefix)_takes_value", "    switch \"$argv[1]|$argv[2]\""]
    if !valuePatterns.isEmpty {
      lines += ["        case \(valuePatterns.joined(separator: " "))", "            return 0"]
    }
    lines += ["    end", "    return 1", "end", ""]

    // Walks the words before the cursor the way the parser does: option values are
    // skipped so they never count as subcommand names.
    lines += """
      function \(prefix)_path
          set -l tokens (commandline -opc)
          set -l command_path ''
          set -l skip 0
          for word in $tokens[2..-1]
              if test $skip -eq 1
                  set skip 0
              else if \(prefix)_takes_value "$command_path" "$word"
                  set skip 1
              else if \(prefix)_child "$command_path" "$word" >/dev/null
                  set command_path (\(prefix)_child "$command_path" "$word")
              end
          end
          echo $command_path
      end

      function \(prefix)_at
          set -l current (\(prefix)_path)
          test "$current" = "$argv[1]"
      end

      # The roster's words for a member, household, village or grid, asked of the same
      # liaison in the folder the line names (--data, else as liaison finds it).
      function \(prefix)_names
          set -l tokens (commandline -opc)
          set -l data
          for i in (seq 2 (count $tokens))
              if test "$tokens[$i]" = --data; and test $i -lt (count $tokens)
                  set data --data (string replace -r '^~' $HOME -- $tokens[(math $i + 1)])
              else if string match -q -- '--data=*' $tokens[$i]
                  set data --data (string replace -r '^--data=~?' '' -- $tokens[$i])
              end
          end
          set -l tool (string replace -r '^~' $HOME -- $tokens[1])
          $tool __complete $argv[1] $data 2>/dev/null
      end
      """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return lines
  }

  private func rules(for node: CompletionNode, prefix: String) -> [String] {
    let base =
      "complete -c \(toolName) -n \(ShellQuoting.fish("\(prefix)_at \(ShellQuoting.fish(node.key))"))"
    var lines: [String] = []
    if !node.offeredSubcommands.isEmpty {
      // A command group takes subcommand names, never files.
      lines.append(base + " -f")
    }
    for offered in node.offeredSubcommands {
      lines.append(base + " -f -a \(ShellQuoting.fish(offered.word))" + description(offered.help))
    }
    if let kind = node.argumentKind {
      lines.append(base + " -f -a \(ShellQuoting.fish("(\(prefix)_names \(kind.rawValue))"))")
    }
    let records = Dictionary(
      node.recordOptions.map { ($0.spelling, $0.kind) }, uniquingKeysWith: { first, _ in first })
    for option in node.options {
      var rule = base + " -l \(ShellQuoting.fish(option.name))"
      if let short = option.short { rule += " -s \(ShellQuoting.fish(String(short)))" }
      if !option.choices.isEmpty {
        rule += " -x -a \(ShellQuoting.fish(option.choices.joined(separator: " ")))"
      } else if let kind = records[option.longSpelling] {
        rule += " -x -a \(ShellQuoting.fish("(\(prefix)_names \(kind.rawValue))"))"
      } else if option.takesValue {
        rule += " -r"
      }
      lines.append(rule + description(option.help))
    }
    return lines
  }

  private func description(_ help: Localized) -> String {
    let text = ShellQuoting.oneLine(help(language))
    return text.isEmpty ? "" : " -d \(ShellQuoting.fish(text))"
  }
}
