/// The three-colour appraisal of team cadres (组团联村干部“红、黄、灰”三色管理考评, seed 000),
/// and what each colour puts before the organisation office (两晋双停).
public enum CadreColour: String, UserChoice {
  /// Excellent: considered for a higher pay grade and post (晋档、晋前).
  case red
  case yellow
  /// Lagging: considered for stopped pay and suspended duties (停发、暂停).
  case grey

  public var chineseLabel: String {
    switch self {
    case .red: "红"
    case .yellow: "黄"
    case .grey: "灰"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .red: ["红色"]
    case .yellow: ["黄色"]
    case .grey: ["gray", "灰色"]
    }
  }

  /// The consequence flagged for people to decide (晋档、晋前 or 停发、暂停), short enough
  /// for a table column; the tool decides nothing.
  public var consequence: Localized {
    switch self {
    case .red:
      Localized(en: "grade, post up?", zh: "晋档晋前")
    case .yellow: Localized(en: "", zh: "")
    case .grey:
      Localized(en: "pay, duties stop?", zh: "停发暂停")
    }
  }
}

/// What a team cadre's appraisal counts, each from their own records over the period.
public enum TeamMetric: String, UserChoice {
  /// Household visits taken part in.
  case visits
  /// Tasks done as assignee.
  case tasks
  /// Problems solved in work taken part in.
  case solved
  /// Project-site and enterprise work taken part in.
  case sites
  /// Times a task of theirs was carried into the next week.
  case carried

  public var chineseLabel: String {
    switch self {
    case .visits: "走访农户"
    case .tasks: "完成任务"
    case .solved: "解决问题"
    case .sites: "项目企业"
    case .carried: "任务结转"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .visits: ["走访"]
    case .tasks: ["任务"]
    case .solved: ["解决"]
    case .sites: ["项目", "企业"]
    case .carried: ["结转"]
    }
  }
}
