import LiaisonCLI
import LiaisonCore
import Testing

@Suite struct UsageAndErrorReportTests {
  let formatter = HelpFormatter(
    root: SampleCommandTree.root, globalOptions: SampleCommandTree.globals)

  @Test func manyOptionsCollapseTheOptionalOnes() {
    // visit add has seven options; only the two required ones stay visible.
    #expect(
      formatter.usage(for: ["visit", "add"], language: .en, width: 100)
        == "liaison visit add --member <member> --household <household> [<options>]")
  }

  @Test func fewOptionsAreAllListed() {
    #expect(
      formatter.usage(for: ["visit", "list"], language: .en)
        == "liaison visit list [--month <YYYY-MM>] [--all] [--verbose]")
    #expect(formatter.usage(for: ["import"], language: .en) == "liaison import [--dry-run] <file>")
    #expect(formatter.usage(for: ["note"], language: .en) == "liaison note [<text> ...]")
    #expect(formatter.usage(for: ["points"], language: .zh) == "liaison points <member> <delta>")
  }

  @Test func repeatingOptionsShowEllipsis() {
    let command = CommandSpec(
      name: "tag", abstract: Localized("t"),
      options: [
        OptionSpec(name: "file", kind: .repeating, help: Localized("f"), isRequired: true),
        OptionSpec(name: "tag", kind: .upToNextOption, help: Localized("t")),
        OptionSpec(name: "note", kind: .repeating, help: Localized("n")),
        OptionSpec(name: "force", short: "f", kind: .flag, help: Localized("f")),
      ])
    let root = CommandSpec(name: "liaison", abstract: Localized("r"), subcommands: [command])
    let usage = HelpFormatter(root: root, globalOptions: []).usage(for: ["tag"], language: .en)
    #expect(
      usage == "liaison tag --file <file> ... [--tag <tag> ...] [--note <note> ...] [--force]")
  }

  @Test func groupsTakeASubcommand() {
    #expect(formatter.usage(for: [], language: .en) == "liaison <subcommand>")
    #expect(formatter.usage(for: ["走访"], language: .en) == "liaison visit <subcommand>")
    #expect(
      formatter.usage(for: ["走访", "列表"], language: .en)
        == formatter.usage(for: ["visit", "list"], language: .en))
  }

  @Test func longUsageWrapsWithoutSplittingTokens() {
    let usage = formatter.usage(for: ["visit", "list"], language: .en, width: 30)
    let lines = usage.split(separator: "\n").map(String.init)
    #expect(
      lines == ["liaison visit list", "  [--month <YYYY-MM>] [--all]", "  [--verbose]"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
  }

  @Test func errorReportInEnglish() throws {
    let error = try #require(SampleCommandTree.failure(["visit", "list", "--mnth", "2024-05"]))
    #expect(
      formatter.errorReport(error, language: .en) == """
        Error: Unknown option '--mnth'. Did you mean '--month'?
        Usage: liaison visit list [--month <YYYY-MM>] [--all] [--verbose]
          See 'liaison help visit list' for more information.

        """)
  }

  @Test func errorReportInChinese() throws {
    let error = try #require(SampleCommandTree.failure(["visit", "list", "--mnth", "2024-05"]))
    #expect(
      formatter.errorReport(error, language: .zh) == """
        错误：未知选项 '--mnth'。您是不是要输入 '--month'？
        用法：liaison visit list [--month <YYYY-MM>] [--all] [--verbose]
          更多信息请运行 'liaison help visit list'。

        """)
  }

  @Test func errorReportAtTheRoot() throws {
    let error = try #require(SampleCommandTree.failure(["vist"]))
    #expect(
      formatter.errorReport(error, language: .en) == """
        Error: Unknown command 'vist'. Did you mean 'visit'?
        Usage: liaison <subcommand>
          See 'liaison help' for more information.

        """)
  }

  @Test func errorReportWrapsItsUsage() throws {
    let error = try #require(SampleCommandTree.failure(["visit", "add"]))
    let report = formatter.errorReport(error, language: .en, width: 50)
    #expect(
      report == """
        Error: Missing expected argument '--member <member>'
        Usage: liaison visit add --member <member>
                 --household <household> [<options>]
          See 'liaison help visit add' for more information.

        """)
  }

  @Test func customToolName() throws {
    let named = HelpFormatter(
      root: SampleCommandTree.root, globalOptions: [], toolName: "lsn")
    let error = try #require(SampleCommandTree.failure(["import"]))
    #expect(
      named.errorReport(error, language: .en).hasSuffix(
        "  See 'lsn help import' for more information.\n"))
    #expect(named.help(for: [], language: .en).contains("See 'lsn help <subcommand>'"))
  }
}
