/// A header row and one example row for each kind of import, to fill in a spreadsheet.
public enum ImportTemplate {
  /// The template as CSV with a byte-order mark, so that Excel on Chinese Windows opens it
  /// right.
  public static func csv(_ kind: ImportKind, language: Language) -> String {
    let fields = kind.fields.filter { $0.name != "id" }
    let header = fields.map { language == .zh ? ($0.aliases.first ?? $0.name) : $0.name }
    let row = fields.map { sample(kind, $0.name, language) }
    return CSVWriter().document(header: header, rows: [row], byteOrderMark: true)
  }

  static func sample(_ kind: ImportKind, _ field: String, _ language: Language) -> String {
    let zh = language == .zh
    switch (kind, field) {
    case (.villages, "name"): return "凤林村"
    case (.villages, "code"): return "330881118201"
    case (.grids, "name"): return "第一网格"
    case (.grids, "code"): return "FL-01"
    case (.grids, "leader"), (.links, "member"), (.visits, "member"): return "张建国"
    case (.grids, "staff"): return "李秀英、王强"
    case (_, "village"): return "凤林村"
    case (_, "grid"): return "第一网格"
    case (.members, "name"): return "张建国"
    case (.members, "phone"): return "13800138000"
    case (.members, "gender"): return zh ? "男" : "male"
    case (.members, "born"): return "1968-05"
    case (.members, "joined"): return "1995-07-01"
    case (.members, "status"): return zh ? "正式党员" : "full"
    case (.members, "category"): return zh ? "农民党员" : "farmer"
    case (.members, "duties"): return zh ? "矛盾调解员、政策宣传员" : "dispute-mediator, policy-publicist"
    case (.members, "branch"): return "凤林村党支部"
    case (.households, "head"), (.links, "household"), (.visits, "household"): return "王大妈"
    case (.households, "phone"): return "0570-1234567"
    case (.households, "courtyard"): return "东院"
    case (.households, "address"): return "凤林村12号"
    case (.households, "size"): return "2"
    case (.households, "tags"): return "空巢老人、低保户"
    case (.links, "post"): return zh ? "主联" : "A"
    case (.links, "type"): return zh ? "区域邻里" : "area"
    case (.links, "from"): return "2026-11-01"
    case (.visits, "date"): return "2026-11-23"
    case (.visits, "mode"): return zh ? "上门" : "in-person"
    case (.visits, "opinions"): return "1"
    case (.visits, "note"), (.visits, "needsAsk"): return zh ? "想装路灯" : "wants a street light"
    default: return ""
    }
  }
}
