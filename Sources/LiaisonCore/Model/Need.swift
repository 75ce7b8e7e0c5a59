import Foundation

/// A resident's need (民情诉求 / 包事), raised on a visit or brought to the clerk, handled
/// by the member, the village or the township according to its scale, and closed only
/// when done, with the household's satisfaction. A line of `needs.json`.
public struct Need: Codable, Hashable, Sendable, Identifiable {
  /// `N00001`.
  public var id: String
  public var household: String
  /// What the household asked for, as written down.
  public var text: String
  public var scale: NeedScale
  public var urgency: NeedUrgency
  public var support: NeedSupport?
  /// A free category the clerk uses (道路, 低保, 医疗 …).
  public var category: String?
  /// The member who raised it, when a member did.
  public var raisedBy: String?
  /// The visit it was raised on, when it was.
  public var visit: String?
  public var raised: Day
  /// The last day to act by, set from the colour's time limit when it was raised.
  public var due: Day
  /// Who handles it: a member's id for a small need; for a medium one the named village
  /// committee member; for a large one the township office, as the clerk writes them.
  public var handler: String?
  public var status: NeedStatus
  public var resolution: String?
  /// The day it was last resolved.
  public var resolved: Day?
  public var satisfaction: Satisfaction?
  /// The day it was closed (销号).
  public var closed: Day?
  /// Every change, oldest first; nothing is ever taken out.
  public var history: [NeedEvent]

  public init(
    id: String, household: String, text: String, scale: NeedScale = .small,
    urgency: NeedUrgency = .green, support: NeedSupport? = nil, category: String? = nil,
    raisedBy: String? = nil, visit: String? = nil, raised: Day, due: Day,
    handler: String? = nil, status: NeedStatus = .open, history: [NeedEvent] = []
  ) {
    self.id = id
    self.household = household
    self.text = text
    self.scale = scale
    self.urgency = urgency
    self.support = support
    self.category = category
    self.raisedBy = raisedBy
    self.visit = visit
    self.raised = raised
    self.due = due
    self.handler = handler
    self.status = status
    self.history = history
  }
}

/// One change to a need: when, what, who typed it in, and why.
public struct NeedEvent: Codable, Hashable, Sendable {
  /// The day it happened (may be earlier than the day it was typed in).
  public var date: Day
  public var action: NeedAction
  /// Who recorded it (the clerk's login, or `LIAISON_CLERK`).
  public var by: String
  public var note: String?
  /// The household's answer, on a `closed` event: kept here so that a need reopened later
  /// still reports the satisfaction of the period it was closed in.
  public var satisfaction: Satisfaction?
  /// When it was typed in, ISO 8601 with offset.
  public var recordedAt: String

  public init(
    date: Day, action: NeedAction, by: String, note: String? = nil,
    satisfaction: Satisfaction? = nil, recordedAt: String
  ) {
    self.date = date
    self.action = action
    self.by = by
    self.note = note
    self.satisfaction = satisfaction
    self.recordedAt = recordedAt
  }
}
