import Foundation
import Testing

@testable import LiaisonCore

/// The visit index is derived and never trusted: what a reader gets through it is what
/// reading the log whole gives, however the log or the index changed in between.
@Suite struct VisitIndexTests {
  let path: String
  let folder: DataFolder
  let month = YearMonth(year: 2026, month: 11)!

  init() throws {
    path = NSTemporaryDirectory() + "liaison-index-\(UUID().uuidString)"
    try SampleFolder.generate(.tiny, seed: 5, at: path)
    folder = DataFolder(path: path)
  }

  var log: String { folder.file(DataFolder.visitLog(month)) }
  var indexFile: String { folder.file(VisitIndexFile.name(month)) }

  /// The month as a reading session reads it (storing the index), with its warnings.
  func read(stores: Bool = true) throws -> (MonthVisits, [Localized]) {
    var warnings: [Localized] = []
    let staged = StagedIndexes()
    let visits = try VisitIndex(folder: folder, staged: stores ? staged : nil).month(month) {
      warnings.append($0)
    }
    staged.commit()
    return (visits, warnings)
  }

  /// The month read from the log alone, the index out of the way and left as it was.
  func readWhole() throws -> (MonthVisits, [Localized]) {
    let aside = indexFile + ".aside"
    let had = FileManager.default.fileExists(atPath: indexFile)
    if had { try FileManager.default.moveItem(atPath: indexFile, toPath: aside) }
    defer { if had { try? FileManager.default.moveItem(atPath: aside, toPath: indexFile) } }
    return try read(stores: false)
  }

  /// The visits as readers use them: every field of each, in order.
  func fields(_ visits: MonthVisits) -> [String] {
    visits.visits.indices.map { position in
      let visit = visits.visits[position]
      return [
        visits.id(at: position), visits.member(visit), visits.household(visit),
        visits.day(visit).description, visits.opinions(visit).map(String.init) ?? "-",
        String(visit.offset),
      ].joined(separator: " ")
    }
  }

  func append(_ text: String) throws {
    let handle = try #require(FileHandle(forWritingAtPath: log))
    handle.seekToEndOfFile()
    handle.write(Data(text.utf8))
    try handle.close()
  }

  static let line =
    #"{"date":"2026-11-30","household":"H00001","id":"V20261130-0901","member":"M0001","mode":"phone","opinions":3,"recordedAt":"x","recordedBy":"y"}"#

  @Test func aReadStoresTheIndexAndTheNextReadTakesItWhole() throws {
    let (first, _) = try read()
    #expect(FileManager.default.fileExists(atPath: indexFile))
    let source = try #require(LogSource(log))
    let stored = try #require(VisitIndexFile.load(month, in: folder, for: source))
    #expect(stored == first.coveredPart)
    #expect(stored.covered.offset == Int(source.size))
    #expect(first.count > 100)
    let (second, _) = try read()
    #expect(fields(second) == fields(first))
    let ignore = try String(contentsOfFile: folder.file(".index/.gitignore"), encoding: .utf8)
    #expect(ignore.contains("\n*\n"))
  }

  @Test func appendedLinesAreReadAfterTheIndexAndThenStored() throws {
    let (before, _) = try read()
    try append(Self.line + "\n")
    let (after, warnings) = try read()
    #expect(warnings.isEmpty)
    #expect(after.count == before.count + 1)
    #expect(fields(after) == fields(try readWhole().0))
    #expect(fields(after).last?.hasPrefix("V20261130-0901 M0001 H00001 2026-11-30 3") == true)
    let source = try #require(LogSource(log))
    #expect(VisitIndexFile.load(month, in: folder, for: source)?.covered.offset == Int(source.size))
  }

  @Test func aTornLastLineIsReadEachTimeAndNeverStored() throws {
    _ = try read()
    let size = try #require(LogSource(log)).size
    try append(String(Self.line.prefix(60)))
    let (torn, warnings) = try read()
    let (whole, wholeWarnings) = try readWhole()
    #expect(fields(torn) == fields(whole))
    #expect(warnings == wholeWarnings)
    #expect(warnings.count == 1)
    #expect(warnings.first?.en.contains("incomplete last line") == true)
    let source = try #require(LogSource(log))
    #expect(VisitIndexFile.load(month, in: folder, for: source)?.covered.offset == Int(size))
    // A whole line without its newline is a visit, but not stored until it has one.
    try FileManager.default.removeItem(atPath: indexFile)
    try Data(contentsOf: URL(fileURLWithPath: log)).prefix(Int(size)).write(
      to: URL(fileURLWithPath: log))
    try append(Self.line)
    let (unfinished, _) = try read()
    #expect(unfinished.count == whole.count + 1)
    #expect(unfinished.coveredPart.count == whole.count)
  }

  @Test(arguments: ["truncated", "flipped", "garbage", "empty", "other layout"])
  func aDamagedIndexIsReadAfresh(damage: String) throws {
    let (first, _) = try read()
    var bytes = try Data(contentsOf: URL(fileURLWithPath: indexFile))
    switch damage {
    case "truncated": bytes = bytes.prefix(bytes.count / 2)
    case "flipped": bytes[bytes.count / 2] ^= 0x40
    case "garbage": bytes = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    case "empty": bytes = Data()
    default: bytes[12] ^= 0x01
    }
    try bytes.write(to: URL(fileURLWithPath: indexFile))
    let source = try #require(LogSource(log))
    #expect(VisitIndexFile.load(month, in: folder, for: source) == nil)
    #expect(fields(try read().0) == fields(first))
    #expect(VisitIndexFile.load(month, in: folder, for: source) != nil)
  }

  /// An index made to pass its own checksum (one brought on a USB stick) but claiming four
  /// billion members is refused before any room is made for them.
  @Test func anIndexWithAValidChecksumAndImpossibleCountsIsRefused() throws {
    _ = try read()
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: indexFile)))
    let countsAt = VisitIndexFile.magic.count + 4 + 7 * 8 + 4
    for index in countsAt..<(countsAt + 4) { bytes[index] = 0xFF }
    let body = bytes.count - 8
    let seal = bytes.withUnsafeBytes { IndexSeal.of(UnsafeRawBufferPointer(rebasing: $0[..<body])) }
    withUnsafeBytes(of: seal.littleEndian) { bytes.replaceSubrange(body..., with: $0) }
    #expect(VisitIndexFile.decode(Data(bytes)) == nil)
  }

  @Test func aLogChangedInPlaceIsReadAfresh() throws {
    _ = try read()
    // A hand edit of the same size: one opinion count changed in the middle of the log.
    let text = try String(contentsOfFile: log, encoding: .utf8)
    let range = try #require(
      text.range(
        of: #""opinions":1"#,
        range: text.index(text.startIndex, offsetBy: text.utf8.count / 2)..<text.endIndex))
    let at = text.utf8.distance(from: text.startIndex, to: range.upperBound) - 1
    let handle = try #require(FileHandle(forUpdatingAtPath: log))
    try handle.seek(toOffset: UInt64(at))
    handle.write(Data([UInt8(ascii: "7")]))
    try handle.close()
    let source = try #require(LogSource(log))
    #expect(VisitIndexFile.load(month, in: folder, for: source) == nil)
    #expect(fields(try read().0) == fields(try readWhole().0))
  }

  @Test func aLogReplacedByLiaisonLosesItsIndexFirst() throws {
    _ = try read()
    #expect(FileManager.default.fileExists(atPath: indexFile))
    let writer = DurableWriter(folder: folder, fileSystem: POSIXFileSystem())
    let shorter =
      try Data(contentsOf: URL(fileURLWithPath: log)).prefix(while: { $0 != 10 }) + Data([10])
    try writer.replace(DataFolder.visitLog(month), with: shorter)
    #expect(!FileManager.default.fileExists(atPath: indexFile))
    #expect(try read().0.count == 1)
  }

  @Test func aBadLineAfterTheIndexStopsTheReadWithItsLineNumber() throws {
    let (first, _) = try read()
    try append("{not a visit}\n" + Self.line + "\n")
    let lines = first.covered.lineNumber
    #expect {
      _ = try read()
    } throws: { error in
      guard case StoreError.unreadable(_, let line?, _) = error else { return false }
      return line == lines
    }
  }

  @Test func anIndexFolderThatIsNotAFolderOfItsOwnIsLeftAlone() throws {
    let outside = NSTemporaryDirectory() + "liaison-outside-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file(IndexFolder.name), withDestinationPath: outside)
    let (visits, _) = try read()
    #expect(visits.count > 100)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    try FileManager.default.removeItem(atPath: folder.file(IndexFolder.name))
    try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file(IndexFolder.name)))
    #expect(fields(try read().0) == fields(visits))
  }

  @Test func aRefusedCommandStoresNoIndex() throws {
    struct Refused: Error {}
    #expect(throws: Refused.self) {
      try LiaisonStore(folder: folder).reading { session in
        _ = try session.countedVisits(in: [month])
        throw Refused()
      }
    }
    // Not even the index folder it made stays behind.
    #expect(FileKind.at(folder.file(IndexFolder.name)) == .missing)
    _ = try LiaisonStore(folder: folder).reading { try $0.countedVisits(in: [month]) }
    #expect(FileManager.default.fileExists(atPath: indexFile))
  }

  @Test func oddIDsAndOpinionsComeBackAsWritten() throws {
    try append(
      #"{"date":"2026-11-30","household":"H00002","id":"V20261130-00042","member":"M0002","mode":"phone","recordedAt":"x","recordedBy":"y"}"#
        + "\n"
        + #"{"date":"2026-11-30","household":"H00002","id":"hand-made","member":"M0002","mode":"phone","opinions":999,"note":"a\nb","recordedAt":"x","recordedBy":"y"}"#
        + "\n")
    _ = try read()
    let (indexed, _) = try read()
    let tail = fields(indexed).suffix(2)
    #expect(tail.first?.hasPrefix("V20261130-00042 M0002 H00002 2026-11-30 -") == true)
    #expect(tail.last?.hasPrefix("hand-made M0002 H00002 2026-11-30 999") == true)
    #expect(fields(indexed) == fields(try readWhole().0))
  }
}

/// The index keeps an id as numbers only when they give back its text.
@Suite struct IndexedVisitIDTests {
  @Test(arguments: [
    "V20261101-0001", "V20261101-0000", "V20261231-9999", "V20261101-10000", "V20261101-999999",
    "V10000101-0001", "V20240229-0042",
  ])
  func anIdWrittenAsLiaisonWritesItIsKeptAsNumbers(_ id: String) throws {
    let (day, number) = try #require(MonthVisits.numbers(of: id))
    #expect(Visit.id(on: day, sequence: number) == id)
  }

  @Test(arguments: [
    "V20261101-00001", "V20261101-001", "V20261101-1", "V20261301-0001", "V20230229-0001",
    "v20261101-0001", "V2026110-10001", "V20261101_0001", "V20261101-00a1", "V20261101-0001 ",
    "V09991231-0001", "hand-made", "", "V20261101-1234567", "Ｖ20261101-0001",
  ])
  func anyOtherIdIsKeptAsText(_ id: String) {
    #expect(MonthVisits.numbers(of: id) == nil)
    // And wherever Visit.parseID reads one, it is not liaison's own form.
    if let (day, number) = Visit.parseID(id) { #expect(Visit.id(on: day, sequence: number) != id) }
  }
}
