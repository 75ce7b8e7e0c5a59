import Foundation
import LiaisonCLI
import LiaisonCore
import Testing

@Suite struct CompletionScriptTests {
  let generator = CompletionScript(
    root: SampleCommandTree.root, globalOptions: SampleCommandTree.globals)

  @Test func bashScriptIsValid() throws {
    let bash = try #require(ShellRunner("bash"))
    let path = try ShellRunner.temporaryFile(generator.script(for: .bash), suffix: "bash")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try bash.run(["-n", path])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(.enabled(if: ShellRunner.isInstalled("zsh")), arguments: Language.allCases)
  func zshScriptIsValid(_ language: Language) throws {
    let zsh = try #require(ShellRunner("zsh"))
    let path = try ShellRunner.temporaryFile(
      generator.script(for: .zsh, language: language), suffix: "zsh")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try zsh.run(["-n", path])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test(.enabled(if: ShellRunner.isInstalled("fish")), arguments: Language.allCases)
  func fishScriptIsValid(_ language: Language) throws {
    let fish = try #require(ShellRunner("fish"))
    let path = try ShellRunner.temporaryFile(
      generator.script(for: .fish, language: language), suffix: "fish")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try fish.run(["--no-execute", path])
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func scriptsNameEverySubcommandAndOption() {
    for shell in Shell.allCases {
      let script = generator.script(for: shell)
      for word in ["visit", "add", "list", "import", "points", "note", "走访", "添加"] {
        #expect(script.contains(word), "\(shell) lacks \(word)")
      }
      for word in ["member", "household", "month", "dry-run", "data", "lang", "in-person"] {
        #expect(script.contains(word), "\(shell) lacks \(word)")
      }
    }
    #expect(generator.script(for: .bash).contains("complete -F _liaison liaison"))
    #expect(generator.script(for: .zsh).hasPrefix("#compdef liaison\n"))
    #expect(generator.script(for: .fish).contains("complete -c liaison "))
  }

  @Test func oddNamesAreQuoted() throws {
    let tricky = CommandSpec(
      name: "say", abstract: Localized(en: "Say 'hi': now \\ \"then\" $HOME", zh: "说“你好”"),
      options: [
        OptionSpec(
          name: "when", kind: .value, help: Localized(en: "It's $(date) `now`", zh: "时间"),
          choices: ["o'clock", "$HOME"])
      ])
    let root = CommandSpec(name: "t", abstract: Localized("t"), subcommands: [tricky])
    let generator = CompletionScript(root: root, globalOptions: [], toolName: "my-tool")
    let checks: [(Shell, String, [String])] = [
      (.bash, "bash", ["-n"]), (.zsh, "zsh", ["-n"]), (.fish, "fish", ["--no-execute"]),
    ]
    for (shell, name, flags) in checks {
      guard let runner = ShellRunner(name) else { continue }
      let path = try ShellRunner.temporaryFile(generator.script(for: shell), suffix: name)
      defer { try? FileManager.default.removeItem(atPath: path) }
      let result = try runner.run(flags + [path])
      #expect(result.status == 0, "\(shell): \(result.output)")
    }
    #expect(generator.script(for: .bash).contains("complete -F _my_tool my-tool"))
  }
}
