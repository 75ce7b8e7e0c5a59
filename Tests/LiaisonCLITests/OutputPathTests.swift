import Foundation
import LiaisonTestSupport
import Testing

/// Paths a clerk types for output (issue 14, items 3, 8 and 13): never the data folder's
/// own files, never through a symbolic link or into a device, always private.
@Suite struct OutputPathTests {
  /// Every command that writes a file the clerk names, aimed at `path`.
  static func writers(_ path: String, input: String) -> [[String]] {
    [
      ["report", "monthly", "--month", "2026-11", "--format", "text", "-o", path],
      ["export", "households", "--out", path],
      ["export", "visits", "--format", "jsonl", "--out", path],
      ["export", "all", "--out", path],
      ["import", "households", input, "--skip-invalid", "--rejected", path],
      ["member", "list", "-o", path],
      ["visit", "list", "--month", "2026-11", "--format", "csv", "--output", path],
      ["score", "show", "-o", path],
    ]
  }

  static func township() throws -> (Sandbox, input: String) {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-20")
    let input = sandbox.root.appendingPathComponent("in.csv").path
    try "户主,所在村\n钱叔,凤林村\n错户,无此村\n".write(toFile: input, atomically: false, encoding: .utf8)
    return (sandbox, input)
  }

  @Test(arguments: [
    "members.json", "visits/2026-11.jsonl", "households.json", "notes.txt", "backups/x.csv",
  ])
  func nothingIsWrittenInsideTheDataFolder(_ name: String) throws {
    let (sandbox, input) = try Self.township()
    for command in Self.writers(sandbox.data + "/" + name, input: input) {
      let before = sandbox.snapshot()
      let result = sandbox.run(command)
      #expect(result.status == 73, "\(command)")
      #expect(result.stderr.contains("inside the data folder"), "\(command)")
      #expect(sandbox.snapshot() == before, "\(command)")
    }
  }

  @Test func aSymbolicLinkIsNeverWrittenThroughNorReplaced() throws {
    let (sandbox, input) = try Self.township()
    let target = sandbox.root.appendingPathComponent("target.txt").path
    try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
    let link = sandbox.root.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    for command in Self.writers(link, input: input) {
      let result = sandbox.run(command)
      #expect(result.status == 73 && result.stderr.contains("a symbolic link"), "\(command)")
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
      #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    }
  }

  @Test func aDeviceAFIFOOrAFolderIsNeverReplaced() throws {
    let (sandbox, input) = try Self.township()
    let fifo = sandbox.root.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for (path, kind) in [
      ("/dev/null", "a device"), (fifo, "a named pipe"), (sandbox.root.path, "a folder"),
    ] {
      for command in Self.writers(path, input: input) {
        let result = sandbox.run(command)
        #expect(result.status == 73 && result.stderr.contains(kind), "\(command)")
      }
    }
    #expect(FileKindProbe.isCharacterDevice("/dev/null"))
  }

  @Test func filesAndFoldersWrittenOutsideArePrivateWhateverTheUmask() throws {
    let (sandbox, input) = try Self.township()
    let root = sandbox.root.path
    // The real binary under umask 000, which would make 0666 files and 0777 folders.
    try "old".write(toFile: root + "/h2.csv", atomically: false, encoding: .utf8)
    #expect(chmod(root + "/h2.csv", 0o644) == 0)
    let result = try RealBinary.shell(
      """
      umask 000
      export LIAISON_DATA="\(sandbox.data)"
      $LIAISON report monthly --month 2026-11 -o r.html
      $LIAISON export households --out h.csv
      $LIAISON export households --out h2.csv
      $LIAISON export visits --format jsonl --out v.jsonl
      $LIAISON export all --format csv --out all/csv
      $LIAISON report worksheet --member 张建国 -o w.csv
      $LIAISON import households "\(input)" --skip-invalid --rejected rej.csv
      $LIAISON backup --to made/backups
      true
      """, in: sandbox.root)
    #expect(result.status == 0, "\(result.stderr)")
    for file in [
      "r.html", "h.csv", "h2.csv", "v.jsonl", "all/csv/households.csv", "w.csv", "rej.csv",
    ] {
      #expect(FileKindProbe.mode(root + "/" + file) == 0o600, "\(file): \(result.stderr)")
    }
    for folder in ["all", "all/csv", "made", "made/backups"] {
      #expect(FileKindProbe.mode(root + "/" + folder) == 0o700, "\(folder)")
    }
  }

  @Test func backupGoesOutsideTheFolderOrIntoItsOwnBackups() throws {
    let (sandbox, _) = try Self.township()
    let inside = sandbox.run("backup", "--to", sandbox.data + "/visits")
    #expect(inside.status == 73 && inside.stderr.contains("inside the data folder"))
    let own = sandbox.run("backup", "--to", sandbox.data + "/backups/monthly")
    #expect(own.status == 0)
    let file = sandbox.root.appendingPathComponent("a-file").path
    try "x".write(toFile: file, atomically: false, encoding: .utf8)
    let onAFile = sandbox.run("backup", "--to", file)
    #expect(
      onAFile.status == 73 && onAFile.stderr.contains("it is a file, and --to takes a folder"))
    #expect(!onAFile.stderr.contains("Permission denied"))
  }

  @Test func unclearSettingsGetClearMessages() throws {
    let (sandbox, _) = try Self.township()
    sandbox.environment["LIAISON_LOCK_TIMEOUT"] = "nan"
    let nan = sandbox.run("member", "list")
    #expect(nan.status == 64 && nan.stderr.contains("LIAISON_LOCK_TIMEOUT is 'nan'"))
    sandbox.environment["LIAISON_LOCK_TIMEOUT"] = "2"
    sandbox.environment["LIAISON_DATA"] = sandbox.data + "/members.json"
    let file = sandbox.run(["member", "list"], data: false)
    #expect(file.status == 66 && file.stderr.contains("is a file, not a folder"))
    #expect(!file.stderr.contains("init --township"))
  }

  /// A day or a count liaison cannot use is refused with the usage line, not ignored: a
  /// report "as of LIAISON_TODAY" would otherwise be of the real date without a word.
  @Test func aTodayOrABackupCountThatCannotBeUsedStopsTheCommand() throws {
    let (sandbox, _) = try Self.township()
    let before = sandbox.snapshot()
    sandbox.environment["LIAISON_TODAY"] = "tomorrow"
    let today = sandbox.run("report", "monthly", "--lang", "en")
    #expect(today.status == 64, "\(today.stderr)")
    #expect(today.stderr.contains("LIAISON_TODAY is 'tomorrow'"))
    #expect(today.stderr.contains("Usage: liaison report monthly"))
    #expect(today.stdout.isEmpty)
    sandbox.environment["LIAISON_TODAY"] = "2026-11-23"
    sandbox.environment["LIAISON_IMPORT_BACKUPS"] = "some"
    let file = sandbox.root.appendingPathComponent("households.csv").path
    try "户主,村\n钱叔,凤林村\n".write(toFile: file, atomically: true, encoding: .utf8)
    let backups = sandbox.run("import", "households", file, "--lang", "zh")
    #expect(backups.status == 64)
    #expect(backups.stderr.contains("LIAISON_IMPORT_BACKUPS 为 'some'"), "\(backups.stderr)")
    #expect(sandbox.snapshot() == before)
    sandbox.environment["LIAISON_IMPORT_BACKUPS"] = "0"
    _ = try sandbox.ok("import", "households", file)
    #expect(!FileManager.default.fileExists(atPath: sandbox.data + "/backups/before-import"))
  }
}

/// `stat` answers for the tests above.
enum FileKindProbe {
  static func mode(_ path: String) -> mode_t {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_mode & 0o777 : 0
  }

  static func isCharacterDevice(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR
  }
}

extension OutputPathTests {
  @Test func initOnAFileSaysItIsAFile() throws {
    let sandbox = try Sandbox()
    let file = sandbox.root.appendingPathComponent("f").path
    try "x".write(toFile: file, atomically: false, encoding: .utf8)
    let result = sandbox.run(["init", "--township", "凤林镇", "--data", file], data: false)
    #expect(result.status == 66 && result.stderr.contains("is a file, not a folder"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
  }
}
