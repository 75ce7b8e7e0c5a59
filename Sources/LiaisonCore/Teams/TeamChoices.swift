/// Which list a team task is on (三张清单 of seed 000 常山, and 江山's dispatched tasks).
public enum TeamTaskList: String, UserChoice {
  /// 党建重点任务清单: basic systems, branch sites, member education, collective economy.
  case partyBuilding = "party-building"
  /// 年度实事帮扶清单: the year's 3–5 concrete aid items, with funds or project progress.
  case yearlyAid = "yearly-aid"
  /// 每周个性工作清单: the 2–3 items of the Tuesday, set at the morning meeting.
  case weekly
  /// 共性任务清单: a common task the team leader dispatches (团长派单).
  case common

  public var chineseLabel: String {
    switch self {
    case .partyBuilding: "党建重点任务清单"
    case .yearlyAid: "年度实事帮扶清单"
    case .weekly: "每周个性工作清单"
    case .common: "共性任务清单"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .partyBuilding: ["党建", "党建重点", "党建清单"]
    case .yearlyAid: ["实事", "实事帮扶", "年度实事", "帮扶清单"]
    case .weekly: ["每周", "个性", "个性工作", "周清单"]
    case .common: ["共性", "共性任务", "派单", "团长派单"]
    }
  }
}

/// Where a team's service-day work was done (周二聚服务: 农户家里、项目现场、企业车间).
public enum TeamWorkKind: String, UserChoice {
  /// A visit to a household of a served village; it counts towards the team's coverage.
  case household
  /// A project site (项目现场) or the fields (田间地头).
  case project
  /// An enterprise (企业车间).
  case enterprise
  /// Anything else: a meeting with the village committee, a dispute mediated.
  case other

  public var chineseLabel: String {
    switch self {
    case .household: "农户走访"
    case .project: "项目现场"
    case .enterprise: "企业车间"
    case .other: "其他"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .household: ["农户", "走访", "入户", "visit"]
    case .project: ["项目", "田间地头", "site"]
    case .enterprise: ["企业", "车间"]
    case .other: ["其它"]
    }
  }
}

/// Where a team task stands. A task is struck off only when done (不办结不销号); one not
/// done by Sunday is carried into the next week's list, with its reason (不完成不脱钩).
public enum TeamTaskStatus: String, UserChoice {
  case open
  case done
  case cancelled

  public var chineseLabel: String {
    switch self {
    case .open: "未完成"
    case .done: "已完成"
    case .cancelled: "已撤销"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .open: ["待办", "未办"]
    case .done: ["完成", "已办结", "办结", "销号"]
    case .cancelled: ["canceled", "撤销"]
    }
  }
}

/// What happened to a team task, one entry of its history.
public enum TeamTaskAction: String, UserChoice {
  /// Put on a week's list (周一排清单).
  case planned
  /// Done (办结销号).
  case done
  /// Not done by Sunday: carried into the next week's list, with the reason.
  case carried
  /// Dropped, with the reason (merged into another task, no longer asked for).
  case cancelled
  case noted

  public var chineseLabel: String {
    switch self {
    case .planned: "排入清单"
    case .done: "完成销号"
    case .carried: "结转下周"
    case .cancelled: "撤销"
    case .noted: "备注"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .planned: ["排单", "列入"]
    case .done: ["完成", "销号"]
    case .carried: ["carried-forward", "结转"]
    case .cancelled: ["canceled"]
    case .noted: ["note"]
    }
  }
}
