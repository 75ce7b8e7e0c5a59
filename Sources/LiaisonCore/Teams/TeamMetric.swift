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
