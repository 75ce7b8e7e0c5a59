/// What a scoring item counts: a fixed, documented set, each worked out from one kind of
/// record over the period scored (see the README's metrics table).
public enum ScoreMetric: String, CaseIterable, Sendable, Codable {
  /// Visits the member made.
  case visits
  /// Distinct households the member visited.
  case householdsVisited = "households-visited"
  /// Weeks (months, years) in which the member met the visit requirement.
  case requirementMet = "requirement-met"
  /// Weeks (months, years) in which the member did not.
  case requirementMissed = "requirement-missed"
  /// Months with at least one activity (seed 002: at least one a month).
  case activityMonths = "activity-months"
  /// Activities.
  case activities
  /// Needs the member raised or handled that were resolved, by scale.
  case needsResolved = "needs-resolved"
  /// Small needs the member handled that went past their due date.
  case needsOverdue = "needs-overdue"
  /// Commitments kept (践诺).
  case commitmentsFulfilled = "commitments-fulfilled"
  /// The democratic appraisal grade of a year that ends in the period.
  case appraisalGrade = "appraisal-grade"
  /// The residents' rating of each half-year that ends in the period.
  case residentsRating = "residents-rating"
  /// Points given by hand with `score adjust`, for dues, study, organisational life.
  case manual

  /// The categories whose points an item sets under `values`, when it takes them.
  var valueKeys: [String]? {
    switch self {
    case .needsResolved: NeedScale.rawValues
    case .appraisalGrade: AppraisalGrade.rawValues
    case .residentsRating: ResidentRating.rawValues
    default: nil
    }
  }

  /// Whether an item must set `values` (points by category) instead of `points` per unit.
  var needsValues: Bool { self == .appraisalGrade || self == .residentsRating }

  /// What one unit of the metric is, for explanations.
  func unit(_ count: Int) -> Localized {
    let plural = count == 1 ? "" : "s"
    switch self {
    case .visits: return Localized(en: "visit" + plural, zh: "次走访")
    case .householdsVisited: return Localized(en: "household" + plural + " visited", zh: "户")
    case .requirementMet, .requirementMissed: return Localized(en: "", zh: "")
    case .activityMonths: return Localized(en: "month" + plural + " with an activity", zh: "个月有活动")
    case .activities: return Localized(en: "activit" + (count == 1 ? "y" : "ies"), zh: "次活动")
    case .needsResolved: return Localized(en: "need" + plural + " resolved", zh: "件诉求办结")
    case .needsOverdue: return Localized(en: "need" + plural + " overdue", zh: "件诉求超期")
    case .commitmentsFulfilled:
      return Localized(en: "commitment" + plural + " fulfilled", zh: "项承诺践诺")
    case .appraisalGrade, .residentsRating, .manual: return Localized(en: "", zh: "")
    }
  }
}

/// How often the visit requirement is counted.
public enum RequirementUnit: String, CaseIterable, Sendable, Codable {
  case week, month, year
}

/// Whether the visit requirement counts a member's visits altogether, or asks for visits to
/// each linked household.
public enum RequirementCounting: String, CaseIterable, Sendable, Codable {
  case member, household
}

/// How a grid's or branch's score (双向积分) is made from its members' scores.
public enum GroupMethod: String, CaseIterable, Sendable, Codable {
  case average, median
}

/// The default span `score show` covers.
public enum PeriodKind: String, CaseIterable, Sendable, Codable {
  case year, half, quarter, month

  /// The period of this kind that holds `day`.
  public func period(containing day: Day) -> Period {
    switch self {
    case .year: Period(parsing: "\(day.year)")!
    case .half: Period(parsing: "\(day.year)-H\(day.month <= 6 ? 1 : 2)")!
    case .quarter: Period(parsing: "\(day.year)-Q\((day.month - 1) / 3 + 1)")!
    case .month: Period(month: day.yearMonth)
    }
  }
}
