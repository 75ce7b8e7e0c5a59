/// How big a need is, which decides who handles it (小事/中事/大事, seed 000 常山).
public enum NeedScale: String, UserChoice, Comparable {
  /// The member who raised it solves it.
  case small
  /// The village handles it, followed by a named village committee member.
  case medium
  /// The township handles it.
  case large

  public var chineseLabel: String {
    switch self {
    case .small: "小事"
    case .medium: "中事"
    case .large: "大事"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .small: ["小"]
    case .medium: ["中"]
    case .large: ["大"]
    }
  }

  /// Who handles a need of this scale.
  public var level: Localized {
    switch self {
    case .small: Localized(en: "member", zh: "党员")
    case .medium: Localized(en: "village", zh: "村")
    case .large: Localized(en: "township", zh: "乡镇")
    }
  }

  public static func < (lhs: NeedScale, rhs: NeedScale) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// How urgent a need is, by colour, each with its own time limit (seed 001 江山).
public enum NeedUrgency: String, UserChoice {
  case red
  case orange
  case yellow
  case green

  public var chineseLabel: String {
    switch self {
    case .red: "红"
    case .orange: "橙"
    case .yellow: "黄"
    case .green: "绿"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .red: ["红色", "红码"]
    case .orange: ["橙色", "橙码"]
    case .yellow: ["黄色", "黄码"]
    case .green: ["绿色", "绿码"]
    }
  }

  /// Red first: lists are sorted by this, then by due date.
  public var rank: Int { Self.allCases.firstIndex(of: self)! }
}

/// The kind of help a need calls for (三类帮扶, seed 000 常山).
public enum NeedSupport: String, UserChoice {
  /// Volunteer help for simple needs.
  case volunteer
  /// Proxy service (代办) for paperwork.
  case proxy
  /// A complex problem followed by a named village committee member.
  case committee

  public var chineseLabel: String {
    switch self {
    case .volunteer: "志愿帮扶"
    case .proxy: "代办"
    case .committee: "两委跟踪"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .volunteer: ["志愿", "志愿服务"]
    case .proxy: ["代办服务", "帮办"]
    case .committee: ["两委", "村两委跟踪"]
    }
  }
}

/// Where a need stands. Nothing is struck off until it is done (不办结不销号).
public enum NeedStatus: String, UserChoice {
  case open
  case inProgress = "in-progress"
  case resolved
  case closed
  case cancelled

  public var chineseLabel: String {
    switch self {
    case .open: "待办"
    case .inProgress: "办理中"
    case .resolved: "已办结"
    case .closed: "已销号"
    case .cancelled: "已撤销"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .open: ["未办", "新", "待办理"]
    case .inProgress: ["inprogress", "办理", "在办"]
    case .resolved: ["办结", "已解决"]
    case .closed: ["销号"]
    case .cancelled: ["canceled", "撤销"]
    }
  }

  /// Still someone's work: open or in progress.
  public var isPending: Bool { self == .open || self == .inProgress }

  /// Done: resolved, or resolved and closed with the household's satisfaction.
  public var isDone: Bool { self == .resolved || self == .closed }
}

/// How satisfied the household was when the need was closed (满意度).
public enum Satisfaction: String, UserChoice {
  case satisfied
  case basicallySatisfied = "basically-satisfied"
  case dissatisfied

  public var chineseLabel: String {
    switch self {
    case .satisfied: "满意"
    case .basicallySatisfied: "基本满意"
    case .dissatisfied: "不满意"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .satisfied: ["非常满意"]
    case .basicallySatisfied: ["basically", "较满意", "比较满意"]
    case .dissatisfied: ["unsatisfied", "不太满意"]
    }
  }
}

/// What happened to a need, one entry of its history.
public enum NeedAction: String, UserChoice {
  case raised
  case started
  case escalated
  case resolved
  case closed
  case reopened
  case cancelled
  case noted

  public var chineseLabel: String {
    switch self {
    case .raised: "登记"
    case .started: "开始办理"
    case .escalated: "升级"
    case .resolved: "办结"
    case .closed: "销号"
    case .reopened: "重新打开"
    case .cancelled: "撤销"
    case .noted: "备注"
    }
  }

  /// The status after this action, or nil when the action leaves it as it was.
  var resultingStatus: NeedStatus? {
    switch self {
    case .raised, .reopened: .open
    case .started: .inProgress
    case .resolved: .resolved
    case .closed: .closed
    case .cancelled: .cancelled
    case .escalated, .noted: nil
    }
  }
}
