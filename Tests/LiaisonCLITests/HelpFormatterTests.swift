import LiaisonCLI
import LiaisonCore
import Testing

@Suite struct HelpFormatterTests {
  static let globals = [
    OptionSpec(
      name: "data", valueName: "dir", kind: .value,
      help: Localized(en: "The data folder.", zh: "数据文件夹。")),
    OptionSpec(
      name: "lang", kind: .value,
      help: Localized(en: "Language of output: zh or en.", zh: "输出语言：zh 或 en。")),
  ]

  static let add = CommandSpec(
    name: "add", aliases: ["添加"],
    abstract: Localized(en: "Record a visit to a linked household.", zh: "记录一次走访。"),
    discussion: Localized(
      en: "A visit is stored in the data folder and counted in the monthly report.",
      zh: "走访记录保存在数据文件夹中，并计入月报。"),
    arguments: [
      ArgumentSpec(name: "household", help: Localized(en: "The household visited.", zh: "走访的联系户。"))
    ],
    options: [
      OptionSpec(
        name: "member", kind: .value,
        help: Localized(en: "The visiting member: id, exact name or phone.", zh: "走访的代表。"),
        isRequired: true),
      OptionSpec(
        name: "date", short: "d", valueName: "日期", kind: .value,
        help: Localized(en: "The visit date (default: today).", zh: "走访日期（默认今天）。")),
      OptionSpec(
        name: "mode", kind: .value, help: Localized(en: "How the visit was made.", zh: "走访方式。"),
        choices: ["in-person", "phone", "online", "proxy"]),
    ])

  static let root = CommandSpec(
    name: "liaison",
    abstract: Localized(en: "Keep a liaison station's records.", zh: "管理联络站的记录。"),
    subcommands: [
      CommandSpec(
        name: "visit", aliases: ["走访"],
        abstract: Localized(en: "Record and list visits.", zh: "记录和查看走访。"),
        subcommands: [add])
    ])

  let formatter = HelpFormatter(root: root, globalOptions: globals)

  @Test func rootHelpInEnglish() {
    let expected = """
      OVERVIEW: Keep a liaison station's records.

      USAGE: liaison <subcommand>

      OPTIONS:
        --data <dir>            The data folder. (global)
        --lang <lang>           Language of output: zh or en. (global)
        -h, --help              Show help information.
        --version               Show the version.

      SUBCOMMANDS:
        visit, 走访             Record and list visits.

        See 'liaison help <subcommand>' for detailed help.

      """
    #expect(formatter.help(for: [], language: .en) == expected)
  }

  @Test func leafHelpInEnglish() {
    let expected = """
      OVERVIEW: Record a visit to a linked household.

      A visit is stored in the data folder and counted in the monthly report.

      USAGE: liaison visit add --member <member> [--date <日期>] [--mode <mode>]
               <household>

      ARGUMENTS:
        <household>             The household visited.

      OPTIONS:
        --member <member>       The visiting member: id, exact name or phone.
        -d, --date <日期>       The visit date (default: today).
        --mode <mode>           How the visit was made. (values: in-person, phone,
                                online, proxy)
        --data <dir>            The data folder. (global)
        --lang <lang>           Language of output: zh or en. (global)
        -h, --help              Show help information.

      """
    #expect(formatter.help(for: ["visit", "add"], language: .en) == expected)
    #expect(formatter.help(for: ["走访", "添加"], language: .en) == expected)
  }

  @Test func groupHelpInChinese() {
    let expected = """
      概述：记录和查看走访。

      用法：liaison visit <subcommand>

      选项：
        --data <dir>            数据文件夹。（全局）
        --lang <lang>           输出语言：zh 或 en。（全局）
        -h, --help              显示帮助信息。

      子命令：
        add, 添加               记录一次走访。

        运行 'liaison help visit <subcommand>' 查看详细帮助。

      """
    #expect(formatter.help(for: ["visit"], language: .zh) == expected)
  }

  @Test func chineseHelpTextsStartAtTheSameDisplayColumn() throws {
    let help = formatter.help(for: ["visit", "add"], language: .zh)
    let lines = help.split(separator: "\n").map(String.init)
    let entries: [(label: String, text: String)] = [
      ("<household>", "走访的联系户。"), ("--member <member>", "走访的代表。"),
      ("-d, --date <日期>", "走访日期（默认今天）。"),
      ("--mode <mode>", "走访方式。（可选值：in-person, phone, online, proxy）"),
      ("--data <dir>", "数据文件夹。（全局）"), ("-h, --help", "显示帮助信息。"),
    ]
    for entry in entries {
      let line = try #require(lines.first { $0.hasSuffix(entry.text) }, "\(entry.text)")
      let prefix = String(line.dropLast(entry.text.count))
      #expect(DisplayWidth.of(prefix) == 26, "\(line)")
      #expect(prefix.hasPrefix("  " + entry.label + "  "))
    }
    #expect(lines.contains("参数："))
    #expect(lines.contains("选项："))
    #expect(!help.contains("OPTIONS"))
  }

  @Test func longLabelPutsHelpOnTheNextLine() {
    let command = CommandSpec(
      name: "find", abstract: Localized("Find."),
      options: [
        OptionSpec(
          name: "household", valueName: "household-or-member", kind: .value,
          help: Localized(en: "Who to find.", zh: "要找的人。")),
        OptionSpec(
          name: "twenty-two-columns-x", kind: .flag, help: Localized(en: "Fits.", zh: "放得下。")),
        OptionSpec(
          name: "twenty-three-columns-x", kind: .flag,
          help: Localized(en: "Too wide.", zh: "太宽。")),
      ])
    let root = CommandSpec(name: "liaison", abstract: Localized("t"), subcommands: [command])
    let help = HelpFormatter(root: root, globalOptions: []).help(for: ["find"], language: .en)
    #expect(
      help.contains(
        "\n  --household <household-or-member>\n" + String(repeating: " ", count: 26)
          + "Who to find.\n"))
    #expect(help.contains("\n  --twenty-two-columns-x  Fits.\n"))
    #expect(
      help.contains(
        "\n  --twenty-three-columns-x\n" + String(repeating: " ", count: 26) + "Too wide.\n"))
  }

  @Test func wideLabelsAreMeasuredByDisplayWidth() {
    // 16 characters but 24 columns: too wide for the label column, although
    // counting characters would say it fits.
    let report = CommandSpec(
      name: "report", aliases: ["月度统计报表汇总"], abstract: Localized(en: "Report.", zh: "月报。"))
    let root = CommandSpec(name: "liaison", abstract: Localized("t"), subcommands: [report])
    let help = HelpFormatter(root: root, globalOptions: []).help(for: [], language: .zh)
    #expect(help.contains("\n  report, 月度统计报表汇总\n" + String(repeating: " ", count: 26) + "月报。\n"))
  }

  @Test func chineseHelpWrapsAtWidthSixty() throws {
    let text = "记录一次对联系户的走访，包括走访日期、方式、参加的代表、反映的问题以及后续的办理情况和答复结果。"
    let command = CommandSpec(
      name: "add", abstract: Localized("a"),
      options: [OptionSpec(name: "note", kind: .value, help: Localized(en: "n", zh: text))])
    let root = CommandSpec(name: "liaison", abstract: Localized("t"), subcommands: [command])
    let help = HelpFormatter(root: root, globalOptions: []).help(
      for: ["add"], language: .zh, width: 60)
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix("  --note <note>") })
    var pieces = [String(lines[start].dropFirst(26))]
    var index = start + 1
    while lines[index].hasPrefix(String(repeating: " ", count: 26)) {
      let piece = lines[index].dropFirst(26)
      #expect(piece.first != " ")
      pieces.append(String(piece))
      index += 1
    }
    #expect(pieces.count >= 3)
    #expect(pieces.joined() == text)
    for line in lines {
      #expect(DisplayWidth.of(line) <= 60, "\(line)")
    }
  }
}
