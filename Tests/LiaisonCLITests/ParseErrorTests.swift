import LiaisonCLI
import LiaisonCore
import Testing

@Suite struct ParseErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var line: [String]
    var en: String
    var zh: String
    var path: [String]
    var testDescription: String { line.joined(separator: " ") }
  }

  static let required = ["--member", "7", "--household", "12"]

  @Test(arguments: [
    Case(
      line: ["visit", "list", "--mnth", "2024-05"],
      en: "Unknown option '--mnth'. Did you mean '--month'?",
      zh: "未知选项 '--mnth'。您是不是要输入 '--month'？", path: ["visit", "list"]),
    Case(
      line: ["visit", "list", "--monht"], en: "Unknown option '--monht'. Did you mean '--month'?",
      zh: "未知选项 '--monht'。您是不是要输入 '--month'？", path: ["visit", "list"]),
    Case(
      line: ["visit", "add", "--mem", "7"], en: "Unknown option '--mem'. Did you mean '--member'?",
      zh: "未知选项 '--mem'。您是不是要输入 '--member'？", path: ["visit", "add"]),
    Case(
      line: ["visit", "list", "--dat", "D"], en: "Unknown option '--dat'. Did you mean '--data'?",
      zh: "未知选项 '--dat'。您是不是要输入 '--data'？", path: ["visit", "list"]),
    Case(
      line: ["import", "-dry-run", "a.csv"],
      en: "Unknown option '-dry-run'. Did you mean '--dry-run'?",
      zh: "未知选项 '-dry-run'。您是不是要输入 '--dry-run'？", path: ["import"]),
    Case(
      line: ["visit", "list", "--xyzzy"], en: "Unknown option '--xyzzy'",
      zh: "未知选项 '--xyzzy'", path: ["visit", "list"]),
    Case(
      line: ["visit", "list", "-q"], en: "Unknown option '-q'", zh: "未知选项 '-q'",
      path: ["visit", "list"]),
    Case(
      line: ["visit", "list", "-aq"], en: "Unknown option '-q'", zh: "未知选项 '-q'",
      path: ["visit", "list"]),
    Case(
      line: ["vist", "list"], en: "Unknown command 'vist'. Did you mean 'visit'?",
      zh: "未知命令 'vist'。您是不是要输入 'visit'？", path: []),
    Case(
      line: ["visit", "ad"], en: "Unknown command 'ad'. Did you mean 'add'?",
      zh: "未知命令 'ad'。您是不是要输入 'add'？", path: ["visit"]),
    Case(
      line: ["visit", "走"], en: "Unknown command '走'", zh: "未知命令 '走'", path: ["visit"]),
    Case(
      line: ["走方"], en: "Unknown command '走方'. Did you mean '走访'?",
      zh: "未知命令 '走方'。您是不是要输入 '走访'？", path: []),
    Case(
      line: ["help", "vist"], en: "Unknown command 'vist'. Did you mean 'visit'?",
      zh: "未知命令 'vist'。您是不是要输入 'visit'？", path: []),
    Case(
      line: ["frobnicate"], en: "Unknown command 'frobnicate'", zh: "未知命令 'frobnicate'", path: []),
    Case(
      line: ["visit", "add"] + required + ["--points"],
      en: "Missing value for '--points <points>'", zh: "缺少 '--points <points>' 的值",
      path: ["visit", "add"]),
    Case(
      line: ["visit", "list", "-m"], en: "Missing value for '--month <YYYY-MM>'",
      zh: "缺少 '--month <YYYY-MM>' 的值", path: ["visit", "list"]),
    Case(
      line: ["visit", "add", "--tag", "--note", "x"] + required,
      en: "Missing value for '--tag <tag>'", zh: "缺少 '--tag <tag>' 的值", path: ["visit", "add"]),
    Case(
      line: ["visit", "add", "--household", "12"],
      en: "Missing expected argument '--member <member>'", zh: "缺少必需的参数 '--member <member>'",
      path: ["visit", "add"]),
    Case(
      line: ["import"], en: "Missing expected argument '<file>'", zh: "缺少必需的参数 '<file>'",
      path: ["import"]),
    Case(
      line: ["points", "7"], en: "Missing expected argument '<delta>'",
      zh: "缺少必需的参数 '<delta>'", path: ["points"]),
    Case(
      line: ["import", "a.csv", "b.csv"], en: "Unexpected argument 'b.csv'",
      zh: "多余的参数 'b.csv'", path: ["import"]),
    Case(
      line: ["visit", "list", "stray"], en: "Unexpected argument 'stray'",
      zh: "多余的参数 'stray'", path: ["visit", "list"]),
    Case(
      line: ["visit", "list", "--all=yes"],
      en: "The option '--all' does not take a value, but 'yes' was given",
      zh: "选项 '--all' 不接受值，但给出了 'yes'", path: ["visit", "list"]),
  ])
  func errorMessagesInBothLanguages(_ test: Case) throws {
    let error = try #require(SampleCommandTree.failure(test.line))
    #expect(error.message(.en) == test.en)
    #expect(error.message(.zh) == test.zh)
    #expect(error.path == test.path)
  }

  @Test func errorsCarryGlobalsFromAnywhereOnTheLine() throws {
    let early = try #require(SampleCommandTree.failure(["--lang", "zh", "vist"]))
    #expect(early.globals == ["lang": "zh"])
    let late = try #require(SampleCommandTree.failure(["vist", "--data", "D", "--lang=zh"]))
    #expect(late.globals == ["lang": "zh", "data": "D"])
    let overridden = try #require(
      SampleCommandTree.failure(["--lang", "en", "import", "--lang", "zh"]))
    #expect(overridden.globals == ["lang": "zh"])
  }

  @Test func requiredOptionsAreReportedInDeclarationOrder() throws {
    let error = try #require(SampleCommandTree.failure(["visit", "add"]))
    #expect(error.message.en == "Missing expected argument '--member <member>'")
  }

  @Test func descriptionIsTheEnglishMessage() throws {
    let error = try #require(SampleCommandTree.failure(["import"]))
    #expect(error.description == "Missing expected argument '<file>'")
  }
}
