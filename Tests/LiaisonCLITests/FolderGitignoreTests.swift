import Foundation
import LiaisonTestSupport
import Testing

/// A data folder kept in git stays clean (issue #19 point 8): it carries a `.gitignore` for
/// the lock and every other file that is not a record.
@Suite struct FolderGitignoreTests {
  @Test func initWritesItAndAReportLeavesGitStatusClean() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let ignore = sandbox.file(".gitignore")
    for line in [".lock", ".journal.json", "*.tmp-*", ".partial-*", "backups/"] {
      #expect(ignore.split(separator: "\n").contains(Substring(line)), "\(line)")
    }
    let result = try RealBinary.shell(
      """
      set -e
      cd data
      git init -q . && git add -A && git -c user.name=t -c user.email=t@t commit -qm roster
      $LIAISON report monthly --month 2026-11 --data . >/dev/null
      $LIAISON backup --data . >/dev/null 2>&1
      test -e .lock
      git status --porcelain
      """, in: sandbox.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty, "\(result.stdout)")
  }

  @Test func anOlderFolderGetsItOnItsFirstChangeAndAnEditedOneIsKept() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = sandbox.data + "/.gitignore"
    try FileManager.default.removeItem(atPath: path)
    // Reading changes nothing; neither does a refused change.
    _ = try sandbox.ok("member", "list")
    #expect(sandbox.run("village", "add", "--name", "凤林村").status != 0)
    #expect(!FileManager.default.fileExists(atPath: path))
    _ = try sandbox.ok("village", "add", "--name", "清湖村")
    #expect(sandbox.file(".gitignore").contains(".lock\n"))
    // The clerk's own lines stay.
    try "notes/\n".write(toFile: path, atomically: true, encoding: .utf8)
    _ = try sandbox.ok("village", "add", "--name", "湖南村")
    #expect(sandbox.file(".gitignore") == "notes/\n")
    #expect(sandbox.run("check").status == 0)
  }
}
