import Foundation
import LiaisonTestSupport
import Testing

/// Completion that knows the folder (issue #19 point 7): the generated scripts, in real
/// shells, offer the members, households, villages and grids of the folder the line names,
/// through `liaison __complete`, which writes nothing and offers nothing unsafe.
@Suite struct CompletionNamesTests {
  /// The sample township, with a household whose name needs quoting and one whose
  /// hand-edited name holds a terminal escape.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = sandbox.data + "/households.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: "\"赵大爷\"", with: "\"赵大爷(东院)\"")
      .replacingOccurrences(of: "\"孙阿姨\"", with: "\"孙\\u001b[31m阿姨\"")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return sandbox
  }

  /// Completes each line (the last word being typed) through the generated bash function,
  /// printing what it offers, sorted, on one line.
  func bash(
    _ lines: [String], in sandbox: Sandbox, from folder: String = ".",
    environment: [String: String] = [:]
  ) throws -> [String] {
    let script = """
      cd \(folder)
      source <("$LIAISON" completion bash)
      complete -p liaison
      offer() {
        COMP_WORDS=("$LIAISON" "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _liaison
        printf '%s\\n' "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd' '
      }
      """ + lines.map { "\noffer \($0)" }.joined()
    let result = try RealBinary.shell(script, in: sandbox.root, environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func bashCompletesNamesAndIDsFromTheFolderTheLineNames() throws {
    let sandbox = try Self.township()
    let before = sandbox.snapshot()
    let offered = try bash(
      [
        "member show --data data ''", "visit add --data data --member 张",
        "visit add --data=data --household ''", "link list --data data --village 凤",
        "grid show --data data 凤林村/", "--data data household show 赵",
      ], in: sandbox)
    #expect(offered[0] == "complete -F _liaison liaison")
    #expect(offered[1] == "M0001 M0002 张建国 李秀英")
    #expect(offered[2] == "张建国")
    // A name a terminal would act on is never offered; one the shell would parse is quoted.
    #expect(offered[3] == "H00001 H00002 H00003 王大妈 赵大爷\\(东院\\)")
    #expect(offered[4] == "凤林村")
    #expect(offered[5] == "凤林村/第一网格 凤林村/第二网格")
    #expect(offered[6] == "赵大爷\\(东院\\)")
    // Completion writes nothing, not even a lock file.
    #expect(sandbox.snapshot() == before)
  }

  @Test func bashFindsTheFolderAsLiaisonDoesAndOffersNothingOutsideOne() throws {
    let sandbox = try Self.township()
    let fromEnvironment = try bash(
      ["member show 李"], in: sandbox, environment: ["LIAISON_DATA": sandbox.data])
    #expect(fromEnvironment[1] == "李秀英")
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/notes", withIntermediateDirectories: true)
    let upwards = try bash(["member show 李"], in: sandbox, from: "data/notes")
    #expect(upwards[1] == "李秀英")
    let outside = try bash(["member show ''", "visit add --member ''"], in: sandbox)
    #expect(outside[1] == "" && outside[2] == "")
    // Options and subcommands are completed as before.
    let rest = try bash(["member ''", "visit add --mode p"], in: sandbox)
    #expect(rest[1].contains("show") && rest[2] == "phone proxy")
  }

  @Test func theCallbackPrintsOneWordALineAndNothingForAnUnknownKind() throws {
    let sandbox = try Self.township()
    let grids = sandbox.run("__complete", "grid")
    #expect(grids.status == 0 && grids.stderr.isEmpty)
    #expect(grids.stdout == "G001\nG002\n凤林村/第一网格\n凤林村/第二网格\n第一网格\n第二网格\n")
    let unknown = sandbox.run("__complete", "link")
    #expect(unknown.status == 64 && unknown.stdout.isEmpty)
    let nowhere = sandbox.run("__complete", "member", data: false)
    #expect(nowhere.status == 0 && nowhere.stdout.isEmpty && nowhere.stderr.isEmpty)
    // Not a command of the tree: help does not list it.
    #expect(!sandbox.run("help", data: false).stdout.contains("__complete"))
  }

  @Test(.enabled(if: ShellRunner.isInstalled("zsh"))) func zshCompletesNames() throws {
    let sandbox = try Self.township()
    let result = try RealBinary.shell(
      """
      zsh -f -c '
        compdef() { : }
        compadd() { print -rl -- "${(@P)2}" }
        _files() { print -r -- "<files>" }
        source <("$LIAISON" completion zsh)
        words=("$LIAISON" visit add --data data --member ""); CURRENT=7; _liaison
        words=("$LIAISON" member show --data=data ""); CURRENT=5; _liaison
      '
      """, in: sandbox.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "M0001\nM0002\n张建国\n李秀英\n" + "M0001\nM0002\n张建国\n李秀英\n")
  }

  @Test(.enabled(if: ShellRunner.isInstalled("fish"))) func fishCompletesNames() throws {
    let sandbox = try Self.township()
    let result = try RealBinary.shell(
      """
      fish -N -c '
        "$LIAISON" completion fish | source
        complete -C "$LIAISON member show --data data 李"
        complete -C "$LIAISON visit add --data=data --household 赵"
        complete -C "$LIAISON grid show --data data 凤"
      '
      """, in: sandbox.root)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] }
    #expect(lines == ["李秀英", "赵大爷(东院)", "凤林村/第一网格", "凤林村/第二网格"])
  }
}
