import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The roster snapshot (`.index/households.bin` and the rest) is as disposable as the visit
/// index beside it: every reader of the roster and the needs prints the same with it built,
/// used, deleted or damaged, and after the roster files change behind liaison's back.
/// (`IndexIdentityTests` holds every reader to the same with all of `.index` built, deleted
/// and cut to half; `RecordSnapshotTests` holds the records to their files.)
@Suite struct RosterSnapshotIdentityTests {
  static func rosterReaders(_ p: IndexedPlace) -> [Reader] {
    [
      Reader("report", "monthly", "--month", p.month, "--format", "json"),
      Reader("report", "coverage", "--village", p.village, "--format", "csv"),
      Reader("score", "show", "--period", p.month, "--format", "json"),
      Reader("member", "list", "--format", "json"),
      Reader("member", "show", p.member),
      Reader("household", "list", "--format", "csv"),
      Reader("household", "show", p.household, "--format", "json"),
      Reader("link", "list", "--format", "json"),
      Reader("grid", "list"),
      Reader("village", "list", "--format", "json"),
      Reader("need", "list", "--all", "--format", "json"),
      Reader("need", "figures", "--period", "2026"),
      Reader("export", "all", output: "out/all.json"),
      Reader("check"),
    ]
  }

  @Test(arguments: [IndexedPlace.demo, .generated])
  func everyDamageOfTheSnapshotReadsAsWithoutIt(place: IndexedPlace) throws {
    let sandbox = try place.sandbox()
    let readers = Self.rosterReaders(place)
    try IndexFolder.remove(sandbox)
    let reference = IndexIdentity.read(sandbox, readers)
    IndexIdentity.expectSucceeded(reference)
    let snapshots = RecordSnapshots.files(sandbox)
    #expect(snapshots.count == 6, "the roster files and needs.json each leave a snapshot")
    IndexIdentity.expectSame(reference, IndexIdentity.read(sandbox, readers), "snapshot used")
    for damage in IndexDamage.allCases {
      try IndexFolder.damage(sandbox, damage)
      IndexIdentity.expectSame(
        reference, IndexIdentity.read(sandbox, readers), "with every file of .index \(damage)")
      #expect(RecordSnapshots.files(sandbox) == snapshots, "\(damage): not stored again")
    }
    try IndexFolder.remove(sandbox)
    try FileManager.default.createDirectory(
      atPath: IndexFolder.path(sandbox), withIntermediateDirectories: true)
    for (number, name) in RecordSnapshots.names.enumerated() {
      try IndexFolder.garbage(count: 4_096, seed: UInt64(200 + number))
        .write(to: URL(fileURLWithPath: IndexFolder.path(sandbox) + "/" + name))
    }
    IndexIdentity.expectSame(
      reference, IndexIdentity.read(sandbox, readers),
      "with garbage planted where the snapshot would be")
  }

  @Test(arguments: RosterHandEdit.allCases)
  func aRosterFileChangedByHandReadsAsWithoutTheSnapshot(edit: RosterHandEdit) throws {
    let place = IndexedPlace.demo
    let sandbox = try place.sandbox()
    let readers = Self.rosterReaders(place)
    let original = IndexIdentity.read(sandbox, readers)
    IndexIdentity.expectSucceeded(original)
    #expect(RecordSnapshots.files(sandbox).count == 6)
    try edit.apply(in: sandbox.data)
    // `check` may find what the edit broke (a need whose household is gone): the same, though.
    let changed = try IndexIdentity.compare(
      sandbox, readers, "after \(edit)", allowFailing: ["liaison check"])
    let differs = zip(original, changed).contains { $0 != $1 }
    #expect(differs, "\(edit) changed nothing a reader shows: the test proves nothing")
  }

  /// A change by liaison takes the old snapshot away before the file is replaced, and the
  /// next reader stores the new one.
  @Test func aChangeByLiaisonIsReadAtOnce() throws {
    let place = IndexedPlace.demo
    let sandbox = try place.sandbox()
    let readers = Self.rosterReaders(place)
    _ = IndexIdentity.read(sandbox, readers)
    _ = try sandbox.ok("household", "add", "--head", "钱大伯", "--village", place.village)
    #expect(!RecordSnapshots.files(sandbox).contains("households.bin"))
    let changed = try IndexIdentity.compare(sandbox, readers, "after household add")
    #expect(IndexIdentity.output(of: "household list", in: changed).contains("钱大伯"))
    #expect(RecordSnapshots.files(sandbox).contains("households.bin"))
  }
}

/// The snapshot's files in a sandbox.
enum RecordSnapshots {
  static let names = [
    "villages.bin", "grids.bin", "members.bin", "households.bin", "links.bin", "needs.bin",
  ]

  static func files(_ sandbox: Sandbox) -> Set<String> {
    Set(
      IndexFolder.files(sandbox).map { URL(fileURLWithPath: $0).lastPathComponent }
        .filter(names.contains))
  }
}

/// Ways a clerk or a tool changes a roster file behind liaison's back.
enum RosterHandEdit: String, CaseIterable, Sendable, CustomStringConvertible {
  /// A byte of a household head's name changed in place, the file's time put back.
  case headChangedKeepingItsTime
  /// Two links' lines swapped in place: the same bytes, size and time.
  case linksSwappedKeepingTheirTime
  /// A new file without the first need (as an editor saves it).
  case needRemoved

  var description: String { rawValue }

  func apply(in folder: String) throws {
    switch self {
    case .headChangedKeepingItsTime:
      let path = folder + "/households.json"
      try Self.keepingTime(path) {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let head = try #require(bytes.range(of: Data(#""head":""#.utf8)))
        let at = head.upperBound + 2
        try #require(bytes[head.upperBound] >= 0xE0, "the first head is in Chinese")
        bytes[at] ^= 0x01
        try Self.overwrite(path, with: bytes)
      }
    case .linksSwappedKeepingTheirTime:
      let path = folder + "/links.json"
      try Self.keepingTime(path) {
        var lines = try Self.lines(path)
        try #require(lines.count > 4 && lines[1] != lines[2])
        lines.swapAt(1, 2)
        try Self.overwrite(path, with: Data(lines.joined(separator: "\n").utf8))
      }
    case .needRemoved:
      let path = folder + "/needs.json"
      var lines = try Self.lines(path)
      try #require(lines.count > 4)
      lines.remove(at: 1)
      try Data(lines.joined(separator: "\n").utf8).write(
        to: URL(fileURLWithPath: path), options: .atomic)
    }
  }

  private static func lines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  private static func keepingTime(_ path: String, _ change: () throws -> Void) throws {
    var info = stat()
    try #require(stat(path, &info) == 0)
    try change()
    var times = [info.st_atim, info.st_mtim]
    try #require(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  /// Bytes written over a file's own, in place: the same file.
  private static func overwrite(_ path: String, with bytes: Data) throws {
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    try handle.write(contentsOf: bytes)
    try handle.close()
  }
}
