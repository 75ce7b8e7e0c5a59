import Foundation

extension NeedFigures {
  /// The figures as a clerk reads them: a few lines of totals, then a table by scale and
  /// one by colour, in `width` columns.
  public func text(_ language: Language, width: Int) -> String {
    let zh = language == .zh
    func percent(_ rate: Double?) -> String {
      rate.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
    }
    func days(_ value: Double?) -> String {
      value.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0) } ?? "—"
    }
    let answers = satisfaction
    var text =
      zh
      ? """
      \(period)（\(period.first) 至 \(period.last)），截至 \(asOf)
      登记 \(raised)（撤销 \(cancelled)），办结 \(resolved)，办结率 \(percent(resolutionRate))，\
      办理天数中位数 \(days(medianDaysToResolve))
      未办结 \(open)，其中超期 \(overdue)
      销号 \(answers.satisfied + answers.basicallySatisfied + answers.dissatisfied)：满意 \(answers.satisfied)，\
      基本满意 \(answers.basicallySatisfied)，不满意 \(answers.dissatisfied)，满意率 \(percent(answers.rate))

      """
      : """
      \(period) (\(period.first) to \(period.last)), as of \(asOf)
      raised \(raised) (cancelled \(cancelled)), resolved \(resolved), resolution rate \
      \(percent(resolutionRate)), median days to resolve \(days(medianDaysToResolve))
      still open \(open), of which overdue \(overdue)
      closed \(answers.satisfied + answers.basicallySatisfied + answers.dissatisfied): \
      satisfied \(answers.satisfied), basically satisfied \(answers.basicallySatisfied), \
      dissatisfied \(answers.dissatisfied), satisfaction rate \(percent(answers.rate))

      """
    let headings: [TextTable.Column] = [
      .init(""), .init(zh ? "登记" : "Raised", alignment: .right),
      .init(zh ? "办结" : "Resolved", alignment: .right),
      .init(zh ? "天数中位数" : "Median days", alignment: .right),
      .init(zh ? "超期" : "Overdue", alignment: .right),
    ]
    func rows(_ groups: [Group], label: (String) -> String) -> [[String]] {
      groups.map {
        [
          label($0.key), String($0.raised), String($0.resolved), days($0.medianDaysToResolve),
          String($0.overdue),
        ]
      }
    }
    let scaleRows = rows(byScale) { NeedScale(rawValue: $0)?.label(language) ?? $0 }
    let colourRows = rows(byUrgency) { NeedUrgency(rawValue: $0)?.label(language) ?? $0 }
    var scaleColumns = headings
    scaleColumns[0] = .init(zh ? "层级" : "Scale")
    var colourColumns = headings
    colourColumns[0] = .init(zh ? "紧急" : "Colour")
    text = TextWrap.items(text, width: width).joined(separator: "\n")
    text += "\n" + TextTable(columns: scaleColumns, rows: scaleRows).render(width: width)
    text += "\n" + TextTable(columns: colourColumns, rows: colourRows).render(width: width)
    return text
  }
}
