import Foundation
import LiaisonCLI
import LiaisonCore
import Testing

/// Drives the generated scripts in real shells and checks what they offer.
@Suite struct CompletionBehaviourTests {
  let generator = CompletionScript(
    root: SampleCommandTree.root, globalOptions: SampleCommandTree.globals)

  struct Case: Sendable, CustomTestStringConvertible {
    /// The words on the line; the last one is being completed (may be empty).
    var words: [String]
    var offered: [String]
    var testDescription: String { words.joined(separator: " ") }
  }

  static let cases = [
    Case(words: ["liaison", "vi"], offered: ["visit"]),
    Case(words: ["liaison", ""], offered: ["help", "import", "note", "points", "visit"]),
    Case(words: ["liaison", "visit", ""], offered: ["add", "list"]),
    Case(words: ["liaison", "走访", ""], offered: ["add", "list"]),
    Case(
      words: ["liaison", "--data", "visit", ""],
      offered: ["help", "import", "note", "points", "visit"]),
    Case(words: ["liaison", "--data", "/tmp", "visit", "l"], offered: ["list"]),
    Case(
      words: ["liaison", "visit", "add", "--mode", ""],
      offered: ["in-person", "online", "phone", "proxy"]),
    Case(words: ["liaison", "visit", "add", "--mode", "p"], offered: ["phone", "proxy"]),
    Case(words: ["liaison", "visit", "list", "--lang", ""], offered: ["en", "zh"]),
    Case(words: ["liaison", "visit", "list", "--m"], offered: ["--month"]),
    Case(words: ["liaison", "import", "--d"], offered: ["--data", "--dry-run"]),
    Case(words: ["liaison", "help", "v"], offered: ["visit"]),
  ]

  @Test(arguments: cases)
  func bashOffers(_ test: Case) throws {
    let bash = try #require(ShellRunner("bash"))
    let script = try ShellRunner.temporaryFile(generator.script(for: .bash), suffix: "bash")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let words = test.words.map(shellQuoted).joined(separator: " ")
    let driver = """
      source \(shellQuoted(script))
      COMP_WORDS=(\(words)); COMP_CWORD=\(test.words.count - 1)
      _liaison
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try bash.run(["-c", driver])
    #expect(result.status == 0, "\(result.output)")
    #expect(offered(result.output) == test.offered)
  }

  @Test(.enabled(if: ShellRunner.isInstalled("zsh")), arguments: cases)
  func zshOffers(_ test: Case) throws {
    let zsh = try #require(ShellRunner("zsh"))
    let script = try ShellRunner.temporaryFile(generator.script(for: .zsh), suffix: "zsh")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let words = test.words.map(shellQuoted).joined(separator: " ")
    // Completion-system functions are stubbed to print what they were given.
    let driver = """
      compdef() { : }
      _describe() { local entry; for entry in "${(@P)4}"; do print -r -- "${entry%%:*}"; done }
      compadd() { print -rl -- "${(@P)2}" }
      _files() { print -r -- '<files>' }
      source \(shellQuoted(script))
      words=(\(words)); CURRENT=\(test.words.count)
      _liaison
      """
    let result = try zsh.run(["-f", "-c", driver])
    #expect(result.status == 0, "\(result.output)")
    // zsh's _describe filters by prefix itself, so filter here the same way.
    let prefix = test.words.last ?? ""
    #expect(offered(result.output).filter { $0.hasPrefix(prefix) } == test.offered)
  }

  @Test(.enabled(if: ShellRunner.isInstalled("fish")), arguments: cases)
  func fishOffers(_ test: Case) throws {
    let fish = try #require(ShellRunner("fish"))
    let script = try ShellRunner.temporaryFile(generator.script(for: .fish), suffix: "fish")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let line = test.words.joined(separator: " ")
    let driver = "source \(shellQuoted(script)); complete -C \(shellQuoted(line))"
    let result = try fish.run(["--no-config", "-c", driver])
    #expect(result.status == 0, "\(result.output)")
    let words = result.output.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    #expect(Array(Set(words)).sorted() == test.offered)
  }

  @Test func bashFallsBackToFilesForFreeValues() throws {
    let bash = try #require(ShellRunner("bash"))
    let script = try ShellRunner.temporaryFile(generator.script(for: .bash), suffix: "bash")
    defer { try? FileManager.default.removeItem(atPath: script) }
    let directory = FileManager.default.temporaryDirectory.path
    let driver = """
      source \(shellQuoted(script))
      cd \(shellQuoted(directory)) && touch liaison-completion-probe.csv
      COMP_WORDS=(liaison import liaison-completion-pro); COMP_CWORD=2
      _liaison
      printf '%s\\n' "${COMPREPLY[@]}"
      rm -f liaison-completion-probe.csv
      """
    let result = try bash.run(["-c", driver])
    #expect(offered(result.output) == ["liaison-completion-probe.csv"])
  }

  private func offered(_ output: String) -> [String] {
    Array(Set(output.split(separator: "\n").map(String.init))).sorted()
  }

  private func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
