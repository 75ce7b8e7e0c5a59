/// The columns each roster import understands: the Chinese headers township forms use,
/// mapped to the field names of the data files.
///
/// Every field also answers to its English name, so a file liaison exported with English
/// headers imports again unchanged.
public enum RosterImportFields {
  /// Party members (党员).
  public static let members: [ImportField] = [
    field("name", "姓名", "党员姓名", required: true),
    field("phone", "联系电话", "手机号码", "手机号", "手机", "电话", "联系方式", required: true),
    village(required: true),
    grid,
    field("gender", "性别"),
    field("born", "出生年月", "出生日期"),
    field("joined", "入党时间", "入党日期"),
    field("status", "身份", "党员身份", "政治面貌"),
    field("category", "类别", "党员类别"),
    field("duties", "职责", "岗位职责"),
    field("branch", "所在党支部", "党支部", "支部"),
    field("proxyName", "代联系人", "家属姓名"),
    field("proxyPhone", "代联系人电话", "家属电话"),
    field("left", "离开日期", "离开时间"),
    since,
    id,
  ]

  /// Households (农户).
  public static let households: [ImportField] = [
    field("head", "户主", "户主姓名", required: true),
    field("phone", "户主电话", "联系电话", "电话"),
    village(required: true),
    grid,
    field("courtyard", "院落", "楼栋", "院落楼栋"),
    field("address", "家庭住址", "住址", "地址"),
    field("size", "家庭人口", "人口", "人数"),
    field("tags", "重点人群", "人群类别", "标签"),
    field("note", "备注"),
    since,
    id,
  ]

  /// Villages and communities (村、社区).
  public static let villages: [ImportField] = [
    field("name", "村名", "村", "名称", required: true),
    field("code", "编码", "统计代码", "村代码", "区划代码"),
    since,
    id,
  ]

  /// Grids (网格).
  public static let grids: [ImportField] = [
    field("name", "网格", "网格名称", required: true),
    village(required: true),
    field("code", "网格编码", "编码代号", "编码"),
    field("parent", "上级网格"),
    field("leader", "网格长"),
    field("staff", "网格员"),
    since,
    id,
  ]

  /// Links between a member and the households they keep in touch with (联户).
  public static let links: [ImportField] = [
    field("member", "联系党员", "党员", "党员姓名", required: true),
    field("memberPhone", "党员电话"),
    field("household", "联系户", "农户", "户主", "联系农户", required: true),
    field("post", "岗位", "主联", "辅联", "AB岗"),
    field("type", "邻里类型", "联户类型"),
    field("from", "开始日期", "联系开始"),
    field("to", "结束日期", "联系结束"),
    id,
  ]

  /// Visits (走访记录). The five looks and four asks are separate columns; their field
  /// names carry a `Look` / `Ask` suffix because `opinions` is also the count of opinions.
  public static let visits: [ImportField] = [
    field("date", "走访日期", "日期", "时间", required: true),
    field("member", "走访党员", "党员", required: true),
    field("household", "农户", "户主", "走访农户", required: true),
    field("mode", "方式", "走访方式"),
    field("opinions", "意见建议数", "意见数"),
    field("note", "备注", "情况记录"),
    field("kitchenLook", "看厨房"),
    field("bedroomLook", "看卧室"),
    field("toiletLook", "看厕所"),
    field("yardLook", "看房前屋后"),
    field("fieldsLook", "看田间地头"),
    field("familyAsk", "问家庭情况"),
    field("economyAsk", "问经济收入"),
    field("opinionsAsk", "问意见建议"),
    field("needsAsk", "问困难诉求"),
    // Printed on the worksheet for the member to read; imported by id, so passed over.
    field("memberName", "党员姓名"),
    field("head", "户主姓名"),
    id,
  ]

  /// Every list, keyed by the record kind's command name (`member`, `household`, …).
  public static let byKind: [String: [ImportField]] = [
    "member": members, "household": households, "village": villages, "grid": grids,
    "link": links, "visit": visits,
  ]

  private static let id = field("id", "编号")
  /// The day a record came onto the roster: the column a first import fills with the
  /// dates the township's spreadsheets hold.
  private static let since = field("since", "入册日期", "建档日期", "在册日期", "入册时间", "建档时间")
  private static let grid = field("grid", "网格", "所在网格")

  private static func village(required: Bool) -> ImportField {
    field("village", "村", "所在村", "村（社区）", "村社区", "社区", required: required)
  }

  /// A field whose aliases end with its own English name.
  private static func field(
    _ name: String, _ aliases: String..., required: Bool = false
  )
    -> ImportField
  {
    ImportField(name: name, aliases: aliases + [name], isRequired: required)
  }
}
