import Foundation
import LiaisonTestSupport
import Testing

/// What help says (issue #19 point 8): each option's own words on each command, one entry
/// per option, and no name split across lines.
@Suite struct HelpContentsTests {
  @Test func needListFiltersDoNotCarryNeedAddsDefaults() throws {
    let sandbox = try Sandbox()
    let list = try sandbox.ok("help", "need", "list")
    #expect(list.contains("--scale <scale>") && list.contains("Only this scale"))
    #expect(!list.contains("(default: small)") && !list.contains("Sets the due date"))
    let add = try sandbox.ok("help", "need", "add")
    #expect(add.contains("(default: small)") && add.contains("Sets the due date"))
  }

  @Test func aCommandsOwnDataOptionIsListedOnce() throws {
    let sandbox = try Sandbox()
    for language in ["en", "zh"] {
      let help = try sandbox.ok("report", "monthly", "--help", "--lang", language)
      #expect(help.components(separatedBy: "--data <dir>").count == 2, "\(help)")
    }
    // Where the command has none of its own, the global one is listed.
    #expect(try sandbox.ok("help", "member", "list").contains("--data <dir>"))
  }

  @Test func memberAddSaysWhatTheStatusIsWhenLeftOut() throws {
    let sandbox = try Sandbox()
    let english = try sandbox.ok("help", "member", "add")
    #expect(
      english.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "--status <status> Party status; 正式/预备/积极分子 work too (default: full)."))
    let chinese = try sandbox.ok("help", "member", "add", "--lang", "zh")
    #expect(chinese.replacingOccurrences(of: "\n", with: "").contains("（默认正式"))
    // edit keeps the status there is.
    let edit = try sandbox.ok("help", "member", "edit")
    #expect(!edit.contains("default: full"))
  }

  @Test func theTopLevelHelpKeepsAFileNameWhole() throws {
    let sandbox = try Sandbox()
    let help = try sandbox.ok("help", "--lang", "zh")
    let rules = try #require(help.split(separator: "\n").first { $0.contains("积分办法：") })
    #expect(rules.contains("rules/scoring.json"))
    #expect(!help.contains("<村编号"))
  }
}
