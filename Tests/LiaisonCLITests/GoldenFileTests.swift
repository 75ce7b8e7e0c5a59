import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// Rendered output compared with files under Golden/. To re-record on purpose, run
/// `LIAISON_RECORD_GOLDEN=1 swift test --filter GoldenFileTests` and review the diff.
@Suite struct GoldenFileTests {
  /// A small township with Chinese names of different lengths, mixed-width notes and
  /// missing cells, so misaligned columns would show.
  static func township(language: String) throws -> Sandbox {
    let sandbox = try Sandbox(language: language)
    try sandbox.township()
    _ = try sandbox.ok(
      "member", "add", "--name", "欧阳小明", "--phone", "0570-1234567", "--village", "凤林村",
      "--category", "流动", "--grid", "第二网格", "--since", "2026-01-01")
    _ = try sandbox.ok(
      "household", "edit", "王大妈", "--tag", "空巢老人", "低保户", "--size", "2", "--phone", "13512345678")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "王大妈", "--from", "2026-11-01")
    _ = try sandbox.ok(
      "link", "add", "--member", "欧阳小明", "--household", "王大妈", "--from", "2026-11-01", "--type",
      "服务")
    _ = try sandbox.ok(
      "link", "add", "--member", "张建国", "--household", "赵大爷", "--from", "2026-11-01")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "王大妈", "--date", "2026-11-02", "--opinions",
      "3", "--note", "老人身体好，屋里整洁")
    _ = try sandbox.ok(
      "visit", "add", "--member", "欧阳小明", "--household", "王大妈", "--date", "2026-11-05", "--mode",
      "电话", "--note", "Asked about 医保 renewal")
    _ = try sandbox.ok(
      "visit", "add", "--member", "张建国", "--household", "赵大爷", "--date", "2026-11-20", "--mode",
      "代联系", "--opinions", "12", "--need", "化肥补贴怎么申请", "--need-urgency", "黄")
    _ = try sandbox.ok(
      "need", "add", "--household", "王大妈", "--text", "屋后水沟堵了，下雨就漫进院子", "--urgency", "红",
      "--scale", "中事", "--handler", "王主任", "--date", "2026-11-17")
    _ = try sandbox.ok(
      "need", "add", "--household", "孙阿姨", "--text", "Wheelchair 轮椅", "--urgency", "橙",
      "--support", "志愿帮扶", "--handler", "欧阳小明", "--date", "2026-11-23")
    _ = try sandbox.ok("need", "start", "N00002", "--date", "2026-11-18", "--note", "已联系施工队")
    _ = try sandbox.ok(
      "need", "close", "N00001", "--resolution", "讲解了申请流程", "--satisfaction", "满意", "--date",
      "2026-11-21")
    _ = try sandbox.ok(
      "activity", "add", "--member", "张建国", "--date", "2026-11-05", "--kind", "政策宣传", "--note",
      "宣讲医保新政")
    _ = try sandbox.ok(
      "activity", "add", "--member", "欧阳小明", "--date", "2026-11-08", "--kind", "护河")
    _ = try sandbox.ok("commitment", "add", "--member", "张建国", "--text", "帮王大妈疏通水沟")
    _ = try sandbox.ok("commitment", "fulfil", "P00001", "--date", "2026-11-21")
    _ = try sandbox.ok(
      "appraisal", "set", "--member", "欧阳小明", "--rating", "较好", "--half", "上半年")
    _ = try sandbox.ok(
      "score", "adjust", "--member", "张建国", "--date", "2026-11-12", "--item", "study", "--points",
      "+1.5", "--reason", "参加主题党日")
    return sandbox
  }

  @Test(arguments: [
    ("zh", ["member", "list"], "member-list.zh.txt"),
    ("zh", ["household", "list"], "household-list.zh.txt"),
    ("zh", ["visit", "list", "--month", "2026-11"], "visit-list.zh.txt"),
    ("zh", ["link", "list"], "link-list.zh.txt"),
    ("en", ["visit", "list", "--month", "2026-11"], "visit-list.en.txt"),
    ("zh", ["member", "show", "欧阳小明"], "member-show.zh.txt"),
    ("en", ["household", "list", "--format", "csv"], "household-list.en.csv"),
    ("zh", ["need", "list", "--all"], "need-list.zh.txt"),
    ("en", ["need", "list"], "need-list.en.txt"),
    ("zh", ["need", "show", "N00002"], "need-show.zh.txt"),
    ("zh", ["need", "week", "--week", "2026-W47"], "need-week.zh.txt"),
    ("en", ["need", "week", "--week", "2026-W47"], "need-week.en.txt"),
    ("zh", ["need", "figures", "--period", "2026-11"], "need-figures.zh.txt"),
    ("zh", ["activity", "list"], "activity-list.zh.txt"),
    ("zh", ["score", "show", "--period", "2026-11"], "score-show.zh.txt"),
    ("en", ["score", "explain", "张建国", "--period", "2026-11"], "score-explain.en.txt"),
    ("zh", ["score", "explain", "张建国", "--period", "2026"], "score-explain.zh.txt"),
    ("zh", ["score", "lists", "--year", "2026"], "score-lists.zh.txt"),
  ])
  func tablesMatchTheirGoldenFiles(language: String, arguments: [String], golden: String) throws {
    let sandbox = try Self.township(language: language)
    let result = sandbox.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    try GoldenFile.compare(result.stdout, golden: golden)
    if !golden.hasSuffix(".csv") { GoldenFile.expectTablesLineUp(result.stdout) }
  }

  @Test(arguments: [
    ("zh", ["visit", "add", "--help"], "help-visit-add.zh.txt"),
    ("en", ["help", "visit", "add"], "help-visit-add.en.txt"),
    ("en", ["--help"], "help-root.en.txt"),
    ("zh", ["member", "-h"], "help-member.zh.txt"),
    ("zh", ["score", "-h"], "help-score.zh.txt"),
  ])
  func helpMatchesItsGoldenFile(language: String, arguments: [String], golden: String) throws {
    let sandbox = try Sandbox(language: language)
    let result = sandbox.run(arguments, data: false)
    #expect(result.status == 0)
    try GoldenFile.compare(result.stdout, golden: golden)
    for line in result.stdout.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "too wide: \(line)")
    }
  }

}
