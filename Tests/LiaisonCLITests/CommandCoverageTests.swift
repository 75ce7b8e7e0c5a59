import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// The success paths of every command not walked through in the clerk's session, and the
/// refusals that belong to one command only.
@Suite struct CommandCoverageTests {
  @Test func initRefusesAFolderThatIsAlreadyOne() throws {
    let sandbox = try Sandbox()
    _ = try sandbox.ok("init", "--township", "凤林镇")
    let manifest = sandbox.file("liaison.json")
    let again = sandbox.run("init", "--township", "清湖镇")
    #expect(again.status == 73)
    #expect(again.stderr.contains("is already a liaison data folder; nothing was changed"))
    #expect(sandbox.file("liaison.json") == manifest)
  }

  @Test func villagesShowEditAndRemove() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let id = try sandbox.ok("village", "add", "--name", "清湖村")
    _ = try sandbox.ok("village", "edit", "清湖村", "--name", "清湖社区", "--code", "330881118202")
    let village = try decodeJSON(
      Village.self, sandbox.ok("village", "show", "330881118202", "--format", "json"))
    #expect(
      village
        == Village(
          id: id, name: "清湖社区", code: "330881118202", since: Day(year: 2026, month: 11, day: 23)))
    _ = try sandbox.ok("village", "edit", id, "--code", "")
    #expect(
      try decodeJSON(Village.self, sandbox.ok("village", "show", id, "--format", "json")).code
        == nil)
    let removed = sandbox.run("village", "remove", "清湖社区")
    #expect(removed.status == 0 && removed.stderr.contains("Removed village 清湖社区"))
    #expect(
      try decodeJSON([Village].self, sandbox.ok("village", "list", "--format", "json")).map(\.name)
        == ["凤林村"])
  }

  @Test func gridsWithMicroGridsLeadersAndAForcedRemove() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let micro = try sandbox.ok(
      "grid", "add", "--village", "凤林村", "--name", "一组", "--parent", "第一网格", "--code", "FL-1-1")
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国", "--staff", "李秀英", "张建国")
    let grid = try decodeJSON(Grid.self, sandbox.ok("grid", "show", "G001", "--format", "json"))
    #expect(grid.leader == "M0001" && grid.staff == ["M0002", "M0001"])
    let list = try sandbox.ok("grid", "list", "--village", "凤林村")
    #expect(list.contains("一组") && list.contains("第一网格"))
    // A micro-grid cannot have micro-grids of its own.
    let nested = sandbox.run("grid", "add", "--village", "凤林村", "--name", "一组甲", "--parent", micro)
    #expect(nested.status == 65 && nested.stderr.contains("directly under a grid"))
    let forced = sandbox.run("grid", "remove", "第一网格", "--force")
    #expect(forced.status == 0)
    #expect(forced.stderr.contains("1 micro-grid, 1 member, 2 households"))
    let member = try decodeJSON(
      Member.self, sandbox.ok("member", "show", "张建国", "--format", "json"))
    #expect(member.grid == nil)
    #expect(
      try decodeJSON(Grid.self, sandbox.ok("grid", "show", micro, "--format", "json")).parent == nil
    )
  }

  @Test func aMemberWhoLeavesEndsTheirLinksAndPostsAndVisitsNoMore() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    _ = try sandbox.ok("grid", "edit", "第一网格", "--leader", "张建国")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "赵大爷", "--from", "2026-10-01")
    let left = sandbox.run("member", "leave", "张建国", "--date", "2026-11-10")
    #expect(left.status == 0 && left.stderr.contains("left on 2026-11-10; 2 link(s) ended"))
    let links = try decodeJSON([Link].self, sandbox.ok("link", "list", "--all", "--format", "json"))
    #expect(links.allSatisfy { $0.to == Day(year: 2026, month: 11, day: 10) })
    #expect(try decodeJSON([Link].self, sandbox.ok("link", "list", "--format", "json")).isEmpty)
    #expect(
      try decodeJSON(Grid.self, sandbox.ok("grid", "show", "第一网格", "--format", "json")).leader
        == nil)
    // Visits before the day still count; after it they are refused.
    #expect(
      sandbox.run("visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-09")
        .status == 0)
    let late = sandbox.run(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-10")
    #expect(late.status == 65 && late.stderr.contains("left on 2026-11-10"))
    #expect(sandbox.run("member", "leave", "张建国").status == 65)
    // Lists hide members who left unless asked.
    #expect(try !sandbox.ok("member", "list").contains("张建国"))
    #expect(try sandbox.ok("member", "list", "--all").contains("张建国"))
  }

  @Test func linksShowEndEditAndRemove() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let id = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-10-01", "--type",
      "kinship")
    #expect(try sandbox.ok("link", "show", id).contains("情感邻里") == false)
    #expect(try sandbox.ok("link", "show", id, "--lang", "zh").contains("情感邻里"))
    _ = try sandbox.ok("link", "end", id, "--date", "2026-11-01")
    let ended = sandbox.run("link", "end", id)
    #expect(ended.status == 65 && ended.stderr.contains("already ended on 2026-11-01"))
    // The household may take a new primary liaison from the day the old one ended.
    let next = try sandbox.ok(
      "link", "add", "--member", "13800138000", "--household", "王大妈", "--from", "2026-11-01")
    let overlap = sandbox.run("link", "edit", id, "--to", "")
    #expect(overlap.status == 65 && overlap.stderr.contains("already linked"))
    _ = try sandbox.ok("link", "edit", next, "--post", "B")
    #expect(
      try decodeJSON(Link.self, sandbox.ok("link", "show", next, "--format", "json")).post == .b)
    _ = try sandbox.ok("link", "remove", next)
    #expect(
      try decodeJSON([Link].self, sandbox.ok("link", "list", "--all", "--format", "json")).map(\.id)
        == [id])
  }

  @Test func visitsFilterAndRemove() throws {
    let sandbox = try Sandbox()
    try sandbox.township()
    let first = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "昨天")
    let warned = sandbox.run(
      "visit", "add", "--member", "李秀英", "--household", "孙阿姨", "--date", "2026-11-20")
    #expect(
      warned.status == 0 && warned.stderr.contains("Warning: 李秀英 (M0002) was not linked to 孙阿姨"))
    #expect(first == "V20261122-0001")
    let inGrid = try decodeJSON(
      [Visit].self, sandbox.ok("visit", "list", "--grid", "第二网格", "--format", "json"))
    #expect(inGrid.map(\.household) == ["H00003"])
    let byHousehold = try decodeJSON(
      [Visit].self, sandbox.ok("visit", "list", "--household", "王大妈", "--format", "json"))
    #expect(byHousehold.map(\.id) == [first])
    #expect(
      try decodeJSON(
        [Visit].self, sandbox.ok("visit", "list", "--month", "2026-10", "--format", "json")
      ).isEmpty)
    _ = try sandbox.ok("visit", "remove", first)
    #expect(sandbox.run("visit", "show", first).status == 64)
    // Numbers are not reused after a removal.
    #expect(
      try sandbox.ok(
        "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-22")
        == "V20261122-0002")
  }

  @Test func householdsShowAndListUnlinked() throws {
    let sandbox = try Sandbox(language: "zh")
    try sandbox.township()
    _ = try sandbox.ok("link", "add", "--member", "张建国", "--household", "王大妈")
    let unlinked = try sandbox.ok("household", "list", "--unlinked", "--format", "csv")
    #expect(unlinked.contains("赵大爷") && unlinked.contains("孙阿姨") && !unlinked.contains("王大妈"))
    let shown = try sandbox.ok("household", "show", "王大妈")
    #expect(shown.contains("联系党员") && shown.contains("张建国(A)"))
  }

  @Test func completionScriptsForEveryShell() throws {
    let sandbox = try Sandbox()
    for shell in ["bash", "zsh", "fish"] {
      let script = sandbox.run(["completion", shell], data: false)
      #expect(script.status == 0 && script.stdout.contains("visit"), "\(shell)")
    }
    let unknown = sandbox.run(["completion", "powershell"], data: false)
    #expect(unknown.status == 64 && unknown.stderr.contains("bash, zsh or fish"))
  }
}
