import Testing

@testable import LiaisonCore

@Suite struct RosterImportFieldsTests {
  @Test(arguments: [
    ("members", RosterImportFields.members, ["name", "phone", "village"]),
    ("households", RosterImportFields.households, ["head", "village"]),
    ("villages", RosterImportFields.villages, ["name"]),
    ("grids", RosterImportFields.grids, ["name", "village"]),
    ("links", RosterImportFields.links, ["member", "household"]),
    ("visits", RosterImportFields.visits, ["date", "member", "household"]),
  ])
  func rosterFieldLists(_ kind: String, _ fields: [ImportField], _ required: [String]) {
    #expect(fields.filter(\.isRequired).map(\.name) == required, "\(kind)")
    #expect(Set(fields.map(\.name)).count == fields.count, "\(kind): field names are unique")
    for field in fields {
      #expect(field.aliases.contains(field.name), "\(kind).\(field.name) answers to its name")
    }
    // No header may name two fields of one list: each alias must match alone.
    let matcher = HeaderMatcher(fields: fields)
    let aliases = fields.flatMap(\.aliases)
    for alias in aliases {
      let match = matcher.match([alias])
      #expect(match.columns.count == 1 && match.conflicts.isEmpty, "\(kind): '\(alias)'")
    }
  }

  @Test func everyKindHasItsList() {
    #expect(
      Set(RosterImportFields.byKind.keys) == [
        "member", "household", "village", "grid", "link", "visit",
      ])
    #expect(RosterImportFields.byKind["visit"]?.count == RosterImportFields.visits.count)
  }

  @Test func visitLooksAndAsksMatchTheirColumns() {
    let visits = HeaderMatcher(fields: RosterImportFields.visits)
    let match = visits.match([
      "走访日期", "走访党员", "走访农户", "走访方式", "看厨房", "看卧室", "看厕所", "看房前屋后", "看田间地头",
      "问家庭情况", "问经济收入", "问意见建议", "问困难诉求", "意见建议数", "情况记录",
    ])
    #expect(match.unknown.isEmpty)
    #expect(match.isUsable)
    #expect(match.columns["kitchenLook"] == 4)
    #expect(match.columns["needsAsk"] == 12)
    #expect(match.columns["opinions"] == 13)
    #expect(match.columns["note"] == 14)
  }

  @Test func householdsAndLinksMatchTheirChineseForms() {
    let households = HeaderMatcher(fields: RosterImportFields.households)
      .match(["户主姓名", "联系电话", "所在村", "所在网格", "院落（楼栋）", "家庭住址", "家庭人口", "重点人群", "备注"])
    #expect(households.unknown.isEmpty)
    #expect(households.columns["courtyard"] == 4)
    #expect(households.columns["size"] == 6)
    let links = HeaderMatcher(fields: RosterImportFields.links)
      .match(["党员姓名", "党员电话", "联系农户", "AB岗", "邻里类型", "开始日期"])
    #expect(links.unknown.isEmpty)
    #expect(links.columns.count == 6)
  }

  @Test func fieldLabelShowsTheChineseHeaderFirst() {
    #expect(RosterImportFields.members[1].label == "联系电话 (phone)")
    #expect(ImportField(name: "x", aliases: []).label == "x")
    #expect(ImportField(name: "x", aliases: ["x"]).label == "x")
  }
}
