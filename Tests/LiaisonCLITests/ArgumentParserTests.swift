import LiaisonCLI
import LiaisonCore
import Testing

@Suite struct ArgumentParserTests {
  let required = ["--member", "7", "--household", "12"]

  @Test(arguments: [
    ["--data", "D", "visit", "list"],
    ["visit", "list", "--data", "D"],
    ["visit", "--data", "D", "list"],
    ["visit", "list", "--data=D"],
    ["--data", "X", "visit", "list", "--data", "D"],
  ])
  func globalOptionsAreAcceptedAnywhere(_ line: [String]) throws {
    let parsed = try SampleCommandTree.run(line)
    #expect(parsed.path == ["visit", "list"])
    #expect(parsed.globals == ["data": "D"])
    #expect(parsed.values.isEmpty)
    #expect(parsed.arguments.isEmpty)
  }

  @Test func globalsAndCommandOptionsMix() throws {
    let parsed = try SampleCommandTree.run(
      ["--lang", "zh", "visit", "list", "--month", "2024-05", "--data=/tmp/d", "-a"])
    #expect(parsed.globals == ["lang": "zh", "data": "/tmp/d"])
    #expect(parsed.value("month") == "2024-05")
    #expect(parsed.flag("all"))
    #expect(!parsed.flag("verbose"))
    #expect(parsed.values["all"] == [])
  }

  @Test(arguments: [
    ["--month=2024-05"], ["--month", "2024-05"], ["-m", "2024-05"], ["-m2024-05"], ["-m=2024-05"],
  ])
  func valueSpellings(_ options: [String]) throws {
    let parsed = try SampleCommandTree.run(["visit", "list"] + options)
    #expect(parsed.value("month") == "2024-05")
  }

  @Test func valueMayContainEqualsSign() throws {
    let parsed = try SampleCommandTree.run(["visit", "list", "--month=a=b"])
    #expect(parsed.value("month") == "a=b")
  }

  @Test func shortFlagsCluster() throws {
    let parsed = try SampleCommandTree.run(["visit", "list", "-av", "-m", "2024-05"])
    #expect(parsed.flag("all") && parsed.flag("verbose"))
    #expect(parsed.value("month") == "2024-05")
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try SampleCommandTree.run(["import", "--dry-run", "--", "--odd-name.csv"])
    #expect(parsed.arguments == ["--odd-name.csv"])
    #expect(parsed.flag("dry-run"))
    let help = try SampleCommandTree.parser.parse(["note", "--", "-h", "--help", "--version"])
    #expect(help == .run(ParsedCommand(path: ["note"], arguments: ["-h", "--help", "--version"])))
  }

  @Test(arguments: [["--points", "-5"], ["--points=-5"]])
  func negativeNumbersAreValues(_ points: [String]) throws {
    let parsed = try SampleCommandTree.run(["visit", "add"] + required + points)
    #expect(parsed.value("points") == "-5")
  }

  @Test func valueOptionTakesNextTokenEvenWithDash() throws {
    let parsed = try SampleCommandTree.run(["visit", "add"] + required + ["--note", "-h"])
    #expect(parsed.values("note") == ["-h"])
  }

  @Test func negativeNumbersArePositionals() throws {
    let parsed = try SampleCommandTree.run(["points", "7", "-5"])
    #expect(parsed.arguments == ["7", "-5"])
    #expect(try SampleCommandTree.run(["points", "-2.5", "3"]).arguments == ["-2.5", "3"])
  }

  @Test func repeatingOptionKeepsEveryValue() throws {
    let parsed = try SampleCommandTree.run(
      ["visit", "add", "--note", "first"] + required + ["--note", "second"])
    #expect(parsed.values("note") == ["first", "second"])
    #expect(parsed.value("note") == "second")
    #expect(parsed.values("tag") == [])
    #expect(parsed.value("tag") == nil)
  }

  @Test func upToNextOptionTakesValuesUntilTheNextOption() throws {
    let parsed = try SampleCommandTree.run(
      ["visit", "add", "--tag", "低保", "残疾", "独居"] + required + ["--tag=a", "b", "-d", "x"])
    #expect(parsed.values("tag") == ["低保", "残疾", "独居", "a", "b"])
    #expect(parsed.value("date") == "x")
    #expect(parsed.value("member") == "7")
  }

  @Test func lastValueWinsForSingleValueOptions() throws {
    let parsed = try SampleCommandTree.run(["visit", "list", "-m", "2024-04", "--month", "2024-05"])
    #expect(parsed.value("month") == "2024-05")
    #expect(parsed.values("month") == ["2024-04", "2024-05"])
  }

  @Test(arguments: [["走访", "添加"], ["visit", "添加"], ["走访", "add"]])
  func aliasesMapToCanonicalNames(_ words: [String]) throws {
    let parsed = try SampleCommandTree.run(words + required)
    #expect(parsed.path == ["visit", "add"])
  }

  @Test func optionalRepeatingArgumentTakesAnyNumber() throws {
    #expect(try SampleCommandTree.run(["note"]).arguments == [])
    #expect(try SampleCommandTree.run(["note", "a", "b", "c"]).arguments == ["a", "b", "c"])
  }

  @Test func globalFlagsAndCommandOptionsShadowGlobals() throws {
    let verbose = OptionSpec(name: "verbose", kind: .flag, help: Localized("v"))
    let shadowing = OptionSpec(name: "data", kind: .flag, help: Localized("local"))
    let root = CommandSpec(
      name: "t", abstract: Localized("t"),
      subcommands: [CommandSpec(name: "go", abstract: Localized("go"), options: [shadowing])])
    let parser = ArgumentParser(root: root, globalOptions: SampleCommandTree.globals + [verbose])
    let outcome = try parser.parse(["--verbose", "go", "--data"])
    #expect(
      outcome
        == .run(ParsedCommand(path: ["go"], values: ["data": []], globals: ["verbose": "true"])))
  }
}
