import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// Activity photos kept inside the data folder, named by their SHA-256: written with the
/// record, carried by backups, verified by `check`; older outside paths still read.
@Suite struct KeptPhotoTests {
  static func photo(_ sandbox: Sandbox, _ name: String, _ bytes: [UInt8]) throws -> String {
    let path = sandbox.root.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func photos(_ sandbox: Sandbox) throws -> [String] {
    let activities = try JSONDecoder().decode(
      [Activity].self, from: Data(try sandbox.ok("activity", "list", "--format", "json").utf8))
    return activities.flatMap { $0.photos ?? [] }
  }

  @Test func aPhotoIsCopiedInNamedByItsContentAndKeptOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = try Self.photo(sandbox, "宣讲.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--kind", "宣政策", "--photo", path)
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--kind", "护环境", "--photo", path)
    let digest = SHA256.hex(Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]))
    let kept = "photos/\(digest.prefix(2))/\(digest).jpg"
    #expect(try Self.photos(sandbox) == [kept, kept])
    let stored = sandbox.data + "/" + kept
    #expect(
      FileManager.default.contents(atPath: stored) == Data([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]))
    let mode = try FileManager.default.attributesOfItem(atPath: stored)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    // Kept once; the clerk's own file is untouched and may go.
    let shelf = try FileManager.default.contentsOfDirectory(
      atPath: sandbox.data + "/photos/" + digest.prefix(2))
    #expect(shelf == ["\(digest).jpg"])
    try FileManager.default.removeItem(atPath: path)
    #expect(sandbox.run("check").status == 0)
  }

  @Test func checkNamesAMissingOrAlteredPhotoWithItsActivity() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let first = try Self.photo(sandbox, "a.png", [0x89, 0x50, 0x4E, 0x47, 1])
    let second = try Self.photo(sandbox, "b.png", [0x89, 0x50, 0x4E, 0x47, 2])
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--kind", "办实事", "--photo", first)
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--kind", "办实事", "--photo", second)
    let kept = try Self.photos(sandbox)
    try Data([0x89, 0x50, 0x4E, 0x47, 9]).write(
      to: URL(fileURLWithPath: sandbox.data + "/" + kept[0]))
    try FileManager.default.removeItem(atPath: sandbox.data + "/" + kept[1])
    let result = sandbox.run("check")
    let said = result.stdout + result.stderr
    #expect(result.status != 0)
    #expect(said.contains("A00001: photo \(kept[0]) has been altered"), "\(said)")
    #expect(said.contains("A00002: photo \(kept[1]) is missing"), "\(said)")
  }

  @Test func aBackupCarriesThePhotosAndChecksWhole() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = try Self.photo(sandbox, "a.heic", [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70])
    _ = try sandbox.ok("activity", "add", "--member", "张建国", "--kind", "促治理", "--photo", path)
    let kept = try #require(try Self.photos(sandbox).first)
    let backup = try sandbox.ok("backup")
    #expect(
      FileManager.default.contents(atPath: backup + "/" + kept)
        == FileManager.default.contents(atPath: sandbox.data + "/" + kept))
    let checked = sandbox.run("check", "--data", backup, data: false)
    #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
  }

  @Test func aPhotoTooLargeIsRefusedAndNothingIsWritten() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let path = sandbox.root.appendingPathComponent("huge.jpg").path
    try Data(count: KeptPhotos.maxBytes + 1).write(to: URL(fileURLWithPath: path))
    let before = sandbox.snapshot()
    let result = sandbox.run("activity", "add", "--member", "张建国", "--kind", "宣政策", "--photo", path)
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("larger than 20 MB"), "\(result.stderr)")
    #expect(sandbox.snapshot() == before)
    #expect(!FileManager.default.fileExists(atPath: sandbox.data + "/photos"))
  }

  @Test func anOlderRecordsOutsidePathStillReadsAndCheckSaysSo() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try Data(
      (#"[{"date":"2026-11-05","id":"A00001","kind":"policy","member":"M0001","#
        + #""photos":["/home/clerk/宣讲.jpg"]}]"# + "\n").utf8
    ).write(to: URL(fileURLWithPath: sandbox.data + "/activities.json"))
    #expect(try Self.photos(sandbox) == ["/home/clerk/宣讲.jpg"])
    let result = sandbox.run("check")
    #expect(
      (result.stdout + result.stderr).contains(
        "A00001: photo /home/clerk/宣讲.jpg is outside the data folder"),
      "\(result.stdout)\(result.stderr)")
  }

  /// A township with one activity and its kept photo, exported whole.
  static func exported() throws -> (source: Sandbox, file: String, kept: String) {
    let source = try Sandbox()
    try source.township()
    let path = try Self.photo(source, "a.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 7, 7])
    _ = try source.ok("activity", "add", "--member", "张建国", "--kind", "宣政策", "--photo", path)
    let exported = source.run("export", "all")
    #expect(exported.status == 0, "\(exported.stderr)")
    let file = source.root.appendingPathComponent("all.json").path
    try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
    return (source, file, try #require(try Self.photos(source).first))
  }

  @Test func exportAllCarriesThePhotosAndImportAllPutsThemBack() throws {
    let (source, file, kept) = try Self.exported()
    #expect(source.file("../all.json").contains(#""path" : "\#(kept)""#))
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇", "--code", "330881118")
    let imported = target.run("import", "all", file)
    #expect(imported.status == 0, "\(imported.stdout) \(imported.stderr)")
    #expect(
      FileManager.default.contents(atPath: target.data + "/" + kept)
        == Data([0xFF, 0xD8, 0xFF, 0xE0, 7, 7]))
    #expect(target.run("check").status == 0)
    #expect(target.run("export", "all").stdout == source.run("export", "all").stdout)
  }

  @Test func anImportedPhotoWhoseBytesDoNotMatchItsNameIsRefusedWhole() throws {
    let (source, file, _) = try Self.exported()
    defer { withExtendedLifetime(source) {} }
    // Other bytes under the same name: "/9j/4AcH" is FF D8 FF E0 07 07; this is 08 08.
    let text = try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(of: "/9j/4AcH", with: "/9j/4AgI")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let target = try Sandbox()
    _ = try target.ok("init", "--township", "凤林镇", "--code", "330881118")
    let before = target.snapshot()
    let result = target.run("import", "all", file)
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("photos[0]"), "\(result.stderr)")
    #expect(target.snapshot() == before)
  }

  @Test func aHandEditedPhotoPathIsNeverFollowedOutOfTheFolder() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let secret = sandbox.root.appendingPathComponent("secret.jpg").path
    try Data("not for export".utf8).write(to: URL(fileURLWithPath: secret))
    // With photos/ there, photos/../../secret.jpg would resolve to the file outside.
    try FileManager.default.createDirectory(
      atPath: sandbox.data + "/photos", withIntermediateDirectories: false)
    try Data(
      (#"[{"date":"2026-11-05","id":"A00001","kind":"policy","member":"M0001","#
        + #""photos":["photos/../../secret.jpg"]}]"# + "\n").utf8
    ).write(to: URL(fileURLWithPath: sandbox.data + "/activities.json"))
    let result = sandbox.run("check")
    #expect(
      (result.stdout + result.stderr).contains(
        "A00001: photo photos/../../secret.jpg is not where liaison keeps photos"),
      "\(result.stdout)\(result.stderr)")
    let exported = sandbox.run("export", "all")
    // "not for export" in base64: the file outside is never read into the bundle.
    #expect(exported.status == 0 && !exported.stdout.contains("bm90IGZvciBleHBvcnQ"))
    #expect(!exported.stdout.contains(#""data" : "#))
  }
}
