import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// `rules/forms.json`: the names a township prints on its forms, read per folder.
@Suite struct FormSettingsTests {
  func write(_ json: String, to sandbox: Sandbox) throws {
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/rules", withIntermediateDirectories: true)
    try Data(json.utf8).write(to: URL(fileURLWithPath: sandbox.data + "/rules/forms.json"))
  }

  @Test func theNamesSetAreThoseTheFormsPrint() throws {
    let sandbox = try ReportGoldenTests.demo()
    try write(#"{"unit": "清湖镇党委", "reviewer": "李明", "noticeDays": 10}"#, to: sandbox)
    let monthly = try sandbox.ok("report", "monthly", "--month", "2026-10")
    #expect(monthly.contains("填报单位：清湖镇党委") && monthly.contains("审核人：李明"))
    #expect(monthly.contains("填报人：__________"))
    let posted = try sandbox.ok("report", "public-table", "--village", "凤林村")
    #expect(posted.contains("2026-11-23 至 2026-12-02") && posted.contains("监督电话  __________"))
  }

  @Test(arguments: [#"{"unit": 5}"#, #"{"unit": "a\u0007b"}"#, "{"])
  func aBadFileIsNamedAndNothingPrints(json: String) throws {
    let sandbox = try ReportGoldenTests.demo()
    try write(json, to: sandbox)
    let result = sandbox.run("report", "weekly", "--week", "2026-W47")
    #expect(result.status != 0 && result.stdout.isEmpty)
    #expect(result.stderr.contains("rules/forms.json"), "\(result.stderr)")
  }
}
