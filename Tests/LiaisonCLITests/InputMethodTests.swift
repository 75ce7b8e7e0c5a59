import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Issue #19, points 4 and 5: a Chinese input method's dashes and spaces, an unknown
/// LIAISON_LANG, and what --version says.
@Suite struct InputMethodTests {
  @Test(arguments: [
    ["visit", "add", "——member", "张建国", "——household", "王大妈"],
    ["visit", "add", "－－member", "张建国", "－－household", "王大妈"],
    ["visit", "add", "--member\u{3000}张建国", "--household\u{3000}王大妈"],
    ["visit", "add", "--member", "张建国\u{3000}--household", "王大妈"],
  ])
  func theInputMethodsDashesAndSpacesAreReadAsTyped(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let result = sandbox.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("V20261123-"))
  }

  @Test func aNameWithAFullWidthSpaceStaysWhole() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("household", "add", "--head", "王\u{3000}大妈", "--village", "凤林村")
    #expect(sandbox.file("households.json").contains("王\u{3000}大妈"))
  }

  @Test func anUnknownLanguageIsSaidOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    sandbox.environment["LIAISON_LANG"] = "fr"
    let result = sandbox.run("member", "list")
    #expect(result.status == 0)
    #expect(result.stderr.components(separatedBy: "LIAISON_LANG=fr").count == 2, "\(result.stderr)")
  }

  @Test func versionNamesTheFolderFormat() throws {
    let sandbox = try Sandbox()
    #expect(try sandbox.ok("--version").contains("data folder format 2"))
  }
}

/// Issue #19, point 9: the township's day, whatever the machine's time zone.
@Suite struct TownshipDayTests {
  @Test func todayIsTheTownshipsDayNotTheMachines() throws {
    let sandbox = try Sandbox()
    sandbox.environment.removeValue(forKey: "LIAISON_TODAY")
    sandbox.environment["TZ"] = "UTC"
    _ = try sandbox.ok("init", "--township", "凤林镇")
    #expect(sandbox.file("liaison.json").contains("\"timeZone\" : \"Asia/Shanghai\""))
    let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
    let clock = Clock.from(environment: [:], timeZone: shanghai)
    #expect(clock.timestamp.hasSuffix("+08:00"))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = shanghai
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    #expect(clock.today == Day(year: parts.year!, month: parts.month!, day: parts.day!))
    // And the command line takes the folder's zone: a visit's stamp carries +08:00.
    _ = try sandbox.ok("village", "add", "--name", "凤林村")
    _ = try sandbox.ok("member", "add", "--name", "张", "--phone", "13800138000", "--village", "凤林村")
    _ = try sandbox.ok("household", "add", "--head", "王", "--village", "凤林村")
    _ = try sandbox.ok("visit", "add", "--member", "张", "--household", "王")
    let log = try FileManager.default.contentsOfDirectory(atPath: sandbox.data + "/visits")
      .first { $0.hasSuffix(".jsonl") }
    let line = sandbox.file("visits/" + (log ?? ""))
    #expect(line.contains("+08:00\""), "\(line)")
  }

  @Test func anUnknownTimeZoneIsRefused() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run("init", "--township", "凤林镇", "--time-zone", "Mars/Olympus")
    #expect(result.status == 64)
    #expect(result.stderr.contains("Asia/Shanghai"))
  }
}
