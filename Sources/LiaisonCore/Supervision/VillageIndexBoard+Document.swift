/// The quarterly grading table (末端落实考评, seed 003): every village's index, rank and
/// grade, the flag of any village under accountability, then each village's index
/// explained line by line.
extension VillageIndexBoard {
  public func document(_ language: Language) -> ReportDocument {
    let zh = language == .zh
    let counts = gradeCounts.map { zh ? "\($0.grade) 等 \($0.count) 个" : "\($0.grade) \($0.count)" }
    let flagged = villages.filter { $0.accountability != nil }
    var blocks: [ReportDocument.Block] = [
      .facts([
        .init(zh ? "考评时期" : "Period", "\(period.first) – \(period.last)"),
        .init(zh ? "村党组织" : "Village organisations", String(villages.count)),
        .init(zh ? "等次" : "Grades", counts.joined(separator: zh ? "，" : ", ")),
        .init(zh ? "启动问责程序" : "Accountability", String(flagged.count)),
      ]),
      .table(
        .init(
          columns: [
            ReportText.right("名次", "Rank", language), ReportText.left("编号", "ID", language),
            ReportText.left("村", "Village", language),
            ReportText.right("堡垒指数", "Index", language), ReportText.left("等次", "Grade", language),
            ReportText.left("颜色", "Colour", language),
            ReportText.left("问责", "Accountability", language),
          ],
          rows: villages.map {
            [
              String($0.rank), $0.village, $0.name, $0.index.description, $0.grade,
              $0.colour?.label(language) ?? "", $0.accountability?.monthList(language) ?? "",
            ]
          }, empty: ReportText.none(language))),
      .chart(
        .init(
          title: zh ? "堡垒指数" : "Index",
          bars: villages.map { .init($0.name, Double($0.index.tenths) / 10) })),
    ]
    for colour in [ScoreColour.red, .grey] {
      let named = villages.filter { $0.colour == colour }.map(\.name)
      guard !named.isEmpty, let consequence = colour.consequence(language) else { continue }
      blocks.append(
        .paragraph(
          zh
            ? "\(colour.chineseLabel)色村（\(consequence)，由镇党委决定）：" + named.joined(separator: "、")
              + "。"
            : "\(colour.rawValue.capitalized) (\(consequence); the township Party committee "
              + "decides): " + named.joined(separator: ", ") + "."))
    }
    if !flagged.isEmpty {
      blocks.append(
        .paragraph(
          zh
            ? "连续三个月被通报批评的村：" + flagged.map(\.name).joined(separator: "、")
              + "。按镇村联动督查制提请启动问责程序，由镇党委研究决定。"
            : "Criticised in notices three months running: "
              + flagged.map(\.name).joined(separator: ", ")
              + ". Under the joint inspection system accountability is proposed; the township "
              + "Party committee decides."))
    }
    blocks.append(.heading(zh ? "各村堡垒指数说明" : "Each village's index explained"))
    for village in villages {
      blocks.append(.paragraph(village.headline(language)))
      blocks.append(.table(village.explanationTable(language)))
    }
    return ReportDocument(
      title: zh
        ? "\(township)村党组织堡垒指数考评（\(period)）"
        : "\(township): village organisations graded, \(period)",
      subtitle: zh
        ? "截至 \(asOf)；等次按比例评定，同分并列取较高等次。"
        : "As of \(asOf); grades by share, ties take the better grade.",
      blocks: blocks)
  }
}
