import Foundation
import Testing

@testable import LiaisonCore

/// The monthly report counts links by slot (`LinkTally`) rather than through the links
/// grouped by id that every other reader of `RosterInForce` uses; the two must agree on
/// every roster, hand-edited ones included: ids listed twice, links to households or by
/// members not in force, links ended, several posts for one member.
@Suite struct LinkTallyTests {
  static let day = Day(year: 2026, month: 11, day: 30)!

  /// A roster a clerk might have edited by hand.
  static var edited: Roster {
    let start = Day(year: 2026, month: 1, day: 1)!
    let later = Day(year: 2026, month: 12, day: 15)!
    let gone = Day(year: 2026, month: 6, day: 1)!
    return Roster(
      villages: [Village(id: "C001", name: "凤林村"), Village(id: "C002", name: "清林村")],
      members: [
        Member(id: "M1", name: "王芳", phone: "13800000001", village: "C001"),
        Member(id: "M2", name: "李强", phone: "13800000002", village: "C002"),
        // Listed twice: one slot, as counting by id always did.
        Member(id: "M1", name: "王芳（重复）", phone: "13800000009", village: "C002"),
        Member(id: "M3", name: "张伟", phone: "13800000003", village: "C001", left: gone),
        Member(id: "M4", name: "赵敏", phone: "13800000004", village: "C002"),
      ],
      households: [
        Household(id: "H1", head: "陈一", village: "C001"),
        Household(id: "H2", head: "陈二", village: "C002"),
        // Listed twice with another village: the first entry's village counts.
        Household(id: "H1", head: "陈一（重复）", village: "C002"),
        Household(id: "H3", head: "陈三", village: "C001"),
        Household(id: "H4", head: "陈四", village: "C002", since: later),
      ],
      links: [
        Link(id: "L1", member: "M1", household: "H1", post: .b, type: .area, from: start),
        Link(id: "L2", member: "M1", household: "H1", post: .a, type: .kinship, from: start),
        Link(id: "L3", member: "M1", household: "H2", post: .b, from: start),
        Link(id: "L4", member: "M2", household: "H2", post: .b, type: .service, from: start),
        Link(id: "L5", member: "M3", household: "H3", post: .a, from: start),
        Link(id: "L6", member: "M9", household: "H2", post: .a, from: start),
        Link(id: "L7", member: "M2", household: "H4", post: .a, from: start),
        Link(id: "L8", member: "M4", household: "H3", post: .a, from: start, to: gone),
      ])
  }

  /// The tally, held to the links grouped by id.
  static func expectAgrees(_ inForce: RosterInForce, _ context: String) {
    let tally = LinkTally(inForce)
    let slots = inForce.slots
    for (position, member) in inForce.members.enumerated() {
      let links = inForce.linksByMember[member.id] ?? []
      let post: Post? = links.contains { $0.post == .a } ? .a : links.first?.post
      #expect(tally.post(at: position) == post, "\(context) post of \(member.id)")
      #expect(
        tally.linkedHouseholds(at: position) == inForce.linkedHouseholds(of: member.id),
        "\(context) households of \(member.id)")
    }
    for (position, household) in inForce.households.enumerated() {
      #expect(
        tally.linked[Int(slots.householdSlotAt[position])]
          == (inForce.linksByHousehold[household.id] != nil),
        "\(context) \(household.id) linked")
    }
    #expect(tally.linkedHouseholds == inForce.linksByHousehold.count, "\(context)")
    #expect(
      tally.villages == inForce.links.map { inForce.householdsByID[$0.household]?.village },
      "\(context) villages")
  }

  @Test(arguments: [nil, "C001", "C002"])
  func aHandEditedRosterCountsAsTheLinksByID(village: String?) {
    let inForce = RosterInForce(Self.edited, on: Self.day, village: village)
    Self.expectAgrees(inForce, village ?? "township")
  }

  @Test func theHandEditedRosterCountsWhatAClerkWouldCount() {
    let inForce = RosterInForce(Self.edited, on: Self.day)
    let tally = LinkTally(inForce)
    // M1 holds an A post through its second link to H1; M2 only B (its A link is to a
    // household not yet on the roster); M4's only link has ended.
    #expect(inForce.members.indices.map { tally.post(at: $0) } == [.a, .b, .a, nil])
    #expect(inForce.members.indices.map { tally.linkedHouseholds(at: $0) } == [2, 1, 2, 0])
    // H1 and H2 are linked; H3's only link in force is by a member who has left, which
    // still links it, as the coverage report counts it.
    #expect(tally.linkedHouseholds == 3)
    #expect(tally.villages == ["C001", "C001", "C002", "C002", "C001", "C002"])
  }

  @Test func aGeneratedTownshipCountsAsTheLinksByID() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-link-tally-\(UUID().uuidString)").path
    try SampleFolder.generate(.tiny, seed: 11, at: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let roster = try LiaisonStore(folder: DataFolder(path: path)).reading { try $0.roster() }
    #expect(!roster.links.isEmpty)
    for day in [Self.day, Day(year: 2026, month: 3, day: 1)!] {
      for village in [nil] + roster.villages.prefix(2).map(\.id) {
        Self.expectAgrees(
          RosterInForce(roster, on: day, village: village), "\(day) \(village ?? "")")
      }
    }
  }
}
