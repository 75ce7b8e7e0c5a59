import Foundation
import LiaisonTestSupport
import Testing

/// The progress line of a long import, seen on a real terminal (a pseudo-terminal made by
/// `script`): drawn in place with terminal codes, and wiped before the result is printed.
@Suite struct ImportProgressTests {
  static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

  @Test(.enabled(if: hasScript)) func theProgressLineIsWipedBeforeTheResult() throws {
    let sandbox = try Sandbox()
    let rows = (0...10_000).map { "户\($0),凤林村" }.joined(separator: "\n")
    try ("户主,所在村\n" + rows + "\n").write(
      to: sandbox.root.appendingPathComponent("h.csv"), atomically: true, encoding: .utf8)
    let result = try RealBinary.shell(
      """
      set -e
      $LIAISON init --township 凤林镇 --data town 2>/dev/null
      $LIAISON village add --name 凤林村 --data town >/dev/null 2>&1
      script -qec "$LIAISON import households h.csv --data town --since 2026-01-01 2>&1" /dev/null
      """, in: sandbox.root)
    #expect(result.status == 0, "\(result.stderr)")
    let erase = "\r\u{1B}[K"
    #expect(result.stdout.contains(erase + "Reading row 5000 of 10001…"))
    // The result follows the wiped line, on a line of its own; nothing is shown escaped.
    #expect(result.stdout.contains("10001…" + erase + "Imported: 10001 to create"))
    #expect(!result.stdout.contains("\\u000d") && !result.stdout.contains("\\u001b"))
  }
}
