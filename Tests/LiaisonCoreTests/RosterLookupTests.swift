import Testing

@testable import LiaisonCore

/// Finding records by what a clerk (or a spreadsheet) typed.
@Suite struct RosterLookupTests {
  static var roster: Roster {
    var roster = Roster()
    roster.villages = [Village(id: "C001", name: "凤林村", code: "330881118201")]
    roster.grids = [Grid(id: "G001", village: "C001", name: "第一网格")]
    roster.members = [
      Member(id: "M0001", name: "张建国", phone: "13800138000", village: "C001"),
      Member(id: "M0002", name: "张建国", phone: "13700137000", village: "C001", grid: "G001"),
    ]
    return roster
  }

  @Test func idsIgnoreCaseAndCodesAndPhonesFind() throws {
    #expect(try Self.roster.village("c001").name == "凤林村")
    #expect(try Self.roster.village("330881118201").id == "C001")
    #expect(try Self.roster.member("m0002").phone == "13700137000")
    #expect(try Self.roster.member("137 0013 7000").id == "M0002")
  }

  @Test func ambiguityAndNearMissesAreNamed() {
    #expect(throws: RosterError.self) { try Self.roster.member("张建国") }
    let error = #expect(throws: RosterError.self) { try Self.roster.grid("第一") }
    #expect(error?.message.en.contains("Did you mean") == true)
  }

  /// Ids are found by binary search, since roster arrays are kept in id order; an order
  /// broken by hand, or an id in lower case, must still find what a scan finds.
  @Test func idsAreFoundInOrderedAndDisorderedRosters() {
    let ordered = (1...40).map {
      Grid(id: "G\($0 < 10 ? "00" : "0")\($0)", village: "C001", name: "网格\($0)")
    }
    var disordered = ordered.shuffled()
    disordered.append(Grid(id: "g100", village: "C001", name: "手工"))
    for grids in [ordered, disordered] {
      for wanted in ["G001", "G017", "G040", "G041", "g100", "G100", "g017", "", "网格3"] {
        #expect(grids.record(id: wanted)?.id == grids.first { $0.id == wanted }?.id, "\(wanted)")
        #expect(
          grids.record(sameID: wanted)?.id == grids.first { $0.id.sameID(wanted) }?.id, "\(wanted)")
      }
    }
  }

  /// A NUL in a reference (a damaged import file) once trapped inside Foundation's
  /// `contains` on Linux; the lookup must simply not find it.
  @Test func aReferenceWithANulIsNotFoundRatherThanACrash() {
    #expect(throws: RosterError.self) { try Self.roster.grid("第一网格\u{0}") }
    #expect(throws: RosterError.self) { try Self.roster.member("\u{0}张建国") }
  }
}
