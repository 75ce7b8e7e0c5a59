/// A village's index as blocks of a report: a heading naming its place, and the lines of
/// its explanation with the records behind each, ending in the total they add up to.
extension VillageIndex {
  /// `凤林村（C001）2026-Q4 堡垒指数 81.5：第 1 名，A 等` and the flag, if any.
  public func headline(_ language: Language) -> String {
    let zh = language == .zh
    var text =
      zh
      ? "\(name)（\(village)）\(period) 堡垒指数 \(index)：第 \(rank) 名，\(grade) 等"
      : "\(name) (\(village)) \(period): index \(index); rank \(rank), grade \(grade)"
    if let colour { text += (zh ? "，" : ", ") + colour.cadreLabel(language) }
    if let accountability { text += (zh ? "；" : "; ") + accountability.label(language) }
    return text
  }

  /// The explanation as a table: points and what counted; the last row the total they add
  /// up to. The records behind each line are in `recordFacts` (and in JSON).
  public func explanationTable(_ language: Language) -> ReportDocument.Table {
    let zh = language == .zh
    let rows =
      lines.map { [$0.points.signed, $0.text(language)] }
      + [["= " + index.description, zh ? "合计" : "total"]]
    return ReportDocument.Table(
      columns: [
        ReportText.right("分值", "Points", language),
        ReportText.left("计分依据", "What counted", language),
      ], rows: rows)
  }

  /// Each item's records, all of them, under the item's name.
  public func recordFacts(_ language: Language) -> ReportDocument.Block {
    var facts: [ReportDocument.Fact] = []
    for line in lines where !line.records.isEmpty {
      let label = line.item.flatMap { itemLabels[$0]?(language) } ?? line.item ?? ""
      facts.append(.init(label, line.records.joined(separator: " ")))
    }
    return facts.isEmpty ? .paragraph(ReportText.none(language)) : .facts(facts)
  }

  /// The explanation on its own (`index explain`).
  public func document(township: String, asOf: Day, _ language: Language) -> ReportDocument {
    let zh = language == .zh
    return ReportDocument(
      title: zh
        ? "\(township)村党组织堡垒指数说明" : "\(township): the village organisation's index explained",
      subtitle: zh ? "截至 \(asOf)" : "as of \(asOf)",
      blocks: [
        .paragraph(headline(language)), .table(explanationTable(language)),
        .heading(zh ? "所依据的记录" : "The records behind it"), recordFacts(language),
      ])
  }
}
