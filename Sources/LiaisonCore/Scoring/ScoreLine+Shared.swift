/// The cap and floor of an item, the clamp of a total and points given by hand, shared by
/// members' scores and the villages' index so both explain them in the same words and always
/// add up.
extension ScoreLine {
  /// `other merits and faults 2026-10-20: 抗台救灾表现突出 = +3`: points given by hand.
  static func byHand(
    item: String, label: Localized, date: Day, reason: String, points: Points, record: String
  ) -> ScoreLine {
    ScoreLine(
      kind: .item, item: item, points: points,
      text: label
        + Localized(
          en: " \(date): \(reason) = \(points.signed)", zh: " \(date)：\(reason) = \(points.signed)"),
      records: [record])
  }

  /// An item's lines, then one more when its cap or floor holds the sum back; a single
  /// "none in the period" line when nothing counted.
  /// - Parameter explained: whether the new line says what it does (`ScoreEvaluator.explains`).
  static func limited(
    item: String, label: Localized, cap: Points?, floor: Points?, _ lines: [ScoreLine],
    explained: Bool = true
  ) -> [ScoreLine] {
    func says(_ words: @autoclosure () -> Localized) -> Localized {
      explained ? label + words() : Localized("")
    }
    guard !lines.isEmpty else {
      return [
        ScoreLine(
          kind: .item, item: item, points: .zero,
          text: says(Localized(en: ": none in the period", zh: "：期内没有")))
      ]
    }
    let sum = lines.reduce(Points.zero) { $0 + $1.points }
    if let cap, sum > cap {
      return lines + [
        ScoreLine(
          kind: .cap, item: item, points: cap - sum,
          text: says(Localized(en: ": \(sum) capped at \(cap)", zh: "：\(sum) 分，上限 \(cap) 分")))
      ]
    }
    if let floor, sum < floor {
      return lines + [
        ScoreLine(
          kind: .floor, item: item, points: floor - sum,
          text: says(
            Localized(en: ": \(sum) limited to \(floor)", zh: "：\(sum) 分，最多扣至 \(floor) 分")))
      ]
    }
    return lines
  }

  /// The lines with a clamp line appended when their sum falls outside 0–100, and the total.
  static func clamped(
    _ lines: [ScoreLine], explained: Bool = true
  ) -> (lines: [ScoreLine], total: Points) {
    let total = lines.reduce(Points.zero) { $0 + $1.points }
    let score = min(max(total, .zero), Points(100))
    guard score != total else { return (lines, total) }
    let text =
      explained
      ? Localized(en: "total \(total) kept within 0–100", zh: "合计 \(total) 分，按 0–100 分计")
      : Localized("")
    return (lines + [ScoreLine(kind: .clamp, points: score - total, text: text)], score)
  }
}
