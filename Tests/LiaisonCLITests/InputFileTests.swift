import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A file handed to `import` or `team person import` may be anything: only a regular file
/// of sane size is read, and anything else is refused at once with what stands there —
/// no hang on a FIFO, no endless read of a device, nothing written.
@Suite struct InputFileTests {
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    return sandbox
  }

  @Test(arguments: [["import", "households"], ["team", "person", "import"]])
  func whatIsNotAFileIsRefusedAtOnce(_ command: [String]) throws {
    let sandbox = try Self.township()
    let fifo = sandbox.root.appendingPathComponent("pipe.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let folder = sandbox.root.appendingPathComponent("a-folder.csv").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let before = sandbox.snapshot()
    for (path, what) in [
      (fifo, "a named pipe (FIFO)"), (folder, "a folder"), ("/dev/zero", "a device"),
      (sandbox.root.appendingPathComponent("missing.csv").path, "no such file"),
    ] {
      let refused = sandbox.run(command + [path, "--lang", "en"])
      #expect(refused.status == 66, "\(path): \(refused.stderr)")
      #expect(refused.stderr.contains(what), "\(path): \(refused.stderr)")
      #expect(refused.stderr.contains("Nothing was imported"), "\(refused.stderr)")
    }
    #expect(sandbox.snapshot() == before)
  }

  @Test func aFileLargerThanAnImportTakesIsRefusedUnread() throws {
    let sandbox = try Self.township()
    let huge = sandbox.root.appendingPathComponent("huge.csv").path
    #expect(FileManager.default.createFile(atPath: huge, contents: Data("户主,村\n".utf8)))
    // Sized without being written: refused on its size before a byte is read.
    #expect(truncate(huge, off_t(InputFile.limit + 1)) == 0)
    let refused = sandbox.run("import", "households", huge, "--lang", "zh")
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("超过 512 MB"), "\(refused.stderr)")
  }

  @Test func aLinkToARegularFileIsFollowedAsTheClerkChoseIt() throws {
    let sandbox = try Self.township()
    let file = sandbox.root.appendingPathComponent("households.csv").path
    try "户主,村\n钱叔,凤林村\n".write(toFile: file, atomically: true, encoding: .utf8)
    let link = sandbox.root.appendingPathComponent("link.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
    _ = try sandbox.ok("import", "households", link)
    #expect(try sandbox.ok("household", "list").contains("钱叔"))
  }

  @Test func standardInputIsReadNoFurtherThanTheLimit() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer { close(ends[0]) }
    _ = Data(repeating: 65, count: 100).withUnsafeBytes { write(ends[1], $0.baseAddress, 100) }
    close(ends[1])
    #expect(throws: InputFileError.self) { try InputFile.readAll(ends[0], shown: "-", limit: 99) }
  }
}
