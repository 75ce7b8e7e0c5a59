import Foundation
import LiaisonTestSupport
import Testing

/// Every CSV liaison prints comes from one writer, Excel-safe (issue 14, item 7): the byte
/// order mark first, and no cell that Excel would run as a formula.
@Suite struct CSVOutputTests {
  @Test func listsShowAndScoresAreExcelSafe() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("household", "edit", "王大妈", "--address", "=HYPERLINK(\"http://x\")")
    _ = try sandbox.ok("member", "edit", "张建国", "--name", "@SUM(1)")
    let printed = [
      ["household", "list", "--format", "csv"], ["household", "show", "H00001", "--format", "csv"],
      ["member", "list", "--format", "csv"], ["member", "show", "M0001", "--format", "csv"],
      ["score", "show", "--period", "2026-11", "--format", "csv"],
      ["visit", "list", "--format", "csv"], ["village", "list", "--format", "csv"],
    ]
    for arguments in printed {
      let result = sandbox.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stdout.hasPrefix("\u{FEFF}"), "\(arguments)")
      for cell in result.stdout.dropFirst().split(whereSeparator: { ",\r\n\"".contains($0) }) {
        #expect(!"=+@".contains(cell.first ?? " "), "\(arguments): \(cell)")
      }
    }
    #expect(
      sandbox.run("household", "show", "H00001", "--format", "csv").stdout.contains("'=HYPERLINK"))
    #expect(sandbox.run("member", "list", "--format", "csv").stdout.contains("'@SUM(1)"))
    #expect(sandbox.run("member", "list", "--format", "csv").stdout.contains("'13800138000"))
  }
}
