import Testing

@testable import LiaisonCore

@Suite struct HeaderMatcherTests {
  let members = HeaderMatcher(fields: RosterImportFields.members)

  @Test(arguments: [
    ("联系电话", "联系电话"),
    (" 联系 电话 ", "联系电话"),
    ("\u{3000}联系电话\u{3000}", "联系电话"),
    ("联系电话（必填）", "联系电话"),
    ("联系电话(必填)", "联系电话"),
    ("*联系电话", "联系电话"),
    ("联系电话*", "联系电话"),
    ("联系电话：", "联系电话"),
    ("村（社区）", "村社区"),
    ("院落/楼栋", "院落楼栋"),
    ("ＡＢ岗", "ab岗"),
    ("Proxy_Phone", "proxyphone"),
    ("proxy-phone", "proxyphone"),
    ("【备注】", "备注"),
    ("联系\n电话", "联系电话"),
    ("", ""),
  ])
  func normalize(_ header: String, _ expected: String) {
    #expect(HeaderMatcher.normalize(header) == expected)
  }

  @Test func chineseVariantsMatch() {
    let headers = [
      "序号", "姓 名", "手机号码（必填）", "所在村（必填）", "网格", "性别", "出生年月（格式：1990.01）",
      "入党时间", "政治面貌", "所在党支部", "代联系人", "家属电话",
    ]
    let match = members.match(headers)
    #expect(match.columns["name"] == 1)
    #expect(match.columns["phone"] == 2)
    #expect(match.columns["village"] == 3)
    #expect(match.columns["grid"] == 4)
    #expect(match.columns["gender"] == 5)
    #expect(match.columns["born"] == 6)
    #expect(match.columns["joined"] == 7)
    #expect(match.columns["status"] == 8)
    #expect(match.columns["branch"] == 9)
    #expect(match.columns["proxyName"] == 10)
    #expect(match.columns["proxyPhone"] == 11)
    #expect(match.unknown.map(\.column) == [0])
    #expect(match.unknown.map(\.header) == ["序号"])
    #expect(match.missing.isEmpty)
    #expect(match.conflicts.isEmpty)
    #expect(match.isUsable)
  }

  @Test(arguments: ["村", "所在村", "村（社区）", "村 社区", "社区", "village", "所在村（必填）"])
  func villageVariants(_ header: String) {
    #expect(members.match(["姓名", "电话", header]).columns["village"] == 2)
  }

  @Test func englishFieldNamesMatch() {
    let match = members.match(["name", "Phone", "VILLAGE", "proxy_phone", "id"])
    #expect(match.columns == ["name": 0, "phone": 1, "village": 2, "proxyPhone": 3, "id": 4])
    #expect(match.isUsable)
  }

  @Test func unknownColumnsAreListedAndEmptyHeadersIgnored() {
    let match = members.match(["姓名", "电话", "村", "身份证号", "", "  ", "备注"])
    #expect(match.unknown.map(\.column) == [3, 6])
    #expect(match.unknown.map(\.header) == ["身份证号", "备注"])
    #expect(match.isUsable)
  }

  @Test func missingRequiredFields() throws {
    let match = members.match(["姓名", "性别"])
    #expect(match.missing == ["phone", "village"])
    #expect(!match.isUsable)
    let error = try #require(throws: ImportError.self) {
      try match.validate(fields: RosterImportFields.members, headerLine: 2)
    }
    #expect(error.exitStatus == .dataError)
    #expect(error.message.en.hasPrefix("The header (line 2) does not fit:"))
    #expect(error.message.en.contains("No column for 联系电话 (phone), which is required."))
    #expect(error.message.en.contains("also accepted: 手机号码, 手机号, 手机, 电话, 联系方式"))
    #expect(error.message.zh.hasPrefix("表头（第 2 行）有问题："))
    #expect(error.message.zh.contains("缺少必填列 村 (village)。请将一列的表头写为“村”"))
  }

  @Test func twoHeadersForOneFieldIsAConflict() throws {
    let match = members.match(["姓名", "手机", "村", "联系电话"])
    #expect(match.columns["phone"] == nil)
    #expect(match.missing.isEmpty, "a conflicting field is reported once, not also as missing")
    #expect(match.conflicts.count == 1)
    let conflict = try #require(match.conflicts.first)
    #expect(
      conflict.en.hasPrefix("Column 2 (B) and column 4 (D) ('手机', '联系电话') both mean 联系电话 (phone)"))
    #expect(conflict.zh.hasPrefix("第 2 列（B 列）和第 4 列（D 列）（'手机'、'联系电话'）都对应 联系电话 (phone)"))
    #expect(throws: ImportError.headerProblems(line: 1, problems: match.conflicts)) {
      try match.validate(fields: RosterImportFields.members)
    }
  }

  @Test func oneHeaderForTwoFieldsIsAConflict() throws {
    let matcher = HeaderMatcher(fields: [
      ImportField(name: "phone", aliases: ["电话"]),
      ImportField(name: "proxyPhone", aliases: ["电话", "家属电话"]),
    ])
    let match = matcher.match(["电话"])
    #expect(match.columns.isEmpty)
    let conflict = try #require(match.conflicts.first)
    #expect(conflict.en.hasPrefix("Column 1 (A) '电话' could be any of phone, proxyPhone"))
    #expect(conflict.zh.hasPrefix("第 1 列（A 列）“电话”可对应多个字段（phone、proxyPhone）"))
    // An override settles it.
    let settled = matcher.match(["电话", "家属电话"], overrides: ["phone": "电话"])
    #expect(settled.columns == ["phone": 0, "proxyPhone": 1])
    #expect(settled.conflicts.isEmpty)
  }

  @Test func overridesBeatAliases() {
    let match = members.match(
      ["姓名", "电话", "本人手机", "村"], overrides: ["phone": "本人手机", "家属电话": "电话"])
    #expect(match.columns["phone"] == 2)
    #expect(match.columns["proxyPhone"] == 1)
    #expect(match.unknown.isEmpty)
    #expect(match.isUsable)
  }

  @Test func overrideTakesAFieldAwayFromItsAlias() {
    let match = members.match(["姓名", "电话", "本人手机", "村"], overrides: ["phone": "本人手机"])
    #expect(match.columns["phone"] == 2)
    #expect(match.unknown.map(\.header) == ["电话"])
    #expect(match.conflicts.isEmpty)
  }

  @Test func badOverridesAreUsageErrors() throws {
    let match = members.match(
      ["姓名", "电话", "村"], overrides: ["phon": "电话", "grid": "网格号", "name": "电话", "phone": "电话"])
    #expect(match.badOverrides.count == 3)
    #expect(!match.isUsable)
    let error = try #require(throws: ImportError.self) {
      try match.validate(fields: RosterImportFields.members)
    }
    #expect(error.exitStatus == .usage)
    #expect(error.message.en.contains("No column is headed '网格号' (given for grid)"))
    #expect(error.message.en.contains("'phon' is not one of the fields"))
    #expect(error.message.en.contains("Column '电话' is given for both name and phone"))
    #expect(error.message.zh.contains("没有表头为“网格号”的列"))
  }
}
