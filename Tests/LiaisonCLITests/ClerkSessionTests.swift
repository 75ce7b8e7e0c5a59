import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A clerk's first afternoon with liaison, from `init` to a forced remove, checking after
/// every step that the folder reloads to exactly what was written.
@Suite struct ClerkSessionTests {
  @Test func aClerksSessionFromInitToRemove() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    try expectReloadsEqual(sandbox)

    // Links: A post by default, B post for the activist.
    let linkA = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    let linkB = try sandbox.ok(
      "link", "add", "--member", "李秀英", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "13800138000", "--household", "赵大爷", "--from", "2026-10-01",
      "--type", "情感邻里")
    try expectReloadsEqual(sandbox)
    let links = try decodeJSON([Link].self, sandbox.ok("link", "list", "--format", "json"))
    #expect(links.map(\.post) == [.a, .b, .a])
    #expect(links[0].id == linkA && links[1].id == linkB)
    #expect(links[2].type == .kinship)

    // Twenty visits across two months, in Chinese and English modes.
    var visitIDs: [String] = []
    for day in 1...20 {
      let date =
        day <= 10
        ? "2026-10-\(String(format: "%02d", day))" : "2026-11-\(String(format: "%02d", day - 10))"
      let mode = day % 2 == 0 ? "电话" : "in-person"
      visitIDs.append(
        try sandbox.ok(
          "visit", "add", "--member", "张建国", "--household", day % 3 == 0 ? "赵大爷" : "王大妈",
          "--date", date, "--mode", mode, "--opinions", String(day % 4), "--look-kitchen", "整洁"))
      try expectReloadsEqual(sandbox)
    }
    #expect(Set(visitIDs).count == 20)
    #expect(visitIDs.first == "V20261001-0001")

    // Lists and shows, as tables and as JSON.
    let october = try decodeJSON(
      [Visit].self, sandbox.ok("visit", "list", "--month", "2026-10", "--format", "json"))
    #expect(october.count == 10)
    #expect(october.allSatisfy { $0.member == "M0001" && $0.recordedBy == "tester" })
    let all = try decodeJSON([Visit].self, sandbox.ok("visit", "list", "--all", "--format", "json"))
    #expect(all.count == 20)
    let table = try sandbox.ok("visit", "list", "--month", "2026-11")
    #expect(table.split(separator: "\n").filter { $0.contains("V2026") }.count == 10)
    let shown = try decodeJSON(
      Visit.self, sandbox.ok("visit", "show", visitIDs[4], "--format", "json"))
    #expect(shown.id == visitIDs[4] && shown.look?.kitchen == "整洁")
    #expect(try sandbox.ok("member", "show", "张建国").contains("13800138000"))
    let member = try decodeJSON(
      Member.self, sandbox.ok("member", "show", "M0001", "--format", "json"))
    #expect(member.name == "张建国" && member.grid == "G001")

    // Edits.
    _ = try sandbox.ok(
      "member", "edit", "张建国", "--phone", "138-0013-8888", "--duty", "矛盾调解员", "政策宣传员")
    _ = try sandbox.ok("household", "edit", "王大妈", "--size", "3", "--tag", "空巢老人")
    _ = try sandbox.ok("visit", "edit", visitIDs[0], "--date", "2026-11-15", "--note", "改期")
    try expectReloadsEqual(sandbox)
    let edited = try decodeJSON(
      Member.self, sandbox.ok("member", "show", "M0001", "--format", "json"))
    #expect(edited.phone == "13800138888" && edited.duties == [.disputeMediator, .policyPublicist])
    let moved = try decodeJSON(
      Visit.self, sandbox.ok("visit", "show", visitIDs[0], "--format", "json"))
    #expect(moved.date == Day(year: 2026, month: 11, day: 15) && moved.note == "改期")
    #expect(
      try decodeJSON(
        [Visit].self, sandbox.ok("visit", "list", "--month", "2026-10", "--format", "json")
      ).count == 9)

    // A refused remove writes nothing; a forced one says what it detached.
    let plainRemove = sandbox.run("household", "remove", "孙阿姨")
    #expect(plainRemove.status == 0 && plainRemove.stderr.contains("Removed household 孙阿姨"))
    let before = sandbox.snapshot()
    _ = try sandbox.ok(
      "link", "add", "--member", "李秀英", "--household", "赵大爷", "--from", "2026-11-01")
    let afterLink = sandbox.snapshot()
    #expect(afterLink != before)
    let inUse = sandbox.run("member", "remove", "李秀英")
    #expect(inUse.status == 65)
    #expect(inUse.stderr.contains("2 links") && inUse.stderr.contains("--force"))
    #expect(sandbox.snapshot() == afterLink)
    let forced = sandbox.run("member", "remove", "李秀英", "--force")
    #expect(forced.status == 0)
    #expect(forced.stderr.contains("detached 2 links"))
    try expectReloadsEqual(sandbox)
    #expect(
      try decodeJSON([Link].self, sandbox.ok("link", "list", "--all", "--format", "json")).count
        == 2)
  }

  /// Loads the folder through a fresh store and writes every file back through the codecs:
  /// the bytes must come out the same, so nothing is lost or reordered on a round trip.
  private func expectReloadsEqual(
    _ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let store = LiaisonStore(folder: DataFolder(path: sandbox.data))
    try store.reading { session in
      let roster = try session.roster()
      let files: [(String, Data)] = [
        ("villages.json", try RecordCodec.rosterFile(roster.villages)),
        ("grids.json", try RecordCodec.rosterFile(roster.grids)),
        ("members.json", try RecordCodec.rosterFile(roster.members)),
        ("households.json", try RecordCodec.rosterFile(roster.households)),
        ("links.json", try RecordCodec.rosterFile(roster.links)),
      ]
      for (name, encoded) in files {
        #expect(encoded == Data(sandbox.file(name).utf8), "\(name)", sourceLocation: sourceLocation)
      }
      for month in try session.visitMonths() {
        let visits = try session.visits(in: month)
        #expect(
          try session.visitLog.encodeLog(visits)
            == Data(sandbox.file("visits/\(month).jsonl").utf8), sourceLocation: sourceLocation)
      }
      #expect(session.warnings.isEmpty, sourceLocation: sourceLocation)
    }
  }
}

func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
  try JSONDecoder().decode(T.self, from: Data(text.utf8))
}
