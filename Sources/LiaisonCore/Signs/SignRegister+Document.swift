/// The sign register laid out for printing: a section per grid with its quota, then a row
/// per member household.
extension SignRegister {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    var document = ReportDocument(
      title: zh
        ? "\(township)\(year) 年共产党员户、共产党员中心户挂牌登记表"
        : "\(township): Party-member household signs, \(year)",
      subtitle: zh
        ? "按 \(asOf) 在册党员（不含入党积极分子）和 \(year) 年民主评议：优秀、合格挂共产党员户牌；"
          + "中心户分网格从优秀者中按积分评选，占党员户 15%（向上取整）至 20%（向下取整），"
          + "两者之间无整数时取较近者，有党员户的网格至少 1 户。"
        : "Party members on the roster on \(asOf) (activists not counted) and the \(year) "
          + "appraisal: excellent and qualified hang the 共产党员户 sign; each grid chooses its "
          + "central households from the excellent, best score first: 15 % rounded up to 20 % "
          + "rounded down of its member households, the nearer whole number when none lies "
          + "between, at least 1 in a grid with any.")
    let columns = [
      ReportText.left("编号", "ID", language), ReportText.left("党员", "Member", language),
      ReportText.left("民主评议", "Appraisal", language),
      ReportText.right("年度积分", "Score", language),
      ReportText.left("标识牌", "Sign", language),
    ]
    for grid in grids {
      let place =
        grid.gridName.map { zh ? "\(grid.villageName) \($0)" : "\(grid.villageName), \($0)" }
        ?? (zh ? "\(grid.villageName) 未分网格" : "\(grid.villageName), no grid")
      let quota = grid.quota
      let target =
        quota.minimum == quota.maximum ? "\(quota.minimum)" : "\(quota.minimum)–\(quota.maximum)"
      let short =
        grid.shortfall > 0 ? (zh ? "，缺 \(grid.shortfall) 户" : ", \(grid.shortfall) short") : ""
      document.blocks.append(
        .heading(
          zh
            ? "\(place)：党员户 \(quota.memberHouseholds)，中心户应评 \(target) 户，已评 \(grid.centralHouseholds) 户\(short)"
            : "\(place): \(quota.memberHouseholds) member households, \(target) central to "
              + "choose, \(grid.centralHouseholds) chosen\(short)"))
      document.blocks.append(
        .table(
          .init(
            columns: columns,
            rows: grid.entries.map { entry in
              [
                entry.member, entry.name,
                entry.grade?.label(language) ?? (zh ? "未评议" : "not appraised"),
                entry.score?.description ?? "", entry.sign.label(language),
              ]
            }, empty: ReportText.none(language))))
    }
    if grids.isEmpty { document.blocks.append(.paragraph(ReportText.none(language))) }
    return document
  }
}

extension SignRegister.Sign {
  /// The sign as printed: the seed's own names.
  public func label(_ language: Language) -> String {
    switch self {
    case .centralHousehold: language == .zh ? "共产党员中心户" : "central household (中心户)"
    case .memberHousehold: language == .zh ? "共产党员户" : "member household (党员户)"
    case .none: language == .zh ? "不挂牌" : "no sign"
    }
  }
}
