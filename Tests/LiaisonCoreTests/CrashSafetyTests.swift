import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A command stopped at any step of its writing leaves a folder that loads, holding all of
/// its change or none of it. Each test fails the k-th disk operation for every k the
/// change performs.
@Suite struct CrashSafetyTests {
  /// A folder with a member linked to two households and leading a grid: removing that
  /// member with force changes members.json, links.json and grids.json at once.
  static func makeTownship(in folder: String) throws -> LiaisonStore {
    let clock = Clock(today: Day(year: 2026, month: 11, day: 23))
    let store = try LiaisonStore.create(at: folder, township: "凤林镇", code: nil, clock: clock)
    try store.updateRoster { roster in
      let village = try roster.addVillage(name: "凤林村", code: nil)
      let member = try roster.addMember(
        Member(
          id: "", name: "张建国", phone: "13800138000", village: village.id,
          since: Day(year: 2026, month: 1, day: 1)),
        today: clock.today)
      _ = try roster.addGrid(Grid(id: "", village: village.id, name: "第一网格", leader: member.id))
      for head in ["王大妈", "赵大爷"] {
        let household = try roster.addHousehold(Household(id: "", head: head, village: village.id))
        _ = try roster.addLink(
          member: member.id, household: household.id, post: nil, type: nil,
          from: Day(year: 2026, month: 11, day: 1)!, today: clock.today)
      }
    }
    return store
  }

  static func temporaryFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "liaison-crash-\(UUID().uuidString)"
    ).path
  }

  /// Runs the multi-file change through `fileSystem`, ignoring the failure it may cause.
  static func forceRemove(in folder: String, fileSystem: FileSystem) {
    let store = LiaisonStore(
      folder: DataFolder(path: folder), lockTimeout: 2, fileSystem: fileSystem)
    _ = try? store.updateRoster { try $0.removeMember("张建国", force: true) }
  }

  @Test(arguments: [FaultyFileSystem.Mode.crash, .once])
  func multiFileChangeLandsWholeOrNotAtAll(mode: FaultyFileSystem.Mode) throws {
    // The states before and after, and how many operations a clean run takes.
    let reference = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: reference) }
    let referenceStore = try Self.makeTownship(in: reference)
    let before = try referenceStore.reading { try $0.roster() }
    let counter = FaultyFileSystem(failAt: nil)
    Self.forceRemove(in: reference, fileSystem: counter)
    let after = try referenceStore.reading { try $0.roster() }
    #expect(after.members.isEmpty && after.links.isEmpty && after.grids[0].leader == nil)
    #expect(counter.operations >= 10)

    var sawBefore = 0
    var sawAfter = 0
    for failAt in 1...counter.operations {
      let folder = Self.temporaryFolder()
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let store = try Self.makeTownship(in: folder)
      Self.forceRemove(in: folder, fileSystem: FaultyFileSystem(failAt: failAt, mode: mode))
      // The next command, with a healthy disk, finds the folder loadable and whole.
      let loaded = try store.reading { try $0.roster() }
      #expect(loaded == before || loaded == after, "failing operation \(failAt) left a mixed state")
      if loaded == before { sawBefore += 1 } else { sawAfter += 1 }
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        $0.contains(".tmp-") || $0 == ".journal.json"
      }
      try store.writing { _ in }  // a writer clears whatever a crash left behind
      let afterWriter = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        $0.contains(".tmp-") || $0 == ".journal.json"
      }
      #expect(
        afterWriter.isEmpty, "left behind after recovery: \(afterWriter) (before: \(leftovers))")
    }
    // Early failures lose the change, failures after the journal landed keep it.
    #expect(sawBefore > 0 && sawAfter > 0)
  }

  @Test(arguments: [FaultyFileSystem.Mode.crash, .once])
  func visitAddLandsWholeOrNotAtAll(mode: FaultyFileSystem.Mode) throws {
    let clock = Clock(today: Day(year: 2026, month: 11, day: 23))
    func record(_ store: LiaisonStore) throws -> Visit {
      try store.writing { session in
        try session.recordVisit(
          Visit(
            id: "", member: "张建国", household: "王大妈", date: clock.today, recordedAt: "",
            recordedBy: ""),
          clock: clock, clerk: "tester", again: true
        ).0
      }
    }
    let counterFolder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: counterFolder) }
    _ = try Self.makeTownship(in: counterFolder)
    let counter = FaultyFileSystem(failAt: nil)
    _ = try record(
      LiaisonStore(folder: DataFolder(path: counterFolder), lockTimeout: 2, fileSystem: counter))

    for failAt in 1...counter.operations {
      let folder = Self.temporaryFolder()
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let store = try Self.makeTownship(in: folder)
      _ = try record(store)  // one visit already there
      let faulty = LiaisonStore(
        folder: DataFolder(path: folder), lockTimeout: 2,
        fileSystem: FaultyFileSystem(failAt: failAt, mode: mode))
      let acknowledged = try? record(faulty)
      // A healthy command next: the log loads, the first visit is intact, and a new visit
      // gets an id of its own.
      let next = try record(store)
      let visits = try store.reading { try $0.visits(in: clock.today.yearMonth) }
      #expect(visits.first?.id == "V20261123-0001")
      #expect(
        Set(visits.map(\.id)).count == visits.count,
        "duplicate ids after failing operation \(failAt)")
      #expect(visits.last == next)
      if let acknowledged { #expect(visits.contains(acknowledged)) }
      #expect((2...3).contains(visits.count))
    }
  }
}
