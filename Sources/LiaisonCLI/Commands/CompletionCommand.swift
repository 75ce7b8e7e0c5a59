import LiaisonCore

/// `liaison completion bash|zsh|fish`: prints a shell completion script.
enum CompletionCommand {
  static let command: Command = Command(
    "completion", en: "Print a shell completion script.", zh: "输出 shell 自动补全脚本。",
    discussion: Localized(
      en: "For bash: liaison completion bash > /etc/bash_completion.d/liaison",
      zh: "bash 用法：liaison completion bash > /etc/bash_completion.d/liaison"),
    arguments: [.reference("shell", en: "bash, zsh or fish.", zh: "bash、zsh 或 fish。")],
    options: [.output],
    run: { context in
      guard let shell = Shell(rawValue: context.argument.lowercased()) else {
        throw RosterError.invalidValue(
          field: "<shell>", value: context.argument,
          expected: Localized(en: "bash, zsh or fish", zh: "bash、zsh 或 fish"))
      }
      let script = CompletionScript(
        root: CommandTree.root.spec, globalOptions: CommandTree.globalOptions)
      context.output(script.script(for: shell, language: context.language))
    })
}
