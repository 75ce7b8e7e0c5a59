/// Where a task stood on one week's list, from its dated history alone: a week printed
/// again after later changes reads the same events and says the same.
public enum TeamTaskStanding: Hashable, Sendable {
  /// On the list and not yet cleared.
  case open
  case done(Day, result: String?)
  /// Not done that week; carried into the next week's list.
  case carried(to: IsoWeek, reason: String)
  case cancelled(Day, reason: String)

  /// Cleared for that week (周日必清零): done, carried with a reason, or dropped.
  public var isCleared: Bool { self != .open }

  public var state: TeamTaskState {
    switch self {
    case .open: .open
    case .done: .done
    case .carried: .carried
    case .cancelled: .cancelled
    }
  }

  /// The result when done, the reason when carried or dropped.
  public var note: String? {
    switch self {
    case .open: nil
    case .done(_, let result): result
    case .carried(_, let reason), .cancelled(_, let reason): reason
    }
  }
}

/// How a task ended a week, for reports and scripts: still open, done, carried into the next
/// week's list, or dropped.
public enum TeamTaskState: String, UserChoice {
  case open
  case done
  case carried
  case cancelled

  public var chineseLabel: String {
    switch self {
    case .open: "未完成"
    case .done: "已完成"
    case .carried: "结转下周"
    case .cancelled: "已撤销"
    }
  }

  public var synonyms: [String] {
    switch self {
    case .open: ["未办"]
    case .done: ["完成", "销号"]
    case .carried: ["结转"]
    case .cancelled: ["撤销", "canceled"]
    }
  }
}

extension TeamTask {
  /// The week whose list the task is on now: the first, or the last it was carried to.
  public var currentWeek: IsoWeek {
    history.last { $0.action == .carried }?.week ?? week
  }

  /// The task on `week`'s list as things stood on `asOf`, or nil when it was not on it.
  public func standing(in week: IsoWeek, asOf: Day) -> TeamTaskStanding? {
    var current = self.week
    var wasOn = current == week && planned <= asOf
    for event in history where event.date <= asOf {
      switch event.action {
      case .carried:
        if current == week, let to = event.week {
          return .carried(to: to, reason: event.note ?? "")
        }
        current = event.week ?? current
        if current == week { wasOn = true }
      case .done where current == week:
        return .done(event.date, result: event.note)
      case .cancelled where current == week:
        return .cancelled(event.date, reason: event.note ?? "")
      default: break
      }
    }
    return wasOn ? .open : nil
  }

  /// The status as things stood on `day`, from the history.
  public func status(on day: Day) -> TeamTaskStatus {
    let last = history.last { $0.date <= day && ($0.action == .done || $0.action == .cancelled) }
    return last?.action == .done ? .done : last?.action == .cancelled ? .cancelled : .open
  }

  /// The day it was done, if it was by `day`.
  public func doneDay(on day: Day) -> Day? {
    history.last { $0.action == .done && $0.date <= day }?.date
  }
}
