import LiaisonCLI
import LiaisonCore
import Testing

@Suite struct HelpRequestParsingTests {
  let parser = SampleCommandTree.parser

  struct Case: Sendable, CustomTestStringConvertible {
    var line: [String]
    var path: [String]
    var testDescription: String { line.joined(separator: " ") }
  }

  @Test(arguments: [
    Case(line: [], path: []),
    Case(line: ["-h"], path: []),
    Case(line: ["--help"], path: []),
    Case(line: ["help"], path: []),
    Case(line: ["帮助"], path: []),
    Case(line: ["visit"], path: ["visit"]),
    Case(line: ["visit", "-h"], path: ["visit"]),
    Case(line: ["--help", "visit"], path: ["visit"]),
    Case(line: ["help", "visit"], path: ["visit"]),
    Case(line: ["visit", "help"], path: ["visit"]),
    Case(line: ["visit", "add", "-h"], path: ["visit", "add"]),
    Case(line: ["visit", "add", "--help"], path: ["visit", "add"]),
    Case(line: ["-h", "visit", "add"], path: ["visit", "add"]),
    Case(line: ["help", "visit", "add"], path: ["visit", "add"]),
    Case(line: ["help", "走访", "添加"], path: ["visit", "add"]),
    Case(line: ["visit", "help", "add"], path: ["visit", "add"]),
    Case(line: ["import", "-h"], path: ["import"]),
    Case(line: ["help", "import"], path: ["import"]),
    Case(line: ["help", "visit", "list", "--month", "2024-05"], path: ["visit", "list"]),
  ])
  func helpAtEveryLevel(_ test: Case) throws {
    #expect(try parser.parse(test.line) == .help(path: test.path, globals: [:]))
  }

  @Test(arguments: [
    ["visit", "add", "-h"],
    ["visit", "add", "--bogus", "-h"],
    ["visit", "add", "--member", "1", "-h", "--points"],
    ["visit", "add", "unexpected", "--help"],
  ])
  func helpWinsOverErrors(_ line: [String]) throws {
    let outcome = try parser.parse(line)
    #expect(outcome == .help(path: ["visit", "add"], globals: [:]))
  }

  @Test func dashHAfterAValueOptionIsItsValue() throws {
    let error = try #require(SampleCommandTree.failure(["visit", "add", "--member", "-h"]))
    #expect(error.message.en == "Missing expected argument '--household <household>'")
  }

  @Test func helpAfterAnUnknownCommandShowsTheLevelReached() throws {
    #expect(try parser.parse(["visit", "ad", "-h"]) == .help(path: ["visit"], globals: [:]))
  }

  @Test func helpKeepsGlobalOptions() throws {
    let outcome = try parser.parse(["--lang", "zh", "help", "visit", "--data=D"])
    #expect(outcome == .help(path: ["visit"], globals: ["lang": "zh", "data": "D"]))
    let afterError = try parser.parse(["visit", "add", "--bogus", "-h", "--lang", "en"])
    #expect(afterError == .help(path: ["visit", "add"], globals: ["lang": "en"]))
  }

  @Test(arguments: [["--version"], ["visit", "list", "--version"], ["--version", "--lang", "zh"]])
  func version(_ line: [String]) throws {
    let globals = line.contains("zh") ? ["lang": "zh"] : [:]
    #expect(try parser.parse(line) == .version(globals: globals))
  }

  @Test func helpWinsOverVersion() throws {
    #expect(try parser.parse(["--version", "-h"]) == .help(path: [], globals: [:]))
  }

  @Test func doubleDashHidesHelpFromTheErrorPath() {
    let error = SampleCommandTree.failure(["points", "1", "2", "3", "--", "-h"])
    #expect(error?.message.en == "Unexpected argument '3'")
  }
}
