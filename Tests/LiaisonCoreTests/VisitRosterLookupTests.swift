import Foundation
import Testing

@testable import LiaisonCore

/// `visit add` finds its member, household and links in the roster files' bytes instead of
/// loading the whole roster. Whatever it answers must be what the whole roster answers;
/// where it cannot be sure it must say so (nil), never guess.
@Suite struct VisitRosterLookupTests {
  /// A generated township's roster written as the store writes it, in a fresh folder.
  static func folder(_ roster: Roster) throws -> DataFolder {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-lookup-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files: [(String, Data)] = [
      (RosterFiles.villages, try RecordCodec.rosterFile(roster.villages)),
      (RosterFiles.grids, try RecordCodec.rosterFile(roster.grids)),
      (RosterFiles.members, try RecordCodec.rosterFile(roster.members)),
      (RosterFiles.households, try RecordCodec.rosterFile(roster.households)),
      (RosterFiles.links, try RecordCodec.rosterFile(roster.links)),
    ]
    for (name, data) in files { try data.write(to: URL(fileURLWithPath: path + "/" + name)) }
    return DataFolder(path: path)
  }

  static let roster = SampleRoster(scale: .tiny, seed: 7).roster

  /// What the whole roster answers for one pair of references, as the lookup shapes it.
  static func expected(_ roster: Roster, member: String, household: String) -> Roster? {
    guard let found = try? roster.member(member), let home = try? roster.household(household)
    else { return nil }
    return Roster(
      members: [found], households: [home], links: roster.links.filter { $0.member == found.id })
  }

  @Test func everyIdIsFoundWithTheMembersLinks() throws {
    let folder = try Self.folder(Self.roster)
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    let lookup = VisitRosterLookup(folder: folder)
    for (member, household) in zip(Self.roster.members, Self.roster.households) {
      let found = try lookup.roster(member: member.id, household: household.id)
      #expect(found == Self.expected(Self.roster, member: member.id, household: household.id))
      #expect(found != nil, "\(member.id) \(household.id) fell back to the whole roster")
    }
    let lower = try lookup.roster(
      member: " " + Self.roster.members[0].id.lowercased(),
      household: Self.roster.households.last!.id.lowercased())
    #expect(lower?.members.first?.id == Self.roster.members[0].id)
    #expect(lower?.households.first?.id == Self.roster.households.last!.id)
  }

  /// Names and phones: a sure answer only for exactly one match; several or none fall back
  /// to the whole roster, which names the candidates or the near misses.
  @Test func namesAndPhonesAnswerOnlyWhenThereIsExactlyOne() throws {
    let folder = try Self.folder(Self.roster)
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    let lookup = VisitRosterLookup(folder: folder)
    let home = Self.roster.households[0].id
    var sure = 0
    for member in Self.roster.members {
      for reference in [member.name, member.phone, "不存在的人", member.name + "x"] {
        let found = try lookup.roster(member: reference, household: home)
        let whole = Self.expected(Self.roster, member: reference, household: home)
        if let found {
          sure += 1
          #expect(found == whole, "\(reference)")
        } else {
          let matches = Self.roster.members.filter { $0.name == reference || $0.phone == reference }
          #expect(matches.count != 1, "\(reference) has one match but was not answered")
        }
      }
    }
    #expect(sure >= Self.roster.members.count)
    for household in Self.roster.households.prefix(200) {
      let found = try lookup.roster(member: Self.roster.members[0].id, household: household.head)
      #expect(
        found == nil
          || found
            == Self.expected(
              Self.roster, member: Self.roster.members[0].id, household: household.head)
      )
    }
  }

  @Test func aFileLaidOutByHandOrDamagedOnTheWayFallsBack() throws {
    let folder = try Self.folder(Self.roster)
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    let lookup = VisitRosterLookup(folder: folder)
    let member = Self.roster.members[Self.roster.members.count / 2]
    let household = Self.roster.households[0].id
    #expect(try lookup.roster(member: member.id, household: household) != nil)

    // Pretty-printed by a text editor: not the layout written, so not answered here.
    let pretty = try JSONSerialization.data(
      withJSONObject: try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: folder.file(RosterFiles.members)))),
      options: [.prettyPrinted])
    try pretty.write(to: URL(fileURLWithPath: folder.file(RosterFiles.members)))
    #expect(try lookup.roster(member: member.id, household: household) == nil)

    // The member's own line made unreadable: a search that reaches it cannot answer.
    var lines = String(decoding: try RecordCodec.rosterFile(Self.roster.members), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let damaged = try #require(lines.firstIndex { $0.contains("\"id\":\"\(member.id)\"") })
    lines[damaged] = "{\"id\":" + lines[damaged].dropFirst(6)
    try lines.joined(separator: "\n").write(
      toFile: folder.file(RosterFiles.members), atomically: false, encoding: .utf8)
    #expect(try lookup.roster(member: member.id, household: household) == nil)

    // A links file cut short (no closing bracket): not answered either.
    let links = try Data(contentsOf: URL(fileURLWithPath: folder.file(RosterFiles.links)))
    try RecordCodec.rosterFile(Self.roster.members).write(
      to: URL(fileURLWithPath: folder.file(RosterFiles.members)))
    try links.dropLast(3).write(to: URL(fileURLWithPath: folder.file(RosterFiles.links)))
    #expect(try lookup.roster(member: member.id, household: household) == nil)
  }

  @Test func aValueThatWouldBeEscapedIsNotSearchedFor() throws {
    let folder = try Self.folder(Self.roster)
    defer { try? FileManager.default.removeItem(atPath: folder.path) }
    let lookup = VisitRosterLookup(folder: folder)
    #expect(try lookup.roster(member: "张\"三", household: Self.roster.households[0].id) == nil)
    #expect(try lookup.roster(member: "张\\三", household: Self.roster.households[0].id) == nil)
  }
}
