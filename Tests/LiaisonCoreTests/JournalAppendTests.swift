import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A journal that appends a line (a visit landing with its needs) can be carried out again
/// after a crash at any point without the line ending up twice, half, or not at all.
@Suite struct JournalAppendTests {
  static let log = "visits/2026-11.jsonl"
  static let first = #"{"id":"V20261120-0001"}"#
  static let line = #"{"id":"V20261123-0001","member":"M0001"}"#

  /// A folder whose log holds `existing`, with a journal that appends `line` and replaces
  /// needs.json, as a command killed after writing the journal leaves it.
  static func folder(logHolds existing: String) throws -> (DataFolder, DurableWriter) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-journal-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: path + "/visits", withIntermediateDirectories: true)
    let folder = DataFolder(path: path)
    try Data(existing.utf8).write(to: URL(fileURLWithPath: folder.file(log)))
    try Data("[]\n".utf8).write(to: URL(fileURLWithPath: folder.file("needs.json")))
    try Data("[\n{\"id\":\"N00001\"}\n]\n".utf8).write(
      to: URL(fileURLWithPath: folder.file("needs.json.tmp-1")))
    let journal = IntentJournal(
      renames: [.init(from: "needs.json.tmp-1", to: "needs.json")],
      appends: [.init(log: log, line: line)])
    try journal.encoded().write(to: URL(fileURLWithPath: folder.journal))
    return (folder, DurableWriter(folder: folder, fileSystem: POSIXFileSystem()))
  }

  static func contents(_ folder: DataFolder, _ relative: String) throws -> String {
    try String(contentsOfFile: folder.file(relative), encoding: .utf8)
  }

  @Test(arguments: [
    // The crash came before the append, in the middle of it, after all but the newline,
    // and after all of it (before the journal was removed).
    first + "\n", first + "\n" + String(line.prefix(17)), first + "\n" + line,
    first + "\n" + line + "\n",
  ])
  func finishingTheJournalLeavesTheLineOnceAndWhole(logHolds existing: String) throws {
    let (folder, writer) = try Self.folder(logHolds: existing)
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    try writer.recover()
    #expect(try Self.contents(folder, Self.log) == Self.first + "\n" + Self.line + "\n")
    #expect(try Self.contents(folder, "needs.json").contains("N00001"))
    #expect(!FileManager.default.fileExists(atPath: folder.journal))
    #expect(!FileManager.default.fileExists(atPath: folder.file("needs.json.tmp-1")))
    // Carrying the same journal out once more changes nothing.
    try IntentJournal(renames: [], appends: [.init(log: Self.log, line: Self.line)]).encoded()
      .write(to: URL(fileURLWithPath: folder.journal))
    try writer.recover()
    #expect(try Self.contents(folder, Self.log) == Self.first + "\n" + Self.line + "\n")
  }
}
