import Foundation
import Glibc
import Testing

@testable import LiaisonCore

/// The data folder's promises: private files, refusing what it cannot read instead of
/// overwriting it, torn log lines, newer formats, and the lock.
@Suite struct DataFolderTests {
  let folder = CrashSafetyTests.temporaryFolder()
  let clock = Clock(today: Day(year: 2026, month: 11, day: 23))

  func township() throws -> LiaisonStore { try CrashSafetyTests.makeTownship(in: folder) }

  func mode(_ relative: String) -> mode_t {
    var info = stat()
    stat(folder + "/" + relative, &info)
    return info.st_mode & 0o777
  }

  @Test func newFilesAndFoldersArePrivateAndReplacementKeepsTheMode() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(mode("") == 0o700)
    #expect(mode("visits") == 0o700)
    for name in ["liaison.json", "members.json", "households.json", "links.json", ".lock"] {
      #expect(mode(name) == 0o600, "\(name)")
    }
    chmod(folder + "/members.json", 0o640)
    try store.updateRoster {
      _ = try $0.editMember("张建国", as: .on(clock.today), today: clock.today) {
        $0.branch = "第一支部"
      }
    }
    #expect(mode("members.json") == 0o640)
  }

  @Test func aCorruptRosterFileIsReportedByLineAndFieldAndNeverOverwritten() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/households.json"
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    lines[2] = lines[2].replacingOccurrences(of: "\"head\":\"赵大爷\",", with: "")
    let damaged = lines.joined(separator: "\n")
    try damaged.write(toFile: path, atomically: false, encoding: .utf8)
    let error = #expect(throws: StoreError.self) {
      try store.updateRoster { _ = try $0.addVillage(name: "清湖村", code: nil) }
    }
    #expect(error?.message.en.contains("households.json:3: missing field 'head'") == true)
    #expect(error?.exitStatus == .dataError)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == damaged)
    #expect(
      try String(contentsOfFile: folder + "/villages.json", encoding: .utf8).contains("清湖村")
        == false)
  }

  @Test func invalidJSONNamesTheLine() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/members.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "\"status\":\"full\"", with: "\"status\":\"fulll\"")
      .write(toFile: path, atomically: false, encoding: .utf8)
    let error = #expect(throws: StoreError.self) { try store.reading { try $0.roster() } }
    #expect(error?.message.en.contains("members.json:2: field 'status'") == true)
  }

  @Test func aTornLastLogLineIsSkippedWithAWarningAndCutOffByTheNextAppend() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try record(store)
    let log = folder + "/visits/2026-11.jsonl"
    let handle = try #require(FileHandle(forWritingAtPath: log))
    handle.seekToEndOfFile()
    handle.write(Data("{\"date\":\"2026-11-2".utf8))
    try handle.close()
    let (visits, warnings) = try store.reading { session in
      (try session.visits(in: YearMonth(year: 2026, month: 11)!), session.warnings)
    }
    #expect(visits == [first])
    #expect(
      warnings.count == 1
        && warnings[0].en.contains("2026-11.jsonl:2: skipped an incomplete last line"))
    let second = try record(store)
    let text = try String(contentsOfFile: log, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 2 && text.hasSuffix("\n"))
    #expect(
      try store.reading { try $0.visits(in: YearMonth(year: 2026, month: 11)!) } == [first, second])
  }

  @Test func aWholeLastLineWithoutItsNewlineIsKept() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try record(store)
    let log = folder + "/visits/2026-11.jsonl"
    let text = try String(contentsOfFile: log, encoding: .utf8)
    try String(text.dropLast()).write(toFile: log, atomically: false, encoding: .utf8)
    let second = try record(store)
    #expect(
      try store.reading { try $0.visits(in: YearMonth(year: 2026, month: 11)!) } == [first, second])
  }

  @Test func aBadLineInTheMiddleOfALogStopsReadsAndRewritesButNotAppends() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try record(store)
    let log = folder + "/visits/2026-11.jsonl"
    let text = try String(contentsOfFile: log, encoding: .utf8)
    try ("garbage\n" + text).write(toFile: log, atomically: false, encoding: .utf8)
    let month = YearMonth(year: 2026, month: 11)!
    let error = #expect(throws: StoreError.self) { try store.reading { try $0.visits(in: month) } }
    #expect(error?.message.en.contains("2026-11.jsonl:1: not valid JSON") == true)
    // Appending never reads history, so the clerk can keep recording; the bad line stays
    // for a person to fix.
    _ = try record(store)
    let appended = try String(contentsOfFile: log, encoding: .utf8)
    #expect(appended.hasPrefix("garbage\n" + text))
    // A change that rewrites the log refuses rather than overwrite what it cannot read.
    #expect(throws: StoreError.self) { try store.writing { _ = try $0.removeVisit(first.id) } }
    #expect(try String(contentsOfFile: log, encoding: .utf8) == appended)
  }

  @Test func aFolderFromANewerFormatIsRefusedAndLeftAlone() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let manifest = "{\"format\": 7, \"township\": {\"name\": \"凤林镇\"}, \"newField\": true}\n"
    try manifest.write(toFile: folder + "/liaison.json", atomically: false, encoding: .utf8)
    let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/members.json"))
    let error = #expect(throws: StoreError.self) {
      try store.updateRoster { _ = try $0.addVillage(name: "清湖村", code: nil) }
    }
    #expect(error?.message.en.contains("written by a newer liaison (format 7") == true)
    #expect(try String(contentsOfFile: folder + "/liaison.json", encoding: .utf8) == manifest)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/members.json")) == before)
  }

  @Test func aBusyFolderMakesTheSecondWriterWaitThenGiveUp() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let impatient = LiaisonStore(folder: store.folder, lockTimeout: 0.2)
    let error = try store.writing { _ in
      #expect(throws: StoreError.self) { try impatient.reading { _ in } }
    }
    #expect(error?.exitStatus == .busy)
    #expect(try impatient.reading { try $0.roster().members.count } == 1)
  }

  @Test func aReaderFinishesAChangeAKilledWriterLeft() throws {
    let store = try township()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Stage two files and write the journal, as a writer killed right after its commit
    // point would leave them.
    try "[]\n".write(toFile: folder + "/links.json.tmp-1", atomically: false, encoding: .utf8)
    try "[]\n".write(toFile: folder + "/households.json.tmp-1", atomically: false, encoding: .utf8)
    let journal = IntentJournal(renames: [
      .init(from: "households.json.tmp-1", to: "households.json"),
      .init(from: "links.json.tmp-1", to: "links.json"),
    ])
    try journal.encoded().write(to: URL(fileURLWithPath: folder + "/.journal.json"))
    let roster = try store.reading { try $0.roster() }
    #expect(roster.households.isEmpty && roster.links.isEmpty && roster.members.count == 1)
    #expect(!FileManager.default.fileExists(atPath: folder + "/.journal.json"))
  }

  private func record(_ store: LiaisonStore) throws -> Visit {
    try store.writing { session in
      try session.recordVisit(
        Visit(
          id: "", member: "M0001", household: "H00001", date: clock.today, recordedAt: "",
          recordedBy: ""),
        clock: clock, clerk: "tester", again: true
      ).0
    }
  }
}
