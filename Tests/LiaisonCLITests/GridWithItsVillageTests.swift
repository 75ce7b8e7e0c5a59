import Foundation
import LiaisonTestSupport
import Testing

/// Every village has its 第一网格: wherever a grid is named, `--village` (or `村/网格`)
/// says which (issue #19, point 2).
@Suite struct GridWithItsVillageTests {
  /// The sample township, and 清湖村 with a 第一网格 of its own and a member in it.
  static func township() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.township()
    let since = Sandbox.rosterSince
    _ = try sandbox.ok("village", "add", "--name", "清湖村", "--since", since)
    _ = try sandbox.ok("grid", "add", "--village", "清湖村", "--name", "第一网格", "--since", since)
    _ = try sandbox.ok(
      "member", "add", "--name", "王五", "--phone", "13700137000", "--village", "清湖村", "--grid",
      "清湖村/第一网格", "--since", since)
    return sandbox
  }

  @Test func theNameAloneIsAmbiguousAndTheVillageSettlesIt() throws {
    let sandbox = try Self.township()
    let ambiguous = sandbox.run("grid", "show", "第一网格")
    #expect(ambiguous.status == 64)
    #expect(ambiguous.stderr.contains("G001") && ambiguous.stderr.contains("G003"))
    #expect(try sandbox.ok("grid", "show", "第一网格", "--village", "清湖村").contains("G003"))
    #expect(try sandbox.ok("grid", "show", "清湖村/第一网格") == sandbox.ok("grid", "show", "G003"))
  }

  @Test func editAndRemoveTakeTheVillageToo() throws {
    let sandbox = try Self.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--village", "清湖村", "--code", "QH-01")
    #expect(try sandbox.ok("grid", "show", "G003").contains("QH-01"))
    #expect(!(try sandbox.ok("grid", "show", "G001")).contains("QH-01"))
    _ = try sandbox.ok("grid", "add", "--village", "清湖村", "--name", "第二网格")
    _ = try sandbox.ok("grid", "remove", "第二网格", "--village", "清湖村")
    #expect(try sandbox.ok("grid", "show", "第二网格").contains("G002"), "凤林村's is kept")
  }

  @Test func listsLookForTheGridInsideTheirVillage() throws {
    let sandbox = try Self.township()
    let members = try sandbox.ok("member", "list", "--village", "清湖村", "--grid", "第一网格")
    #expect(members.contains("王五") && !members.contains("张建国"))
    let households = sandbox.run("household", "list", "--village", "凤林村", "--grid", "第一网格")
    #expect(households.status == 0 && households.stdout.contains("王大妈"))
  }

  @Test func aGridNotFoundSaysHowToNameOne() throws {
    let sandbox = try Self.township()
    let missing = sandbox.run("grid", "show", "第九网格", "--lang", "zh")
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("凤林村/第一网格"), "\(missing.stderr)")
    #expect(!missing.stderr.contains("电话"), "a grid has no phone to be found by")
  }
}
