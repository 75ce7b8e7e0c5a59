/// What an index item counts over the period, from the village's own records as they
/// stood at the period's end (or today while it runs). See the README's table.
public enum IndexMetric: String, CaseIterable, Sendable, Codable {
  /// Whole percentage points of the village's households with a member linked.
  case coverage
  /// Visits to the village's households per member on its roster, whole visits.
  case visitsPerMember = "visits-per-member"
  /// Needs of the village's households resolved in the period.
  case needsResolved = "needs-resolved"
  /// Needs of the village's households whose first late day fell in the period.
  case needsOverdue = "needs-overdue"
  /// Inspections the village passed.
  case inspectionsPassed = "inspections-passed"
  /// Inspections that criticised the village in a notice (通报批评).
  case notices
  /// The village's members' average score for the period, whole points.
  case memberAverage = "member-average"
  /// Months of the period with the monthly work report kept (月报制).
  case workReports = "work-reports"
  /// Points given by hand with `index adjust`.
  case manual

  /// What one unit is, for explanations.
  func unit(_ count: Int) -> Localized {
    let plural = count == 1 ? "" : "s"
    switch self {
    case .coverage: return Localized(en: "% linked", zh: "% 已联系")
    case .visitsPerMember: return Localized(en: "", zh: "")
    case .needsResolved: return Localized(en: "need\(plural) resolved", zh: "件诉求办结")
    case .needsOverdue: return Localized(en: "need\(plural) overdue", zh: "件诉求超期")
    case .inspectionsPassed:
      return Localized(en: "inspection\(plural) passed", zh: "次督查通过")
    case .notices: return Localized(en: "notice\(plural) of criticism", zh: "次通报批评")
    case .memberAverage: return Localized(en: "points", zh: "分")
    case .workReports: return Localized(en: "month\(plural) reported", zh: "个月报送月报")
    case .manual: return Localized(en: "", zh: "")
    }
  }
}
