import Foundation

/// One village's links in force by neighbour type (000 开化: 区域邻里、情感邻里、服务邻里, which
/// the county reports as a ratio, 5:3:2), for the monthly report.
public struct NeighbourTypeRow: Codable, Hashable, Sendable {
  public var village: String
  public var name: String
  public var area: Int
  public var kinship: Int
  public var service: Int
  /// Links with no type recorded.
  public var unset: Int

  public var total: Int { area + kinship + service + unset }

  /// A row per village holding a link in force, in the roster's order of villages.
  /// - Parameter villages: the village of each link's household, by the link's place in
  ///   `inForce.links` (`LinkTally.villages`).
  static func rows(_ inForce: RosterInForce, villages: [String?]) -> [NeighbourTypeRow] {
    var rows: [String: NeighbourTypeRow] = [:]
    for (link, village) in zip(inForce.links, villages) {
      guard let village else { continue }
      var row =
        rows[village]
        ?? NeighbourTypeRow(
          village: village, name: inForce.roster.villageName(village), area: 0, kinship: 0,
          service: 0, unset: 0)
      switch link.type {
      case .area: row.area += 1
      case .kinship: row.kinship += 1
      case .service: row.service += 1
      case nil: row.unset += 1
      }
      rows[village] = row
    }
    return inForce.roster.villages.compactMap { rows[$0.id] }
  }

  /// The table, closed by the township's total and its ratio (区域:情感:服务).
  static func table(_ rows: [NeighbourTypeRow], _ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    func cells(_ name: String, _ row: NeighbourTypeRow) -> [String] {
      [name] + [row.area, row.kinship, row.service, row.unset, row.total].map(String.init)
        + [ratio(row)]
    }
    let total = rows.reduce(
      NeighbourTypeRow(village: "", name: "", area: 0, kinship: 0, service: 0, unset: 0)
    ) {
      NeighbourTypeRow(
        village: "", name: "", area: $0.area + $1.area, kinship: $0.kinship + $1.kinship,
        service: $0.service + $1.service, unset: $0.unset + $1.unset)
    }
    return .init(
      columns: [
        TextTable.Column(zh ? "村" : "Village", keepsWhole: true),
        ReportText.right("区域邻里", "Area", language),
        ReportText.right("情感邻里", "Kinship", language),
        ReportText.right("服务邻里", "Service", language),
        ReportText.right("未填", "Unset", language), ReportText.right("联户", "Links", language),
        ReportText.right("区域:情感:服务", "Ratio", language),
      ],
      rows: rows.isEmpty
        ? [] : rows.map { cells($0.name, $0) } + [cells(zh ? "合计" : "Total", total)],
      empty: ReportText.none(language))
  }

  /// Area : kinship : service in tenths of the typed links (`5:3:2`), or — when none is typed.
  public static func ratio(_ row: NeighbourTypeRow) -> String {
    let typed = row.area + row.kinship + row.service
    guard typed > 0 else { return "—" }
    let parts = [row.area, row.kinship, row.service].map {
      String(format: "%.1f", Double($0) * 10 / Double(typed))
    }
    return parts.joined(separator: ":")
  }
}
